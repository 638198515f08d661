package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.MissingValueStrategy;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.metrics.DerivedMetrics;
import io.github.fyplan.model.target.Comparison;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;

/** Level targets by the three methods, and bounds held every year. */
final class LevelAssessor {
    private LevelAssessor() {
    }

    /**
     * A level to reach by a year, whose values are looked for from the plan period's first year: {@link
     * #level(EvaluationContext, Values, Point, Comparison, BigDecimal, Year, boolean, Year)} from there.
     */
    static Outcome level(EvaluationContext c, Values series, Point base, Comparison cmp,
            BigDecimal target, Year targetYear, boolean binding) {
        return level(c, series, base, cmp, target, targetYear, binding, c.period().firstYear());
    }

    /**
     * A level to reach by a year. Order of decisions: a baseline that already meets an upper bound, or a
     * binding indicator's bound → a bound held every year; the years from {@code spanFrom} to the target
     * year (capped at the evaluation year) without a value are named, and with any,
     * {@link MissingValueStrategy#SKIP_IF_ANY_VALUE_MISSING} skips the rule (no data); an expected
     * indicator's lower bound met at the baseline → see metAtBase; no value → no data; the latest value
     * meets it → achieved; the target year is reached → not achieved; no baseline → not assessable; no
     * value after the base year → no data; else graded by the method.
     */
    static Outcome level(EvaluationContext c, Values series, Point base, Comparison cmp,
            BigDecimal target, Year targetYear, boolean binding, Year spanFrom) {
        Outcome o = new Outcome();
        o.targetYear = targetYear;
        o.targetLevel = target;
        if (base != null) {
            o.baselineYear = base.year();
            o.baselineValue = base.value();
        }
        // Texts are rendered on demand (see Outcome): the lambdas below capture final locals only.
        // An upper bound, or a binding indicator's bound, that the baseline already meets is held every
        // year; an expected indicator's lower bound met at the baseline is judged below (see metAtBase).
        if (base != null && cmp.test(base.value(), target) && (cmp.isUpperBound() || binding)) {
            Year from = base.year().plusYears(1).isAfter(c.period().firstYear()) ? base.year().plusYears(1)
                    : c.period().firstYear();
            Outcome held = holdEveryYear(c, series, cmp, target, from, targetYear, binding,
                    () -> "the baseline " + Fmt.v(base.value()) + " (" + Fmt.y(base.year()) + ") already meets "
                            + goal(cmp, target, targetYear) + ", so it is a bound to hold every year",
                    () -> "基数" + Fmt.v(base.value()) + "（" + Fmt.y(base.year()) + "年）已达到"
                            + goalZh(cmp, target, targetYear) + "，按逐年约束评估");
            held.targetYear = targetYear;
            held.baselineYear = base.year();
            held.baselineValue = base.value();
            return held;
        }
        Year end = targetYear.isBefore(c.asOf()) ? targetYear : c.asOf();
        List<Year> missing = missingYears(series, spanFrom, end);
        if (missing.isEmpty()) {
            return judged(c, series, base, o, cmp, target, targetYear);
        }
        o.missing = missing;
        if (c.missingValues() == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING) {
            if (series.size() > 0) {
                o.latestYear = series.year(series.size() - 1);
                o.latestValue = series.value(series.size() - 1);
            }
            return o.set(Status.NO_DATA, () -> "the target " + goal(cmp, target, targetYear) + " cannot be judged for "
                            + span(spanFrom, end) + missingEn(missing),
                    () -> "目标" + goalZh(cmp, target, targetYear) + "在" + span(spanFrom, end) + "年无法判断"
                            + missingZh(missing));
        }
        // Judged on the values present; the reason names the years without one.
        return judged(c, series, base, o, cmp, target, targetYear).append(() -> missingEn(missing),
                () -> missingZh(missing));
    }

