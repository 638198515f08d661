package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.CompositeTarget;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings on monitoring data: FYP-RULES-001 a missing year, FYP-RULES-002 a value 100× off its
 * neighbours, FYP-RULES-003 an observation of an unknown series, FYP-RULES-004 a year observed twice.
 */
final class DataQuality {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DataQuality() {
    }

    static List<Finding> check(Plan plan, MonitoringData data, Year asOf) {
        Set<String> known = new LinkedHashSet<>();
        for (Indicator i : plan.indicators()) {
            known.add(i.id());
            if (i.target() instanceof CompositeTarget ct) {
                for (int n = 0; n < ct.components().size(); n++) {
                    known.add(i.id() + "#" + n);
                }
            }
        }
        plan.series().stream().map(SeriesDefinition::id).forEach(known::add);
        List<Finding> out = new ArrayList<>();
        Map<String, Map<Year, Integer>> firstIndex = new HashMap<>();
        List<Observation> obs = data.observations();
        for (int k = 0; k < obs.size(); k++) {
            Observation o = obs.get(k);
            String path = "observations[" + k + "]";
            if (!known.contains(o.seriesId())) {
                out.add(finding("FYP-RULES-003", path + ".seriesId", "fyplan.rules.unknownSeries",
                        Map.of("seriesId", o.seriesId()),
                        "observation of '" + o.seriesId() + "', which is neither an indicator nor a series of plan "
                                + plan.id(),
                        "观测值所属“" + o.seriesId() + "”不是规划" + plan.id() + "的指标或序列"));
                continue;
            }
            Integer earlier = firstIndex.computeIfAbsent(o.seriesId(), s -> new HashMap<>()).putIfAbsent(o.year(), k);
            if (earlier != null) {
                out.add(finding("FYP-RULES-004", path, "fyplan.rules.duplicateYear",
                        Map.of("seriesId", o.seriesId(), "year", Fmt.y(o.year()), "first", "observations[" + earlier + "]"),
                        "second value of " + o.seriesId() + " for " + Fmt.y(o.year()) + " (first at observations["
                                + earlier + "]); the most final one is used",
                        o.seriesId() + "在" + Fmt.y(o.year()) + "年有重复数值（首个为observations[" + earlier + "]），取最终值"));
            }
        }
        Year end = plan.period().lastYear().isBefore(asOf) ? plan.period().lastYear() : asOf;
        for (String id : known) {
            TreeMap<Year, BigDecimal> s = Series.of(obs, id, asOf);
            if (s.isEmpty()) {
                continue;
            }
            for (Year y = plan.period().firstYear(); !y.isAfter(end); y = y.plusYears(1)) {
                if (!s.containsKey(y)) {
                    out.add(finding("FYP-RULES-001", "", "fyplan.rules.missingYear",
                            Map.of("seriesId", id, "year", Fmt.y(y)),
                            id + " has no value for " + Fmt.y(y),
                            id + "缺少" + Fmt.y(y) + "年数值"));
                }
            }
            outliers(id, s, out);
        }
        return out;
    }

    /** In a series of three or more values, a value at least 100× off every neighbour. */
    private static void outliers(String id, TreeMap<Year, BigDecimal> s, List<Finding> out) {
        if (s.size() < 3) {
            return;
        }
        List<Map.Entry<Year, BigDecimal>> e = new ArrayList<>(s.entrySet());
        for (int i = 0; i < e.size(); i++) {
            BigDecimal v = e.get(i).getValue();
            boolean off = true;
            int neighbours = 0;
            for (int j : new int[] {i - 1, i + 1}) {
                if (j < 0 || j >= e.size()) {
                    continue;
                }
                neighbours++;
                off &= hundredFold(v, e.get(j).getValue());
            }
            if (neighbours > 0 && off) {
                Year y = e.get(i).getKey();
                out.add(finding("FYP-RULES-002", "", "fyplan.rules.outlier",
                        Map.of("seriesId", id, "year", Fmt.y(y), "value", v.toPlainString()),
                        id + " " + Fmt.y(y) + " is " + v.toPlainString() + ", 100 times or more off its neighbours "
                                + "(a unit slip?)",
                        id + "的" + Fmt.y(y) + "年数值" + v.toPlainString() + "与相邻年份相差百倍以上（单位错误？）"));
            }
        }
    }

    private static boolean hundredFold(BigDecimal a, BigDecimal b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return false;
        }
        BigDecimal x = a.abs();
        BigDecimal y = b.abs();
        return x.compareTo(y.multiply(HUNDRED)) >= 0 || y.compareTo(x.multiply(HUNDRED)) >= 0;
    }

    private static Finding finding(String code, String path, String key, Map<String, String> args, String en,
            String zh) {
        return new Finding(code, Severity.WARNING, path, null, key, args, en, zh);
    }
}
