package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.MissingValueStrategy;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.metrics.DerivedMetrics;
import io.github.fyplan.model.target.Comparison;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Level targets by the three methods, and bounds held every year. */
final class LevelAssessor {
    private LevelAssessor() {
    }

    /**
     * A level to reach by a year. Order of decisions: no value → no data; a baseline that already meets
     * the bound → a bound held every year; the latest value meets it → achieved; the target year is
     * reached → not achieved; no baseline → not assessable; no value after the base year → no data;
     * else graded by the method.
     */
    static Outcome level(EvaluationContext c, TreeMap<Year, BigDecimal> series, Point base, Comparison cmp,
            BigDecimal target, Year targetYear, boolean binding) {
        Outcome o = new Outcome();
        o.targetYear = targetYear;
        o.targetLevel = target;
        if (base != null) {
            o.baselineYear = base.year();
            o.baselineValue = base.value();
        }
        // Each number is formatted once and quoted in both languages.
        String t = Fmt.v(target);
        String ty = Fmt.y(targetYear);
        String goal = cmp.symbol() + " " + t + " by " + ty;
        String goalZh = ty + "年" + cmp.symbol() + t;
        Map.Entry<Year, BigDecimal> latest = series.lastEntry();
        if (base != null && cmp.test(base.value(), target)) {
            Year from = base.year().plusYears(1).isAfter(c.period().firstYear()) ? base.year().plusYears(1)
                    : c.period().firstYear();
            Outcome held = holdEveryYear(c, series, cmp, target, from, targetYear, binding,
                    "the baseline " + Fmt.v(base.value()) + " (" + Fmt.y(base.year()) + ") already meets " + goal
                            + ", so it is a bound to hold every year",
                    "基数" + Fmt.v(base.value()) + "（" + Fmt.y(base.year()) + "年）已达到" + goalZh + "，按逐年约束评估");
            held.targetYear = targetYear;
            held.baselineYear = base.year();
            held.baselineValue = base.value();
            return held;
        }
        if (latest == null) {
            return o.set(Status.NO_DATA, "no value up to " + Fmt.y(c.asOf()), "截至" + Fmt.y(c.asOf()) + "年无数据");
        }
        BigDecimal lv = latest.getValue();
        Year ly = latest.getKey();
        o.latestYear = ly;
        o.latestValue = lv;
        String lvText = Fmt.v(lv);
        String lyText = Fmt.y(ly);
        String now = lvText + " in " + lyText;
        String nowZh = lyText + "年为" + lvText;
        if (cmp.test(lv, target)) {
            String early = ly.isBefore(targetYear) ? ", ahead of time" : "";
            return o.set(Status.ACHIEVED, now + " meets the target " + goal + early,
                    nowZh + "，已达到目标" + goalZh + (early.isEmpty() ? "" : "，提前完成"));
        }
        Year met = firstMet(series, cmp, target, base);
        String fellBack = met == null ? "" : "; it met the bound in " + Fmt.y(met) + " and fell back";
        if (!ly.isBefore(targetYear)) {
            return o.set(Status.NOT_ACHIEVED, now + " misses the target " + goal + fellBack,
                    nowZh + "，未达到目标" + goalZh + (met == null ? "" : "（" + Fmt.y(met) + "年曾达到，后回落）"));
        }
        int left = targetYear.getValue() - ly.getValue();
        o.requiredYearlyAmount = DerivedMetrics.requiredYearlyAmount(lv, target, left);
        o.requiredGrowth = DerivedMetrics.requiredGrowth(lv, target, left).orElse(null);
        if (base == null) {
            return o.set(Status.NOT_ASSESSABLE, now + ", but no baseline for " + Fmt.y(c.period().baseYear())
                            + " (the base year is not moved to the first value)",
                    nowZh + "，但缺少" + Fmt.y(c.period().baseYear()) + "年基数（不以首个观测值替代基期）");
        }
        if (!ly.isAfter(base.year())) {
            return o.set(Status.NO_DATA, "no value after the base year " + Fmt.y(base.year()),
                    "基期" + Fmt.y(base.year()) + "年之后无数据");
        }
        int span = targetYear.getValue() - base.year().getValue();
        int elapsed = ly.getValue() - base.year().getValue();
        BigDecimal distance = target.subtract(base.value());
        o.timeElapsed = BigMath.div(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(span));
        o.progress = distance.signum() == 0 ? null : BigMath.div(lv.subtract(base.value()), distance);
        o.actualGrowth = DerivedMetrics.cagr(base.value(), lv, elapsed).orElse(null);
        String bv = Fmt.v(base.value());
        String by = Fmt.y(base.year());
        String from = " from " + bv + " (" + by + ")";
        String fromZh = "（基数" + bv + "，" + by + "年）";
        if (c.method() == Method.TIME_ELAPSED) {
            o.projectedEndValue = DerivedMetrics.projectLinear(base.year(), base.value(), ly, lv, targetYear);
            if (o.progress == null) {
                return o.set(Status.NOT_ASSESSABLE, now + ": the baseline equals the bound " + goal
                        + ", so progress has no distance to cover", nowZh + "，基数等于目标值，无法计算进度");
            }
            o.score = o.timeElapsed.signum() == 0 ? null : BigMath.div(o.progress, o.timeElapsed);
            Status s = Grades.timeElapsed(o.progress, o.timeElapsed, c.thresholds());
            String progress = Fmt.pct(o.progress);
            String time = Fmt.pct(o.timeElapsed);
            return o.graded(s, now + from + " covers " + progress + " of the way to " + goal + " with "
                            + time + " of the time elapsed" + fellBack,
                    nowZh + fromZh + "，完成目标" + goalZh + "进度的" + progress + "，时间进度" + time);
        }
        if (c.method() == Method.GROWTH_RATIO) {
            Optional<BigDecimal> required = DerivedMetrics.cagr(base.value(), target, span);
            if (o.actualGrowth == null || required.isEmpty()) {
                return o.set(Status.NOT_ASSESSABLE, now + from + ": compound growth is undefined for a zero or "
                        + "negative value", nowZh + fromZh + "，零或负值无法计算复合增速");
            }
            o.projectedEndValue = DerivedMetrics.projectCompound(base.year(), base.value(), ly, lv, targetYear)
                    .orElse(null);
            if (required.get().signum() == 0) {
                return o.set(Status.NOT_ASSESSABLE, now + from + ": the baseline equals the bound " + goal,
                        nowZh + fromZh + "，基数等于目标值");
            }
            o.score = BigMath.div(o.actualGrowth, required.get());
            return o.graded(Grades.ratio(Method.GROWTH_RATIO, o.score, c.thresholds()),
                    now + from + ": actual growth " + Fmt.rate(o.actualGrowth) + " a year against "
                            + Fmt.rate(required.get()) + " required for " + goal + ", ratio " + Fmt.ratio(o.score)
                            + fellBack,
                    nowZh + fromZh + "，实际年均增速" + Fmt.rate(o.actualGrowth) + "，实现目标" + goalZh + "需"
                            + Fmt.rate(required.get()) + "，比值" + Fmt.ratio(o.score));
        }
        return trend(c, series, base, o, target, targetYear, ly, lv, now + fellBack, nowZh, goal, goalZh);
    }

