package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Attribute;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
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
     * @param plan        the plan
     * @param data        its monitoring data
     * @param index       the data's observations by series
     * @param asOf        the evaluation year
     * @param evaluatedOn the day
     * @param method      the method
     * @param thresholds  the thresholds
     * @param assessments one per indicator, in table order
     * @return the evaluation
     */
    public static PlanEvaluation summarize(Plan plan, MonitoringData data, SeriesIndex index, Year asOf,
            LocalDate evaluatedOn, Method method, Thresholds thresholds, List<Assessment> assessments) {
        List<Indicator> indicators = plan.indicators();
        int n = indicators.size();
        // The shown status of each indicator, read once; groups are lists of positions (plain int arrays).
        int[] status = new int[n];
        for (int k = 0; k < n; k++) {
            status[k] = assessments.get(k).status().ordinal();
        }
        Map<String, Positions> byCategory = new LinkedHashMap<>();
        Positions binding = new Positions();
        Positions expected = new Positions();
        Positions noDepartment = new Positions();
        // Each department an indicator lists, with the indicator's position: sorted by name (stably, so
        // each department's positions stay in table order), then grouped by runs of equal names.
        Lead[] leads = new Lead[2 * n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            Indicator i = indicators.get(k);
            byCategory.computeIfAbsent(i.category(), x -> new Positions()).add(k);
            if (i.attribute() == Attribute.BINDING) {
                binding.add(k);
            } else if (i.attribute() == Attribute.EXPECTED) {
                expected.add(k);
            }
            List<String> ds = i.responsibleDepartments();
            if (ds.isEmpty()) {
                noDepartment.add(k);
            }
            for (int d = 0, size = ds.size(); d < size; d++) {
                String name = ds.get(d);
                if (name.isEmpty()) {
                    noDepartment.add(k); // "" would sort first, but is listed last with the indicators without one
                } else {
                    if (m == leads.length) {
                        leads = Arrays.copyOf(leads, 2 * m + 4);
                    }
                    leads[m++] = new Lead(name, k);
                }
            }
        }
        List<GroupSummary> categories = new ArrayList<>(byCategory.size());
        byCategory.forEach((key, idx) -> categories.add(summary(key, idx, indicators, status)));
        List<GroupSummary> attributes = new ArrayList<>(2);
        if (binding.size > 0) {
            attributes.add(summary(Attribute.BINDING.name(), binding, indicators, status));
        }
        if (expected.size > 0) {
            attributes.add(summary(Attribute.EXPECTED.name(), expected, indicators, status));
        }
        Arrays.sort(leads, 0, m, BY_DEPARTMENT);
        List<GroupSummary> byDepartment = new ArrayList<>();
        Positions run = new Positions();
        for (int a = 0, b; a < m; a = b) {
            String name = leads[a].department();
            run.size = 0;
            for (b = a; b < m && leads[b].department().equals(name); b++) {
                run.add(leads[b].position());
            }
            byDepartment.add(summary(name, run, indicators, status));
        }
        if (noDepartment.size > 0) {
            byDepartment.add(summary("", noDepartment, indicators, status));
        }
        return new PlanEvaluation(plan.id(), asOf, evaluatedOn, method, thresholds, assessments, categories,
                attributes, byDepartment, counts(null, status), attention(indicators, assessments, status),
                DataQuality.check(plan, data, asOf, index));
    }

    /**
     * A department an indicator lists, the indicator's position in the table, and the department's
     * first four characters packed in a long, which order most pairs of names without comparing them.
     */
    private record Lead(String department, int position, long prefix) {
        Lead(String department, int position) {
            this(department, position, prefix(department));
        }

        /** The first four UTF-16 units, padded with zeros: unsigned, it orders as {@link String#compareTo}. */
        private static long prefix(String s) {
            long p = 0;
            for (int i = 0; i < 4; i++) {
                p = p << 16 | (i < s.length() ? s.charAt(i) : 0);
            }
            return p;
        }
    }

    /** By name, as {@link String#compareTo}: by the packed prefixes, and by the names where those tie. */
    private static final Comparator<Lead> BY_DEPARTMENT = (a, b) -> {
        int c = Long.compareUnsigned(a.prefix(), b.prefix());
        return c != 0 ? c : a.department().compareTo(b.department());
    };

    /** Positions in the table, in increasing order: a growable int array. */
    private static final class Positions {
        int[] at = new int[4];
        int size;

        void add(int k) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = k;
        }
    }

    private static GroupSummary summary(String key, Positions idx, List<Indicator> indicators, int[] status) {
        if (idx.size == 1) { // most departments lead one indicator: no array to copy
            return new GroupSummary(key, List.of(indicators.get(idx.at[0]).id()), counts(idx, status));
        }
        String[] ids = new String[idx.size];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = indicators.get(idx.at[k]).id();
        }
        return new GroupSummary(key, List.of(ids), counts(idx, status));
    }

    /** How many indicators at some positions (null: all) have each status; an array, not boxed merges. */
    private static Map<Status, Integer> counts(Positions idx, int[] status) {
        if (idx != null && idx.size == 1) {
            return StatusCounts.one(STATUSES[status[idx.at[0]]]); // most departments lead one indicator
        }
        int[] n = new int[STATUSES.length];
        if (idx == null) {
            for (int s : status) {
                n[s]++;
            }
        } else {
            for (int k = 0; k < idx.size; k++) {
                n[status[idx.at[k]]]++;
            }
        }
        return StatusCounts.of(n);
    }

    /** Binding first, then the least favourable status (lowest rank), then table order. */
    private static List<Attention> attention(List<Indicator> indicators, List<Assessment> assessments, int[] status) {
        // One sort key per indicator needing attention: binding, rank and position packed in a long.
        long[] keys = new long[indicators.size()];
        int m = 0;
        for (int k = 0; k < keys.length; k++) {
            Status s = STATUSES[status[k]];
            if (s.needsAttention()) {
                long notBinding = indicators.get(k).isBinding() ? 0 : 1;
                long rank = s.rank() + 128L; // ranks are small; shifted to be non-negative
                keys[m++] = notBinding << 62 | rank << 32 | k;
            }
        }
        Arrays.sort(keys, 0, m);
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