    /**
     * The years from {@code from} to {@code end} without a value, in order: a walk over the series'
     * increasing years, and the shared empty list, with nothing allocated, when none is missing.
     */
    static List<Year> missingYears(Values series, Year from, Year end) {
        int first = from.getValue();
        int last = end.getValue();
        if (last < first) {
            return List.of();
        }
        int next = series.ceiling(from);
        int observed = next < 0 ? 0 : Math.max(0, series.floor(end) - next + 1);
        if (observed == last - first + 1) {
            return List.of();
        }
        YearList out = new YearList(last - first + 1 - observed);
        for (int y = first; y <= last; y++) {
            if (next >= 0 && next < series.size() && series.year(next).getValue() == y) {
                next++;
            } else {
                out.add(Year.of(y));
            }
        }
        return out.toList();
    }

    /** A level that is not a bound held every year and that the missing-value strategy does not skip. */
    private static Outcome judged(EvaluationContext c, Values series, Point base, Outcome o, Comparison cmp,
            BigDecimal target, Year targetYear) {
        if (base != null && cmp.test(base.value(), target)) {
            return metAtBase(c, series, base, o, cmp, target, targetYear); // only an expected lower bound gets here
        }
        if (series.size() == 0) {
            Year asOf = c.asOf();
            return o.set(Status.NO_DATA, () -> "no value up to " + Fmt.y(asOf), () -> "截至" + Fmt.y(asOf) + "年无数据");
        }
        BigDecimal lv = series.value(series.size() - 1);
        Year ly = series.year(series.size() - 1);
        o.latestYear = ly;
        o.latestValue = lv;
        if (cmp.test(lv, target)) {
            boolean early = ly.isBefore(targetYear);
            return o.set(Status.ACHIEVED,
                    () -> now(lv, ly) + " meets the target " + goal(cmp, target, targetYear) + (early ? ", ahead of time" : ""),
                    () -> nowZh(lv, ly) + "，已达到目标" + goalZh(cmp, target, targetYear) + (early ? "，提前完成" : ""));
        }
        Year met = firstMet(series, cmp, target, base);
        if (!ly.isBefore(targetYear)) {
            return o.set(Status.NOT_ACHIEVED,
                    () -> now(lv, ly) + " misses the target " + goal(cmp, target, targetYear) + fellBack(met),
                    () -> nowZh(lv, ly) + "，未达到目标" + goalZh(cmp, target, targetYear)
                            + (met == null ? "" : "（" + Fmt.y(met) + "年曾达到，后回落）"));
        }
        int left = targetYear.getValue() - ly.getValue();
        o.requiredYearlyAmount = DerivedMetrics.requiredYearlyAmount(lv, target, left);
        o.requiredGrowth = DerivedMetrics.requiredGrowth(lv, target, left).orElse(null);
        if (base == null) {
            Year baseYear = c.period().baseYear();
            return o.set(Status.NOT_ASSESSABLE, () -> now(lv, ly) + ", but no baseline for " + Fmt.y(baseYear)
                            + " (the base year is not moved to the first value)",
                    () -> nowZh(lv, ly) + "，但缺少" + Fmt.y(baseYear) + "年基数（不以首个观测值替代基期）");
        }
        if (!ly.isAfter(base.year())) {
            return o.set(Status.NO_DATA, () -> "no value after the base year " + Fmt.y(base.year()),
                    () -> "基期" + Fmt.y(base.year()) + "年之后无数据");
        }
        int span = targetYear.getValue() - base.year().getValue();
        int elapsed = ly.getValue() - base.year().getValue();
        BigDecimal distance = target.subtract(base.value());
        BigDecimal time = BigMath.yearShare(elapsed, span);
        BigDecimal progress = distance.signum() == 0 ? null : BigMath.div(lv.subtract(base.value()), distance);
        o.timeElapsed = time;
        o.progress = progress;
        BigDecimal actualGrowth = DerivedMetrics.cagr(base.value(), lv, elapsed).orElse(null);
        o.actualGrowth = actualGrowth;
        if (c.method() == Method.TIME_ELAPSED) {
            o.projectedEndValue = DerivedMetrics.projectLinear(base.year(), base.value(), ly, lv, targetYear);
            if (progress == null) {
                return o.set(Status.NOT_ASSESSABLE, () -> now(lv, ly) + ": the baseline equals the bound "
                        + goal(cmp, target, targetYear) + ", so progress has no distance to cover",
                        () -> nowZh(lv, ly) + "，基数等于目标值，无法计算进度");
            }
            BigDecimal score = time.signum() == 0 ? null : BigMath.div(progress, time);
            o.score = score;
            Status s = Grades.timeElapsed(progress, time, score, c.thresholds());
            return o.graded(s, () -> now(lv, ly) + from(base) + " covers " + Fmt.pct(progress) + " of the way to "
                            + goal(cmp, target, targetYear) + " with " + Fmt.pct(time) + " of the time elapsed"
                            + fellBack(met),
                    () -> nowZh(lv, ly) + fromZh(base) + "，完成目标" + goalZh(cmp, target, targetYear) + "进度的"
                            + Fmt.pct(progress) + "，时间进度" + Fmt.pct(time));
        }
        if (c.method() == Method.GROWTH_RATIO) {
            BigDecimal required = DerivedMetrics.cagr(base.value(), target, span).orElse(null);
            if (actualGrowth == null || required == null) {
                return o.set(Status.NOT_ASSESSABLE, () -> now(lv, ly) + from(base) + ": compound growth is undefined "
                        + "for a zero or negative value", () -> nowZh(lv, ly) + fromZh(base) + "，零或负值无法计算复合增速");
            }
            // DerivedMetrics.projectCompound from the actual growth already computed (the same compound rate).
            o.projectedEndValue = BigMath.grow(lv, actualGrowth, targetYear.getValue() - ly.getValue());
            if (required.signum() == 0) {
                return o.set(Status.NOT_ASSESSABLE, () -> now(lv, ly) + from(base) + ": the baseline equals the bound "
                        + goal(cmp, target, targetYear), () -> nowZh(lv, ly) + fromZh(base) + "，基数等于目标值");
            }
            BigDecimal score = BigMath.div(actualGrowth, required);
            o.score = score;
            return o.graded(Grades.ratio(Method.GROWTH_RATIO, score, c.thresholds()),
                    () -> now(lv, ly) + from(base) + ": actual growth " + Fmt.rate(actualGrowth) + " a year against "
                            + Fmt.rate(required) + " required for " + goal(cmp, target, targetYear) + ", ratio "
                            + Fmt.ratio(score) + fellBack(met),
                    () -> nowZh(lv, ly) + fromZh(base) + "，实际年均增速" + Fmt.rate(actualGrowth) + "，实现目标"
                            + goalZh(cmp, target, targetYear) + "需" + Fmt.rate(required) + "，比值" + Fmt.ratio(score));
        }
        return trend(c, series, base, o, cmp, target, targetYear, ly, lv, met);
    }

