package io.github.fyplan.rules.internal;

import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.MissingValueStrategy;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.metrics.CumulativeTotal;
import io.github.fyplan.rules.metrics.DerivedMetrics;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;

/** Targets over a span of years: cumulative totals, average growth, reduction rates. */
final class SpanAssessor {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SpanAssessor() {
    }

    /** A cumulative total (五年累计): the running sum against the total and the average still required. */
    static Outcome cumulative(EvaluationContext c, TreeMap<Year, BigDecimal> series, CumulativeTarget t) {
        Outcome o = new Outcome();
        o.targetYear = t.to();
        o.targetLevel = t.total();
        Year upTo = t.to().isBefore(c.asOf()) ? t.to() : c.asOf();
        // Each number is formatted once and quoted in both languages.
        String total = Fmt.v(t.total());
        String years = Fmt.y(t.from()) + "–" + Fmt.y(t.to());
        String goal = "a total " + t.comparison().symbol() + " " + total + " over " + years;
        String goalZh = years + "年累计" + t.comparison().symbol() + total;
        if (upTo.isBefore(t.from())) {
            return o.set(Status.NO_DATA, goal + " has not started by " + Fmt.y(c.asOf()), goalZh + "，尚未开始");
        }
        CumulativeTotal ct = DerivedMetrics.cumulative(series, t.from(), upTo);
        o.missing = ct.missing();
        o.runningTotal = ct.total();
        if (!ct.counted().isEmpty()) {
            Year last = ct.counted().get(ct.counted().size() - 1);
            o.latestYear = last;
            o.latestValue = series.get(last);
        }
        String missingEn = ct.missing().isEmpty() ? "" : " (no value for " + Fmt.years(ct.missing(), ", ") + ")";
        String missingZh = ct.missing().isEmpty() ? "" : "（" + Fmt.years(ct.missing(), "、") + "年缺数）";
        boolean skip = (ct.counted().isEmpty() && c.missingValues() != MissingValueStrategy.NEVER_SKIP)
                || (!ct.missing().isEmpty() && c.missingValues() == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING);
        if (skip) {
            return o.set(Status.NO_DATA, "the running total toward " + goal + " cannot be computed" + missingEn,
                    goalZh + "，无法计算累计值" + missingZh);
        }
        String running = Fmt.v(ct.total());
        String soFar = Fmt.y(t.from()) + "–" + Fmt.y(upTo);
        String sum = "the running total " + running + " for " + soFar + missingEn;
        String sumZh = soFar + "年累计" + running + missingZh;
        int n = t.years();
        int elapsed = upTo.getValue() - t.from().getValue() + 1;
        int left = n - elapsed;
        BigDecimal avg = ct.counted().isEmpty() ? BigDecimal.ZERO
                : BigMath.div(ct.total(), BigDecimal.valueOf(ct.counted().size()));
        o.projectedEndValue = ct.total().add(avg.multiply(BigDecimal.valueOf(left + ct.missing().size())));
        boolean met = t.comparison().test(ct.total(), t.total());
        if (t.comparison().isUpperBound()) {
            if (!met) {
                return o.set(Status.NOT_ACHIEVED, sum + " already exceeds " + goal, sumZh + "，已超出目标" + goalZh);
            }
            if (left == 0) {
                return o.set(Status.ACHIEVED, sum + " stays within " + goal, sumZh + "，控制在目标" + goalZh + "以内");
            }
            Status s = t.comparison().test(o.projectedEndValue, t.total()) ? Status.ON_TRACK : Status.OFF_TRACK;
            return o.set(s, sum + ", projected " + Fmt.v(o.projectedEndValue) + " against " + goal,
                    sumZh + "，预计" + Fmt.v(o.projectedEndValue) + "，目标" + goalZh);
        }
        if (met) {
            return o.set(Status.ACHIEVED, sum + " reaches " + goal, sumZh + "，已达到目标" + goalZh);
        }
        if (left == 0) {
            return o.set(Status.NOT_ACHIEVED, sum + " falls short of " + goal, sumZh + "，未达到目标" + goalZh);
        }
        o.requiredYearlyAmount = DerivedMetrics.requiredYearlyAmount(ct.total(), t.total(), left);
        o.timeElapsed = BigMath.div(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(n));
        o.progress = t.total().signum() == 0 ? null : BigMath.div(ct.total(), t.total());
        String still = "; " + Fmt.v(o.requiredYearlyAmount) + " a year is still required over " + left + " years";
        String stillZh = "，剩余" + left + "年需年均" + Fmt.v(o.requiredYearlyAmount);
        if (c.method() == Method.TIME_ELAPSED && o.progress != null) {
            o.score = BigMath.div(o.progress, o.timeElapsed);
            return o.graded(Grades.timeElapsed(o.progress, o.timeElapsed, c.thresholds()),
                    sum + " is " + Fmt.pct(o.progress) + " of " + goal + " with " + Fmt.pct(o.timeElapsed)
                            + " of the time elapsed" + still,
                    sumZh + "，完成目标" + goalZh + "的" + Fmt.pct(o.progress) + "，时间进度" + Fmt.pct(o.timeElapsed)
                            + stillZh);
        }
        BigDecimal needed = BigMath.div(t.total(), BigDecimal.valueOf(n));
        if (needed.signum() <= 0) {
            return o.set(Status.NOT_ASSESSABLE, sum + ": " + goal + " needs no positive yearly amount",
                    sumZh + "，目标" + goalZh + "不需正的年均量");
        }
        o.score = BigMath.div(avg, needed);
        return o.graded(Grades.ratio(c.method(), o.score, c.thresholds()),
                sum + ": " + Fmt.v(avg) + " a year against " + Fmt.v(needed) + " a year needed for " + goal
                        + ", ratio " + Fmt.ratio(o.score) + still,
                sumZh + "，年均" + Fmt.v(avg) + "，实现目标" + goalZh + "需年均" + Fmt.v(needed) + "，比值"
                        + Fmt.ratio(o.score) + stillZh);
    }