    private static Outcome trend(EvaluationContext c, TreeMap<Year, BigDecimal> series, Point base, Outcome o,
            BigDecimal target, Year targetYear, Year ly, BigDecimal lv, String now, String nowZh, String goal,
            String goalZh) {
        int window = c.thresholds().trendWindowYears();
        Year start = ly.minusYears(window);
        TreeMap<Year, BigDecimal> points = new TreeMap<>(series);
        points.putIfAbsent(base.year(), base.value());
        Map.Entry<Year, BigDecimal> earlier = points.ceilingEntry(start);
        if (earlier == null || !earlier.getKey().isBefore(ly)) {
            return o.set(Status.NOT_ASSESSABLE, now + ": no other value within " + window
                    + " years before it, so no recent trend", nowZh + "，近" + window + "年内无其他数据，无法计算趋势");
        }
        int span = targetYear.getValue() - base.year().getValue();
        BigDecimal required = BigMath.div(target.subtract(base.value()), BigDecimal.valueOf(span));
        BigDecimal recent = BigMath.div(lv.subtract(earlier.getValue()),
                BigDecimal.valueOf(ly.getValue() - earlier.getKey().getValue()));
        o.projectedEndValue = DerivedMetrics.projectLinear(earlier.getKey(), earlier.getValue(), ly, lv, targetYear);
        if (required.signum() == 0) {
            return o.set(Status.NOT_ASSESSABLE, now + ": the baseline equals the bound " + goal, nowZh + "，基数等于目标值");
        }
        o.score = BigMath.div(recent, required);
        String since = " since " + Fmt.y(earlier.getKey());
        return o.graded(Grades.ratio(Method.TREND, o.score, c.thresholds()),
                now + ": recent change " + Fmt.v(recent) + " a year" + since + " against " + Fmt.v(required)
                        + " a year required for " + goal + ", ratio " + Fmt.ratio(o.score),
                nowZh + "，" + Fmt.y(earlier.getKey()) + "年以来年均变化" + Fmt.v(recent) + "，实现目标" + goalZh
                        + "需年均" + Fmt.v(required) + "，比值" + Fmt.ratio(o.score));
    }