    /**
     * An expected (not binding) indicator whose baseline already meets a lower bound ("≥ 64" from 65):
     * a level to reach by the target year, not a bound to hold every year. No value → no data; the
     * latest value meets it → achieved; the target year is reached → not achieved; no value after the
     * base year → no data; else it fell below a level its baseline met → moving away. The methods'
     * formulas are not run: the distance from the baseline to the target has the wrong sign, so
     * progress and growth ratios would be meaningless. Fills the latest value and, before the target
     * year, what is required a year to get back.
     */
    private static Outcome metAtBase(EvaluationContext c, Values series, Point base, Outcome o, Comparison cmp,
            BigDecimal target, Year targetYear) {
        if (series.size() == 0) {
            Year asOf = c.asOf();
            return o.set(Status.NO_DATA, () -> "no value up to " + Fmt.y(asOf) + baseMet(base),
                    () -> "截至" + Fmt.y(asOf) + "年无数据" + baseMetZh(base));
        }
        BigDecimal lv = series.value(series.size() - 1);
        Year ly = series.year(series.size() - 1);
        o.latestYear = ly;
        o.latestValue = lv;
        if (!ly.isAfter(base.year())) {
            // Nothing observed since the baseline: the baseline alone does not show the target is still met.
            return o.set(Status.NO_DATA, () -> "no value after the base year " + Fmt.y(base.year()) + baseMet(base),
                    () -> "基期" + Fmt.y(base.year()) + "年之后无数据" + baseMetZh(base));
        }
        if (cmp.test(lv, target)) {
            boolean early = ly.isBefore(targetYear);
            return o.set(Status.ACHIEVED,
                    () -> now(lv, ly) + " meets the target " + goal(cmp, target, targetYear) + (early ? ", ahead of time" : "")
                            + baseMet(base),
                    () -> nowZh(lv, ly) + "，已达到目标" + goalZh(cmp, target, targetYear) + (early ? "，提前完成" : "")
                            + baseMetZh(base));
        }
        Year met = firstMet(series, cmp, target, base);
        if (!ly.isBefore(targetYear)) {
            return o.set(Status.NOT_ACHIEVED,
                    () -> now(lv, ly) + " misses the target " + goal(cmp, target, targetYear) + baseMet(base) + fellBack(met),
                    () -> nowZh(lv, ly) + "，未达到目标" + goalZh(cmp, target, targetYear) + baseMetZh(base)
                            + (met == null ? "" : "（" + Fmt.y(met) + "年曾达到，后回落）"));
        }
        int left = targetYear.getValue() - ly.getValue();
        BigDecimal yearly = DerivedMetrics.requiredYearlyAmount(lv, target, left);
        o.requiredYearlyAmount = yearly;
        o.requiredGrowth = DerivedMetrics.requiredGrowth(lv, target, left).orElse(null);
        boolean strict = !cmp.isInclusive();
        return o.set(Status.MOVING_AWAY,
                () -> now(lv, ly) + " fell below the target " + goal(cmp, target, targetYear) + ", a level its baseline "
                        + Fmt.v(base.value()) + " (" + Fmt.y(base.year()) + ") already met" + fellBack(met)
                        + "; getting back needs " + (strict ? "more than " : "") + Fmt.v(yearly) + " a year",
                () -> nowZh(lv, ly) + "，低于目标" + goalZh(cmp, target, targetYear) + "，而基数" + Fmt.v(base.value())
                        + "（" + Fmt.y(base.year()) + "年）已达到该水平" + (met == null ? "" : "（" + Fmt.y(met) + "年曾达到，后回落）")
                        + "，恢复达标需年均" + (strict ? "超过" : "") + Fmt.v(yearly));
    }

