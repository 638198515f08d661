package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.Target;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings on monitoring data: FYP-RULES-001 a missing year, FYP-RULES-002 a value 100× off its
 * neighbours, FYP-RULES-003 an observation of an unknown series, FYP-RULES-004 a year observed twice.
 */
final class DataQuality {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DataQuality() {
    }

    static List<Finding> check(Plan plan, MonitoringData data, Year asOf, SeriesIndex index) {
        return check(plan, knownIds(plan), data, asOf, index);
    }

    /** Like {@link #check(Plan, MonitoringData, Year, SeriesIndex)} with the plan's {@link #knownIds}, read-only. */
    static List<Finding> check(Plan plan, String[] known, MonitoringData data, Year asOf, SeriesIndex index) {
        // The known series that have observations, in the plan's order, each once: the ids and their
        // slots, marked by ordinal rather than kept in a set.
        String[] ids = new String[known.length];
        YearSlots[] slots = new YearSlots[known.length];
        boolean[] seen = new boolean[index.seriesCount()];
        int found = 0;
        for (String id : known) {
            YearSlots s = index.slots(id);
            if (s != null && !seen[s.ordinal()]) { // an id may repeat (an invalid plan): checked once
                seen[s.ordinal()] = true;
                ids[found] = id;
                slots[found++] = s;
            }
        }
        List<Finding> out = new ArrayList<>();
        // FYP-RULES-003 and -004 concern single observations; when every series observed is known and
        // no year is observed twice, no observation can raise either, and none is looked at again.
        if (index.hasRepeatedYear() || found != index.seriesCount()) {
            singleObservations(plan, new HashSet<>(Arrays.asList(known)), data.observations(), index, out);
        }
        int first = plan.period().firstYear().getValue();
        int end = Math.min(plan.period().lastYear().getValue(), asOf.getValue());
        for (int j = 0; j < found; j++) {
            YearSlots s = slots[j];
            int n = s.countUpTo(asOf.getValue());
            if (n == 0) {
                continue;
            }
            missingYears(ids[j], s, first, end, out);
            outliers(ids[j], s, n, out);
        }
        return out;
    }

    /** The series a plan knows, in its order: each indicator, its components ({@code id#n}), then its series. */
    static String[] knownIds(Plan plan) {
        List<Indicator> indicators = plan.indicators();
        String[] ids = new String[indicators.size()];
        Target[] targets = new Target[ids.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = indicators.get(k).id();
            targets[k] = indicators.get(k).target();
        }
        return knownIds(ids, targets, plan.series());
    }

    /** Like {@link #knownIds(Plan)}, from the indicators' ids and targets, by position. */
    static String[] knownIds(String[] indicatorIds, Target[] targets, List<SeriesDefinition> series) {
        int n = series.size();
        for (Target t : targets) {
            n += 1 + (t instanceof CompositeTarget ct ? ct.components().size() : 0);
        }
        String[] ids = new String[n];
        int k = 0;
        for (int i = 0; i < indicatorIds.length; i++) {
            ids[k++] = indicatorIds[i];
            if (targets[i] instanceof CompositeTarget ct) {
                for (int c = 0; c < ct.components().size(); c++) {
                    ids[k++] = CompositeTarget.componentSeriesId(indicatorIds[i], c);
                }
            }
        }
        for (SeriesDefinition s : series) {
            ids[k++] = s.id();
        }
        return ids;
    }