    /** An average growth rate (年均增速): actual compound growth since the start against the rate. */
    static Outcome averageGrowth(EvaluationContext c, TreeMap<Year, BigDecimal> series, Point base,
            AverageGrowthTarget t) {
        Outcome o = new Outcome();
        o.targetYear = t.to();
        String percent = Fmt.v(t.percent()) + "%";
        String years = Fmt.y(t.from()) + "–" + Fmt.y(t.to());
        String goal = "average growth " + t.comparison().symbol() + " " + percent + " a year over " + years;
        String goalZh = years + "年年均增速" + t.comparison().symbol() + percent;
        if (base == null) {
            return o.set(Status.NOT_ASSESSABLE, "no value for the start year " + Fmt.y(t.from()) + " of " + goal,
                    "缺少起始年" + Fmt.y(t.from()) + "年数值，无法评估" + goalZh);
        }
        o.baselineYear = base.year();
        o.baselineValue = base.value();
        int n = t.to().getValue() - t.from().getValue();
        o.targetLevel = DerivedMetrics.compoundLevel(base.value(), t.percent(), n);
        Year upTo = t.to().isBefore(c.asOf()) ? t.to() : c.asOf();
        Map.Entry<Year, BigDecimal> latest = series.floorEntry(upTo);
        if (latest == null || !latest.getKey().isAfter(base.year())) {
            return o.set(Status.NO_DATA, "no value after " + Fmt.y(base.year()) + " for " + goal,
                    Fmt.y(base.year()) + "年之后无数据，无法评估" + goalZh);
        }
        Year ly = latest.getKey();
        BigDecimal lv = latest.getValue();
        o.latestYear = ly;
        o.latestValue = lv;
        int elapsed = ly.getValue() - base.year().getValue();
        o.timeElapsed = BigMath.div(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(n));
        BigDecimal actual = DerivedMetrics.cagr(base.value(), lv, elapsed).orElse(null);
        String bv = Fmt.v(base.value());
        String by = Fmt.y(base.year());
        String lvText = Fmt.v(lv);
        String lyText = Fmt.y(ly);
        String now = bv + " (" + by + ") to " + lvText + " (" + lyText + ")";
        String nowZh = "由" + bv + "（" + by + "年）到" + lvText + "（" + lyText + "年）";
        if (actual == null) {
            return o.set(Status.NOT_ASSESSABLE, now + ": compound growth is undefined for a zero or negative value",
                    nowZh + "，零或负值无法计算复合增速");
        }
        o.actualGrowth = actual;
        BigDecimal rate = t.percent().movePointLeft(2);
        int left = t.to().getValue() - ly.getValue();
        if (left > 0) {
            o.requiredGrowth = DerivedMetrics.requiredGrowth(lv, o.targetLevel, left).orElse(null);
            o.projectedEndValue = lv.multiply(BigDecimal.ONE.add(actual).pow(left, BigMath.MC)).round(BigMath.MC);
        } else {
            o.projectedEndValue = lv;
        }
        boolean met = t.comparison().test(actual.multiply(HUNDRED), t.percent());
        String rateText = Fmt.rate(actual);
        String line = now + ": " + rateText + " a year against " + goal;
        String lineZh = nowZh + "，年均增长" + rateText + "，目标" + goalZh;
        String requiredText = o.requiredGrowth == null ? null : Fmt.rate(o.requiredGrowth);
        String still = requiredText == null ? "" : "; " + requiredText + " a year is required from now";
        String stillZh = requiredText == null ? "" : "，此后需年均增长" + requiredText;
        if (left <= 0) {
            return o.set(met ? Status.ACHIEVED : Status.NOT_ACHIEVED, line, lineZh);
        }
        if (met) {
            return o.set(Status.ON_TRACK, line + still, lineZh + stillZh);
        }
        if (t.comparison().isUpperBound() || rate.signum() <= 0) {
            return o.set(Status.OFF_TRACK, line + still, lineZh + stillZh);
        }
        o.score = BigMath.div(actual, rate);
        return o.graded(Grades.ratio(c.method(), o.score, c.thresholds()),
                line + ", ratio " + Fmt.ratio(o.score) + still, lineZh + "，比值" + Fmt.ratio(o.score) + stillZh);
    }