    /** That the baseline already met the target: "; the baseline 65 (2020) already met it". */
    private static String baseMet(Point base) {
        return "; the baseline " + Fmt.v(base.value()) + " (" + Fmt.y(base.year()) + ") already met it";
    }

    /** That the baseline already met the target, in Chinese: "（基数65，2020年已达到）". */
    private static String baseMetZh(Point base) {
        return "（基数" + Fmt.v(base.value()) + "，" + Fmt.y(base.year()) + "年已达到）";
    }

    private static Outcome trend(EvaluationContext c, Values series, Point base, Outcome o,
            Comparison cmp, BigDecimal target, Year targetYear, Year ly, BigDecimal lv, Year met) {
        int window = c.thresholds().trendWindowYears();
        Year start = ly.minusYears(window);
        // The first of the values and the baseline (where the series has no value of its year) from start on.
        int e = series.ceiling(start);
        Year ey = e < 0 ? null : series.year(e);
        BigDecimal ev = e < 0 ? null : series.value(e);
        if (!base.year().isBefore(start) && (ey == null || base.year().isBefore(ey))) {
            ey = base.year();
            ev = base.value();
        }
        if (ey == null || !ey.isBefore(ly)) {
            return o.set(Status.NOT_ASSESSABLE, () -> now(lv, ly) + fellBack(met) + ": no other value within " + window
                    + " years before it, so no recent trend", () -> nowZh(lv, ly) + "，近" + window + "年内无其他数据，无法计算趋势");
        }
        Year since = ey;
        int span = targetYear.getValue() - base.year().getValue();
        BigDecimal required = BigMath.div(target.subtract(base.value()), BigDecimal.valueOf(span));
        BigDecimal recent = BigMath.div(lv.subtract(ev), BigDecimal.valueOf(ly.getValue() - since.getValue()));
        o.projectedEndValue = DerivedMetrics.projectLinear(ey, ev, ly, lv, targetYear);
        if (required.signum() == 0) {
            return o.set(Status.NOT_ASSESSABLE, () -> now(lv, ly) + fellBack(met) + ": the baseline equals the bound "
                    + goal(cmp, target, targetYear), () -> nowZh(lv, ly) + "，基数等于目标值");
        }
        BigDecimal score = BigMath.div(recent, required);
        o.score = score;
        return o.graded(Grades.ratio(Method.TREND, score, c.thresholds()),
                () -> now(lv, ly) + fellBack(met) + ": recent change " + Fmt.v(recent) + " a year since " + Fmt.y(since)
                        + " against " + Fmt.v(required) + " a year required for " + goal(cmp, target, targetYear)
                        + ", ratio " + Fmt.ratio(score),
                () -> nowZh(lv, ly) + "，" + Fmt.y(since) + "年以来年均变化" + Fmt.v(recent) + "，实现目标"
                        + goalZh(cmp, target, targetYear) + "需年均" + Fmt.v(required) + "，比值" + Fmt.ratio(score));
    }