    /** The first year after the base the bound was met, when the latest value no longer meets it; or null. */
    private static Year firstMet(TreeMap<Year, BigDecimal> series, Comparison cmp, BigDecimal target, Point base) {
        for (Map.Entry<Year, BigDecimal> e : series.entrySet()) {
            if ((base == null || e.getKey().isAfter(base.year())) && cmp.test(e.getValue(), target)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * A bound to hold every year from {@code from} to {@code to} (capped at the evaluation year): each
     * year observed is judged; the missing-value strategy decides when the rule is skipped.
     */
    static Outcome holdEveryYear(EvaluationContext c, TreeMap<Year, BigDecimal> series, Comparison cmp,
            BigDecimal bound, Year from, Year to, boolean binding, String why, String whyZh) {
        Outcome o = new Outcome();
        o.targetLevel = bound;
        o.targetYear = to;
        String kind = binding ? "binding constraint " : "bound ";
        String kindZh = binding ? "约束性指标" : "逐年目标";
        String b = Fmt.v(bound);
        String bnd = cmp.symbol() + " " + b;
        String bndZh = cmp.symbol() + b;
        Year end = to.isBefore(c.asOf()) ? to : c.asOf();
        String prefix = why.isEmpty() ? "" : why + "; ";
        String prefixZh = whyZh.isEmpty() ? "" : whyZh + "，";
        if (end.isBefore(from)) {
            return o.set(Status.NO_DATA, prefix + "the " + kind + bnd + " applies from " + Fmt.y(from),
                    prefixZh + kindZh + bndZh + "自" + Fmt.y(from) + "年起适用");
        }
        List<Year> breached = new ArrayList<>();
        List<Year> missing = new ArrayList<>();
        int seen = 0;
        for (Year y = from; !y.isAfter(end); y = y.plusYears(1)) {
            BigDecimal v = series.get(y);
            if (v == null) {
                missing.add(y);
            } else {
                seen++;
                o.latestYear = y;
                o.latestValue = v;
                if (!cmp.test(v, bound)) {
                    breached.add(y);
                }
            }
        }
        o.breached = breached;
        o.missing = missing;
        String span = Fmt.y(from) + "–" + Fmt.y(end);
        String latestValue = Fmt.v(o.latestValue);
        String latestYear = o.latestYear == null ? "?" : Fmt.y(o.latestYear);
        String missingEn = missing.isEmpty() ? "" : "; no value for " + Fmt.years(missing, ", ");
        String missingZh = missing.isEmpty() ? "" : "，" + Fmt.years(missing, "、") + "年缺数";
        if (seen == 0 || (!missing.isEmpty() && c.missingValues() == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING)) {
            return o.set(Status.NO_DATA, prefix + "the " + kind + bnd + " cannot be judged for " + span + missingEn,
                    prefixZh + kindZh + bndZh + "在" + span + "年无法判断" + missingZh);
        }
        if (!breached.isEmpty()) {
            return o.set(Status.CONSTRAINT_BREACHED, prefix + "the " + kind + bnd + " was breached in "
                            + Fmt.years(breached, ", ") + " (latest " + latestValue + " in " + latestYear + ")" + missingEn,
                    prefixZh + kindZh + bndZh + "在" + Fmt.years(breached, "、") + "年未达标（最新" + latestYear
                            + "年为" + latestValue + "）" + missingZh);
        }
        return o.set(Status.CONSTRAINT_MET, prefix + "the " + kind + bnd + " held in every year observed of " + span
                        + " (latest " + latestValue + " in " + latestYear + ")" + missingEn,
                prefixZh + kindZh + bndZh + "在" + span + "年各观测年份均达标（最新" + latestYear + "年为"
                        + latestValue + "）" + missingZh);
    }
}