    /** FYP-RULES-003 (unknown series) and FYP-RULES-004 (a year observed twice), in the data's order. */
    private static void singleObservations(Plan plan, Set<String> known, List<Observation> obs, SeriesIndex index,
            List<Finding> out) {
        for (int k = 0, size = obs.size(); k < size; k++) {
            Observation o = obs.get(k);
            if (!known.contains(o.seriesId())) {
                out.add(finding("FYP-RULES-003", path(k) + ".seriesId", "fyplan.rules.unknownSeries",
                        Map.of("seriesId", o.seriesId()),
                        "observation of '" + o.seriesId() + "', which is neither an indicator nor a series of plan "
                                + plan.id(),
                        "观测值所属“" + o.seriesId() + "”不是规划" + plan.id() + "的指标或序列"));
                continue;
            }
            YearSlots s = index.slots(o.seriesId());
            int earlier = s.firstIndex(s.slotOf(o.year().getValue()));
            if (earlier != k) {
                out.add(finding("FYP-RULES-004", path(k), "fyplan.rules.duplicateYear",
                        Map.of("seriesId", o.seriesId(), "year", Fmt.y(o.year()), "first", path(earlier)),
                        "second value of " + o.seriesId() + " for " + Fmt.y(o.year()) + " (first at " + path(earlier)
                                + "); the most final one is used",
                        o.seriesId() + "在" + Fmt.y(o.year()) + "年有重复数值（首个为" + path(earlier) + "），取最终值"));
            }
        }
    }

    /** FYP-RULES-001 for each year from {@code first} to {@code end} without a value: one walk, slots are in year order. */
    private static void missingYears(String id, YearSlots s, int first, int end, List<Finding> out) {
        int slot = 0;
        for (int y = first; y <= end; y++) {
            while (slot < s.size() && s.year(slot) < y) {
                slot++;
            }
            if (slot == s.size() || s.year(slot) != y) {
                out.add(finding("FYP-RULES-001", "", "fyplan.rules.missingYear",
                        Map.of("seriesId", id, "year", Integer.toString(y)),
                        id + " has no value for " + y,
                        id + "缺少" + y + "年数值"));
            }
        }
    }

    private static String path(int k) {
        return "observations[" + k + "]";
    }

    /** In a series of three or more values (its first {@code n} slots), a value at least 100× off every neighbour. */
    private static void outliers(String id, YearSlots s, int n, List<Finding> out) {
        if (n < 3 || withinFactorOf50(s, n)) {
            return;
        }
        // Each value's magnitude as a double, converted once: the previous, this and the next one.
        double previous = 0;
        double current = Math.abs(s.value(0).doubleValue());
        for (int i = 0; i < n; i++) {
            BigDecimal v = s.value(i);
            double next = i == n - 1 ? 0 : Math.abs(s.value(i + 1).doubleValue());
            boolean off = (i == 0 || hundredFold(v, s.value(i - 1), current, previous))
                    && (i == n - 1 || hundredFold(v, s.value(i + 1), current, next));
            previous = current;
            current = next;
            if (off) {
                String y = Integer.toString(s.year(i));
                out.add(finding("FYP-RULES-002", "", "fyplan.rules.outlier",
                        Map.of("seriesId", id, "year", y, "value", v.toPlainString()),
                        id + " " + y + " is " + v.toPlainString() + ", 100 times or more off its neighbours "
                                + "(a unit slip?)",
                        id + "的" + y + "年数值" + v.toPlainString() + "与相邻年份相差百倍以上（单位错误？）"));
            }
        }
    }

    /**
     * Whether no value of the first {@code n} is zero or beyond the range of double and the largest
     * magnitude is less than 50 times the smallest: then {@link #hundredFold}'s screen in doubles
     * answers "no" for every pair of neighbours, and most series, which stay within such a span, are
     * done after one pass.
     */
    private static boolean withinFactorOf50(YearSlots s, int n) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(s.value(i).doubleValue());
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        return min > 0 && max != Double.POSITIVE_INFINITY && max < 50 * min;
    }

    /**
     * Whether one value is at least 100 times the other in magnitude; neither is zero. {@code dx} and
     * {@code dy} are their magnitudes as doubles ({@code |a.doubleValue()|}, which is the double of
     * {@code |a|}: the conversion rounds symmetrically).
     */
    private static boolean hundredFold(BigDecimal a, BigDecimal b, double dx, double dy) {
        if (a.signum() == 0 || b.signum() == 0) {
            return false;
        }
        // Most neighbours are within a factor of 50 of each other, which doubles decide safely; only
        // the rest (or values beyond the range of double) need the exact comparison.
        if (dx > 0 && dy > 0 && !Double.isInfinite(dx) && !Double.isInfinite(dy) && dx < 50 * dy && dy < 50 * dx) {
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