    /** The goal of a level target: "≥ 12.5 by 2025". */
    private static String goal(Comparison cmp, BigDecimal target, Year targetYear) {
        return cmp.symbol() + " " + Fmt.v(target) + " by " + Fmt.y(targetYear);
    }

    /** The goal of a level target in Chinese: "2025年≥12.5". */
    private static String goalZh(Comparison cmp, BigDecimal target, Year targetYear) {
        return Fmt.y(targetYear) + "年" + cmp.symbol() + Fmt.v(target);
    }

    /** The latest value: "13.1 in 2023". */
    private static String now(BigDecimal value, Year year) {
        return Fmt.v(value) + " in " + Fmt.y(year);
    }

    /** The latest value in Chinese: "2023年为13.1". */
    private static String nowZh(BigDecimal value, Year year) {
        return Fmt.y(year) + "年为" + Fmt.v(value);
    }

    /** The baseline: " from 10 (2020)". */
    private static String from(Point base) {
        return " from " + Fmt.v(base.value()) + " (" + Fmt.y(base.year()) + ")";
    }

    /** The baseline in Chinese: "（基数10，2020年）". */
    private static String fromZh(Point base) {
        return "（基数" + Fmt.v(base.value()) + "，" + Fmt.y(base.year()) + "年）";
    }

    /** When the bound was met earlier and the latest value misses it: "; it met the bound in 2022 and fell back". */
    private static String fellBack(Year met) {
        return met == null ? "" : "; it met the bound in " + Fmt.y(met) + " and fell back";
    }

    /** The first year after the base the bound was met, when the latest value no longer meets it; or null. */
    private static Year firstMet(Values series, Comparison cmp, BigDecimal target, Point base) {
        for (int i = 0; i < series.size(); i++) {
            if ((base == null || series.year(i).isAfter(base.year())) && cmp.test(series.value(i), target)) {
                return series.year(i);
            }
        }
        return null;
    }

