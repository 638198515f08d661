package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Attention;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.GroupSummary;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds the plan-level summaries from the assessments. */
public final class PlanEvaluator {
    private static final Status[] STATUSES = Status.values();

    private PlanEvaluator() {
    }

    /**
     * Summarizes the assessments of a plan.
     *
     * @param layout      the plan's groups and known series
     * @param data        its monitoring data
     * @param index       the data's observations by series
     * @param asOf        the evaluation year
     * @param evaluatedOn the day
     * @param method      the method
     * @param thresholds  the thresholds
     * @param assessments one per indicator, in table order
     * @return the evaluation
     */
    public static PlanEvaluation summarize(PlanLayout layout, MonitoringData data, SeriesIndex index, Year asOf,
            LocalDate evaluatedOn, Method method, Thresholds thresholds, List<Assessment> assessments) {
        Plan plan = layout.plan();
        int n = assessments.size();
        // The shown status of each indicator, read once; the groups are the layout's, counted here.
        int[] status = new int[n];
        for (int k = 0; k < n; k++) {
            status[k] = assessments.get(k).status().ordinal();
        }
        return new PlanEvaluation(plan.id(), asOf, evaluatedOn, method, thresholds, assessments,
                summaries(layout.categories(), status), summaries(layout.attributes(), status),
                summaries(layout.departments(), status), countsOfAll(status),
                attention(layout, assessments, status), DataQuality.check(plan, layout.knownIds(), data, asOf, index));
    }

    private static List<GroupSummary> summaries(PlanLayout.Groups groups, int[] status) {
        GroupSummary[] out = new GroupSummary[groups.count()];
        int[] at = groups.at;
        int[] from = groups.from;
        for (int g = 0; g < out.length; g++) {
            out[g] = new GroupSummary(groups.keys[g], groups.ids(g), counts(at, from[g], from[g + 1], status));
        }
        return List.of(out);
    }

    /** How many indicators at the positions {@code at[a]} to {@code at[b − 1]} have each status. */
    private static Map<Status, Integer> counts(int[] at, int a, int b, int[] status) {
        if (b - a == 1) {
            return StatusCounts.one(STATUSES[status[at[a]]]); // most departments lead one indicator
        }
        int[] n = new int[STATUSES.length];
        for (int k = a; k < b; k++) {
            n[status[at[k]]]++;
        }
        return StatusCounts.of(n);
    }

    /** How many indicators have each status; an array, not boxed merges. */
    private static Map<Status, Integer> countsOfAll(int[] status) {
        int[] n = new int[STATUSES.length];
        for (int s : status) {
            n[s]++;
        }
        return StatusCounts.of(n);
    }

    /** Binding first, then the least favourable status (lowest rank), then table order. */
    private static List<Attention> attention(PlanLayout layout, List<Assessment> assessments, int[] status) {
        // One sort key per indicator needing attention: binding, rank and position packed in a long.
        long[] keys = new long[status.length];
        int m = 0;
        for (int k = 0; k < keys.length; k++) {
            Status s = STATUSES[status[k]];
            if (s.needsAttention()) {
                long notBinding = layout.isBinding(k) ? 0 : 1;
                long rank = s.rank() + 128L; // ranks are small; shifted to be non-negative
                keys[m++] = notBinding << 62 | rank << 32 | k;
            }
        }
        Arrays.sort(keys, 0, m);
        List<Indicator> indicators = layout.plan().indicators();
        List<Attention> out = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            int k = (int) keys[j];
            Indicator i = indicators.get(k);
            Assessment a = assessments.get(k);
            out.add(new Attention(i.id(), i.name(), i.attribute(), a.status(), a.metrics().requiredGrowth(),
                    a.metrics().requiredYearlyAmount(), stillRequired(a)));
        }
        return out;
    }

    /** What is still required, rendered on demand like the assessments' explanations. */
    private static Explanation stillRequired(Assessment a) {
        var m = a.metrics();
        List<Year> breached = a.breachedYears();
        if (!breached.isEmpty()) {
            return Explanation.onDemand(() -> "bring it back within the bound (breached in " + Fmt.years(breached, ", ")
                    + ")", () -> "须恢复达标（" + Fmt.years(breached, "、") + "年未达标）");
        }
        BigDecimal growth = m.requiredGrowth();
        BigDecimal level = m.targetLevel();
        Year year = m.targetYear();
        if (growth != null && level != null && year != null) {
            return Explanation.onDemand(() -> "grow " + Fmt.rate(growth) + " a year to reach " + Fmt.v(level)
                    + " by " + Fmt.y(year), () -> "需年均增长" + Fmt.rate(growth) + "，" + Fmt.y(year) + "年达到"
                    + Fmt.v(level));
        }
        BigDecimal amount = m.requiredYearlyAmount();
        if (amount != null && year != null) {
            return Explanation.onDemand(() -> Fmt.v(amount) + " a year until " + Fmt.y(year),
                    () -> "至" + Fmt.y(year) + "年需年均" + Fmt.v(amount));
        }
        return a.explanation();
    }
}
