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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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
        Map<String, List<Integer>> byCategory = group(indicators, i -> List.of(i.category()));
        Map<String, List<Integer>> byAttribute = new LinkedHashMap<>();
        for (Attribute a : List.of(Attribute.BINDING, Attribute.EXPECTED)) {
            List<Integer> idx = new ArrayList<>();
            for (int k = 0; k < indicators.size(); k++) {
                if (indicators.get(k).attribute() == a) {
                    idx.add(k);
                }
            }
            if (!idx.isEmpty()) {
                byAttribute.put(a.name(), idx);
            }
        }
        Map<String, List<Integer>> departments = new TreeMap<>(group(indicators,
                i -> i.responsibleDepartments().isEmpty() ? List.of("") : i.responsibleDepartments()));
        Map<String, List<Integer>> byDepartment = new LinkedHashMap<>();
        departments.forEach((k, v) -> {
            if (!k.isEmpty()) {
                byDepartment.put(k, v);
            }
        });
        if (departments.containsKey("")) {
            byDepartment.put("", departments.get(""));
        }
        Map<Status, Integer> byStatus = counts(null, assessments);
        return new PlanEvaluation(plan.id(), asOf, evaluatedOn, method, thresholds, assessments,
                summaries(byCategory, indicators, assessments), summaries(byAttribute, indicators, assessments),
                summaries(byDepartment, indicators, assessments), byStatus, attention(indicators, assessments),
                DataQuality.check(plan, data, asOf, index));
    }

    private static Map<String, List<Integer>> group(List<Indicator> indicators, Function<Indicator, List<String>> keys) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int k = 0; k < indicators.size(); k++) {
            for (String key : keys.apply(indicators.get(k))) {
                out.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
        }
        return out;
    }

    private static List<GroupSummary> summaries(Map<String, List<Integer>> groups, List<Indicator> indicators,
            List<Assessment> assessments) {
        List<GroupSummary> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            List<Integer> idx = g.getValue();
            out.add(new GroupSummary(g.getKey(), idsOf(idx, indicators), counts(idx, assessments)));
        }
        return out;
    }

    /** The ids of the indicators at some positions. */
    private static List<String> idsOf(List<Integer> idx, List<Indicator> indicators) {
        String[] ids = new String[idx.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = indicators.get(idx.get(k)).id();
        }
        return List.of(ids);
    }

    /** How many assessments at some positions (null: all) have each status; an array, not boxed merges. */
    private static Map<Status, Integer> counts(List<Integer> idx, List<Assessment> assessments) {
        int[] n = new int[STATUSES.length];
        int size = idx == null ? assessments.size() : idx.size();
        for (int k = 0; k < size; k++) {
            n[assessments.get(idx == null ? k : idx.get(k)).status().ordinal()]++;
        }
        Map<Status, Integer> out = new EnumMap<>(Status.class);
        for (Status st : STATUSES) {
            if (n[st.ordinal()] > 0) {
                out.put(st, n[st.ordinal()]);
            }
        }
        return out;
    }

    private static List<Attention> attention(List<Indicator> indicators, List<Assessment> assessments) {
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            if (assessments.get(k).status().needsAttention()) {
                idx.add(k);
            }
        }
        idx.sort(Comparator.<Integer, Boolean>comparing(k -> !indicators.get(k).isBinding())
                .thenComparing(k -> assessments.get(k).status().rank())
                .thenComparing(k -> k));
        List<Attention> out = new ArrayList<>();
        for (int k : idx) {
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