    /**
     * A bound to hold every year from {@code from} to {@code to} (capped at the evaluation year): each
     * year observed is judged; the missing-value strategy decides when the rule is skipped. {@code why}
     * and {@code whyZh} render why a level target is judged as such a bound, or are null.
     */
    static Outcome holdEveryYear(EvaluationContext c, Values series, Comparison cmp,
            BigDecimal bound, Year from, Year to, boolean binding, Supplier<String> why, Supplier<String> whyZh) {
        Outcome o = new Outcome();
        o.targetLevel = bound;
        o.targetYear = to;
        Year end = to.isBefore(c.asOf()) ? to : c.asOf();
        if (end.isBefore(from)) {
            return o.set(Status.NO_DATA,
                    () -> prefix(why, "; ") + "the " + kind(binding) + bound(cmp, bound) + " applies from " + Fmt.y(from),
                    () -> prefix(whyZh, "，") + kindZh(binding) + boundZh(cmp, bound) + "自" + Fmt.y(from) + "年起适用");
        }
        int yearCount = end.getValue() - from.getValue() + 1;
        YearList breachedYears = new YearList(yearCount);
        YearList missingYears = new YearList(yearCount);
        int seen = 0;
        Year latestYear = null;
        BigDecimal latestValue = null;
        // The series' years increase as the loop's do: one cursor walks them, instead of a search per
        // year, and a Year is made only for a year without a value.
        int next = series.ceiling(from);
        for (int y = from.getValue(), last = end.getValue(); y <= last; y++) {
            if (next < 0 || next >= series.size() || series.year(next).getValue() != y) {
                missingYears.add(Year.of(y));
            } else {
                Year year = series.year(next);
                BigDecimal v = series.value(next++);
                seen++;
                latestYear = year;
                latestValue = v;
                if (!cmp.test(v, bound)) {
                    breachedYears.add(year);
                }
            }
        }
        List<Year> breached = breachedYears.toList();
        List<Year> missing = missingYears.toList();
        o.latestYear = latestYear;
        o.latestValue = latestValue;
        o.breached = breached;
        o.missing = missing;
        Year ly = latestYear;
        BigDecimal lv = latestValue;
        if (seen == 0 || (!missing.isEmpty() && c.missingValues() == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)) {
            return o.set(Status.NO_DATA, () -> prefix(why, "; ") + "the " + kind(binding) + bound(cmp, bound)
                            + " cannot be judged for " + span(from, end) + missingEn(missing),
                    () -> prefix(whyZh, "，") + kindZh(binding) + boundZh(cmp, bound) + "在" + span(from, end)
                            + "年无法判断" + missingZh(missing));
        }
        if (!breached.isEmpty()) {
            return o.set(Status.CONSTRAINT_BREACHED, () -> prefix(why, "; ") + "the " + kind(binding)
                            + bound(cmp, bound) + " was breached in " + Fmt.years(breached, ", ") + " (latest "
                            + Fmt.v(lv) + " in " + latestYear(ly) + ")" + missingEn(missing),
                    () -> prefix(whyZh, "，") + kindZh(binding) + boundZh(cmp, bound) + "在" + Fmt.years(breached, "、")
                            + "年未达标（最新" + latestYear(ly) + "年为" + Fmt.v(lv) + "）" + missingZh(missing));
        }
        return o.set(Status.CONSTRAINT_MET, () -> prefix(why, "; ") + "the " + kind(binding) + bound(cmp, bound)
                        + " held in every year observed of " + span(from, end) + " (latest " + Fmt.v(lv) + " in "
                        + latestYear(ly) + ")" + missingEn(missing),
                () -> prefix(whyZh, "，") + kindZh(binding) + boundZh(cmp, bound) + "在" + span(from, end)
                        + "年各观测年份均达标（最新" + latestYear(ly) + "年为" + Fmt.v(lv) + "）" + missingZh(missing));
    }

    /** Why a level target is judged as a bound, and a separator; or nothing. */
    private static String prefix(Supplier<String> why, String separator) {
        return why == null ? "" : why.get() + separator;
    }

    private static String kind(boolean binding) {
        return binding ? "binding constraint " : "bound ";
    }

    private static String kindZh(boolean binding) {
        return binding ? "约束性指标" : "逐年目标";
    }

    private static String bound(Comparison cmp, BigDecimal bound) {
        return cmp.symbol() + " " + Fmt.v(bound);
    }

    private static String boundZh(Comparison cmp, BigDecimal bound) {
        return cmp.symbol() + Fmt.v(bound);
    }

    private static String span(Year from, Year end) {
        return Fmt.y(from) + "–" + Fmt.y(end);
    }

    private static String latestYear(Year year) {
        return year == null ? "?" : Fmt.y(year);
    }

    private static String missingEn(List<Year> missing) {
        return missing.isEmpty() ? "" : "; no value for " + Fmt.years(missing, ", ");
    }

    private static String missingZh(List<Year> missing) {
        return missing.isEmpty() ? "" : "，" + Fmt.years(missing, "、") + "年缺数";
    }
}