    /**
     * A reduction rate (降低): annual rates are a bound held every year; a reduction over the whole
     * period compounds the annual rates observed (1 − Π(1 − r/100)) and is judged as a level; an
     * unspecified basis is not assessable.
     */
    static Outcome reduction(EvaluationContext c, TreeMap<Year, BigDecimal> series, ReductionRateTarget t,
            boolean binding) {
        switch (t.basis()) {
            case ANNUAL:
                return LevelAssessor.holdEveryYear(c, series, Comparison.AT_LEAST, t.percent(), t.from().plusYears(1),
                        t.to(), binding, "", "");
            case WHOLE_PERIOD:
                TreeMap<Year, BigDecimal> compounded = new TreeMap<>();
                BigDecimal remaining = BigDecimal.ONE;
                for (Year y = t.from().plusYears(1); series.containsKey(y) && !y.isAfter(t.to()); y = y.plusYears(1)) {
                    remaining = remaining.multiply(BigDecimal.ONE.subtract(series.get(y).movePointLeft(2)));
                    compounded.put(y, BigDecimal.ONE.subtract(remaining).multiply(HUNDRED).round(BigMath.MC));
                }
                return LevelAssessor.level(c, compounded, new Point(t.from(), BigDecimal.ZERO), Comparison.AT_LEAST,
                        t.percent(), t.to(), binding);
            default:
                return new Outcome().set(Status.NOT_ASSESSABLE, "the plan does not say whether the reduction of "
                                + Fmt.v(t.percent()) + "% is annual or over the whole period",
                        "规划未说明降低" + Fmt.v(t.percent()) + "%是年均还是累计");
        }
    }
}
