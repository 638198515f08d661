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
import java.util.List;

/** Targets over a span of years: cumulative totals, average growth, reduction rates. */
final class SpanAssessor {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SpanAssessor() {
    }

    /** A cumulative total (五年累计): the running sum against the total and the average still required. */
    static Outcome cumulative(EvaluationContext c, Values series, CumulativeTarget t) {
        Outcome o = new Outcome();
        o.targetYear = t.to();
        o.targetLevel = t.total();
        Year upTo = t.to().isBefore(c.asOf()) ? t.to() : c.asOf();
        // Texts are rendered on demand (see Outcome): the lambdas below capture final locals only.
        if (upTo.isBefore(t.from())) {
            Year asOf = c.asOf();
            return o.set(Status.NO_DATA, () -> totalGoal(t) + " has not started by " + Fmt.y(asOf),
                    () -> totalGoalZh(t) + "，尚未开始");
        }
        CumulativeTotal ct = DerivedMetrics.cumulative(series.asMap(), t.from(), upTo);
        o.missing = ct.missing();
        o.runningTotal = ct.total();
        if (!ct.counted().isEmpty()) {
            Year last = ct.counted().get(ct.counted().size() - 1);
            o.latestYear = last;
            o.latestValue = series.get(last);
        }
        boolean skip = (ct.counted().isEmpty() && c.missingValues() != MissingValueStrategy.NEVER_SKIP)
                || (!ct.missing().isEmpty() && c.missingValues() == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING);
        if (skip) {
            return o.set(Status.NO_DATA,
                    () -> "the running total toward " + totalGoal(t) + " cannot be computed" + missingEn(ct),
                    () -> totalGoalZh(t) + "，无法计算累计值" + missingZh(ct));
        }
        int n = t.years();
        int elapsed = upTo.getValue() - t.from().getValue() + 1;
        int left = n - elapsed;
        BigDecimal avg = ct.counted().isEmpty() ? BigDecimal.ZERO
                : BigMath.div(ct.total(), BigDecimal.valueOf(ct.counted().size()));
        BigDecimal projected = ct.total().add(avg.multiply(BigDecimal.valueOf(left + ct.missing().size())));
        o.projectedEndValue = projected;
        boolean met = t.comparison().test(ct.total(), t.total());
        if (t.comparison().isUpperBound()) {
            if (!met) {
                return o.set(Status.NOT_ACHIEVED, () -> sum(t, ct, upTo) + " already exceeds " + totalGoal(t),
                        () -> sumZh(t, ct, upTo) + "，已超出目标" + totalGoalZh(t));
            }
            if (left == 0) {
                return o.set(Status.ACHIEVED, () -> sum(t, ct, upTo) + " stays within " + totalGoal(t),
                        () -> sumZh(t, ct, upTo) + "，控制在目标" + totalGoalZh(t) + "以内");
            }
            Status s = t.comparison().test(projected, t.total()) ? Status.ON_TRACK : Status.OFF_TRACK;
            return o.set(s, () -> sum(t, ct, upTo) + ", projected " + Fmt.v(projected) + " against " + totalGoal(t),
                    () -> sumZh(t, ct, upTo) + "，预计" + Fmt.v(projected) + "，目标" + totalGoalZh(t));
        }
        if (met) {
            return o.set(Status.ACHIEVED, () -> sum(t, ct, upTo) + " reaches " + totalGoal(t),
                    () -> sumZh(t, ct, upTo) + "，已达到目标" + totalGoalZh(t));
        }
        if (left == 0) {
            return o.set(Status.NOT_ACHIEVED, () -> sum(t, ct, upTo) + " falls short of " + totalGoal(t),
                    () -> sumZh(t, ct, upTo) + "，未达到目标" + totalGoalZh(t));
        }
        BigDecimal yearly = DerivedMetrics.requiredYearlyAmount(ct.total(), t.total(), left);
        o.requiredYearlyAmount = yearly;
        BigDecimal time = BigMath.yearShare(elapsed, n);
        BigDecimal progress = t.total().signum() == 0 ? null : BigMath.div(ct.total(), t.total());
        o.timeElapsed = time;
        o.progress = progress;
        if (c.method() == Method.TIME_ELAPSED && progress != null) {
            BigDecimal score = BigMath.div(progress, time);
            o.score = score;
            return o.graded(Grades.timeElapsed(progress, time, score, c.thresholds()),
                    () -> sum(t, ct, upTo) + " is " + Fmt.pct(progress) + " of " + totalGoal(t) + " with "
                            + Fmt.pct(time) + " of the time elapsed" + still(yearly, left),
                    () -> sumZh(t, ct, upTo) + "，完成目标" + totalGoalZh(t) + "的" + Fmt.pct(progress) + "，时间进度"
                            + Fmt.pct(time) + stillZh(yearly, left));
        }
        BigDecimal needed = BigMath.div(t.total(), BigDecimal.valueOf(n));
        if (needed.signum() <= 0) {
            return o.set(Status.NOT_ASSESSABLE, () -> sum(t, ct, upTo) + ": " + totalGoal(t)
                    + " needs no positive yearly amount", () -> sumZh(t, ct, upTo) + "，目标" + totalGoalZh(t) + "不需正的年均量");
        }
        BigDecimal score = BigMath.div(avg, needed);
        o.score = score;
        return o.graded(Grades.ratio(c.method(), score, c.thresholds()),
                () -> sum(t, ct, upTo) + ": " + Fmt.v(avg) + " a year against " + Fmt.v(needed) + " a year needed for "
                        + totalGoal(t) + ", ratio " + Fmt.ratio(score) + still(yearly, left),
                () -> sumZh(t, ct, upTo) + "，年均" + Fmt.v(avg) + "，实现目标" + totalGoalZh(t) + "需年均" + Fmt.v(needed)
                        + "，比值" + Fmt.ratio(score) + stillZh(yearly, left));
    }

    /** The goal of a cumulative target: "a total ≥ 500 over 2021–2025". */
    private static String totalGoal(CumulativeTarget t) {
        return "a total " + t.comparison().symbol() + " " + Fmt.v(t.total()) + " over " + years(t.from(), t.to());
    }

    /** The goal of a cumulative target in Chinese: "2021–2025年累计≥500". */
    private static String totalGoalZh(CumulativeTarget t) {
        return years(t.from(), t.to()) + "年累计" + t.comparison().symbol() + Fmt.v(t.total());
    }

    private static String years(Year from, Year to) {
        return Fmt.y(from) + "–" + Fmt.y(to);
    }

    private static String missingEn(List<Year> missing) {
        return missing.isEmpty() ? "" : " (no value for " + Fmt.years(missing, ", ") + ")";
    }

    private static String missingZh(List<Year> missing) {
        return missing.isEmpty() ? "" : "（" + Fmt.years(missing, "、") + "年缺数）";
    }

    private static String missingEn(CumulativeTotal ct) {
        return missingEn(ct.missing());
    }

    private static String missingZh(CumulativeTotal ct) {
        return missingZh(ct.missing());
    }

    /** The running total so far: "the running total 210 for 2021–2023". */
    private static String sum(CumulativeTarget t, CumulativeTotal ct, Year upTo) {
        return "the running total " + Fmt.v(ct.total()) + " for " + years(t.from(), upTo) + missingEn(ct);
    }

    private static String sumZh(CumulativeTarget t, CumulativeTotal ct, Year upTo) {
        return years(t.from(), upTo) + "年累计" + Fmt.v(ct.total()) + missingZh(ct);
    }

    private static String still(BigDecimal yearly, int left) {
        return "; " + Fmt.v(yearly) + " a year is still required over " + left + " years";
    }

    private static String stillZh(BigDecimal yearly, int left) {
        return "，剩余" + left + "年需年均" + Fmt.v(yearly);
    }

    /**
     * An average growth rate (年均增速): actual compound growth since the start against the rate. The
     * years after the start up to the end (capped at the evaluation year) without a value are named;
     * with any, {@link MissingValueStrategy#SKIP_IF_ANY_VALUE_MISSING} skips the rule (no data). Before
     * the end year, a rate not yet met is graded by the method's thresholds on actual / rate when the
     * target is a pace to keep (growth ≥ a positive rate, or a decline ≤ a negative rate); otherwise
     * it is off track.
     */
    static Outcome averageGrowth(EvaluationContext c, Values series, Point base,
            AverageGrowthTarget t) {
        Outcome o = new Outcome();
        o.targetYear = t.to();
        Year end = t.to().isBefore(c.asOf()) ? t.to() : c.asOf();
        List<Year> missing = LevelAssessor.missingYears(series, t.from().plusYears(1), end);
        o.missing = missing;
        if (!missing.isEmpty() && c.missingValues() == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING) {
            return o.set(Status.NO_DATA, () -> growthGoal(t) + " cannot be judged" + missingEn(missing),
                    () -> growthGoalZh(t) + "，无法判断" + missingZh(missing));
        }
        Outcome g = growth(c, series, base, t, o);
        // Judged on the values present; the reason names the years without one.
        return missing.isEmpty() ? g : g.append(() -> missingEn(missing), () -> missingZh(missing));
    }

    /** An average growth rate the missing-value strategy does not skip. */
    private static Outcome growth(EvaluationContext c, Values series, Point base, AverageGrowthTarget t, Outcome o) {
        if (base == null) {
            return o.set(Status.NOT_ASSESSABLE, () -> "no value for the start year " + Fmt.y(t.from()) + " of "
                    + growthGoal(t), () -> "缺少起始年" + Fmt.y(t.from()) + "年数值，无法评估" + growthGoalZh(t));
        }
        o.baselineYear = base.year();
        o.baselineValue = base.value();
        int n = t.to().getValue() - t.from().getValue();
        BigDecimal targetLevel = DerivedMetrics.compoundLevel(base.value(), t.percent(), n);
        o.targetLevel = targetLevel;
        Year upTo = t.to().isBefore(c.asOf()) ? t.to() : c.asOf();
        int latest = series.floor(upTo);
        if (latest < 0 || !series.year(latest).isAfter(base.year())) {
            return o.set(Status.NO_DATA, () -> "no value after " + Fmt.y(base.year()) + " for " + growthGoal(t),
                    () -> Fmt.y(base.year()) + "年之后无数据，无法评估" + growthGoalZh(t));
        }
        Year ly = series.year(latest);
        BigDecimal lv = series.value(latest);
        o.latestYear = ly;
        o.latestValue = lv;
        int elapsed = ly.getValue() - base.year().getValue();
        o.timeElapsed = BigMath.yearShare(elapsed, n);
        BigDecimal actual = DerivedMetrics.cagr(base.value(), lv, elapsed).orElse(null);
        if (actual == null) {
            return o.set(Status.NOT_ASSESSABLE,
                    () -> path(base, ly, lv) + ": compound growth is undefined for a zero or negative value",
                    () -> pathZh(base, ly, lv) + "，零或负值无法计算复合增速");
        }
        o.actualGrowth = actual;
        BigDecimal rate = t.percent().movePointLeft(2);
        int left = t.to().getValue() - ly.getValue();
        BigDecimal required;
        if (left > 0) {
            required = DerivedMetrics.requiredGrowth(lv, targetLevel, left).orElse(null);
            o.projectedEndValue = BigMath.grow(lv, actual, left);
        } else {
            required = null;
            o.projectedEndValue = lv;
        }
        o.requiredGrowth = required;
        boolean met = t.comparison().test(actual.multiply(HUNDRED), t.percent());
        if (left <= 0) {
            return o.set(met ? Status.ACHIEVED : Status.NOT_ACHIEVED, () -> growthLine(t, base, ly, lv, actual),
                    () -> growthLineZh(t, base, ly, lv, actual));
        }
        // Graded: growth required (a lower bound on a positive rate) or a decline required (an upper bound on
        // a negative rate, "≤ −3%": progress is measured downward). In both, actual / rate is the share of the
        // required pace achieved: a value moving the wrong way gives a negative score (moving away), a
        // stalled one zero (off track). Any other bound (≥ 0% or ≥ −2%, ≤ 5% or ≤ 0%) is a limit, not a pace.
        boolean paced = t.comparison().isUpperBound() ? rate.signum() < 0 : rate.signum() > 0;
        if (met || !paced) {
            return o.set(met ? Status.ON_TRACK : Status.OFF_TRACK,
                    () -> growthLine(t, base, ly, lv, actual) + stillGrowth(required),
                    () -> growthLineZh(t, base, ly, lv, actual) + stillGrowthZh(required));
        }
        BigDecimal score = BigMath.div(actual, rate);
        o.score = score;
        return o.graded(Grades.ratio(c.method(), score, c.thresholds()),
                () -> growthLine(t, base, ly, lv, actual) + ", ratio " + Fmt.ratio(score) + stillGrowth(required),
                () -> growthLineZh(t, base, ly, lv, actual) + "，比值" + Fmt.ratio(score) + stillGrowthZh(required));
    }

    /** The goal of an average growth target: "average growth ≥ 6.5% a year over 2020–2025". */
    private static String growthGoal(AverageGrowthTarget t) {
        return "average growth " + t.comparison().symbol() + " " + Fmt.v(t.percent()) + "%" + " a year over "
                + years(t.from(), t.to());
    }

    private static String growthGoalZh(AverageGrowthTarget t) {
        return years(t.from(), t.to()) + "年年均增速" + t.comparison().symbol() + Fmt.v(t.percent()) + "%";
    }

    /** From the start to the latest value: "100 (2020) to 120 (2023)". */
    private static String path(Point base, Year ly, BigDecimal lv) {
        return Fmt.v(base.value()) + " (" + Fmt.y(base.year()) + ") to " + Fmt.v(lv) + " (" + Fmt.y(ly) + ")";
    }

    private static String pathZh(Point base, Year ly, BigDecimal lv) {
        return "由" + Fmt.v(base.value()) + "（" + Fmt.y(base.year()) + "年）到" + Fmt.v(lv) + "（" + Fmt.y(ly) + "年）";
    }

    private static String growthLine(AverageGrowthTarget t, Point base, Year ly, BigDecimal lv, BigDecimal actual) {
        return path(base, ly, lv) + ": " + Fmt.rate(actual) + " a year against " + growthGoal(t);
    }

    private static String growthLineZh(AverageGrowthTarget t, Point base, Year ly, BigDecimal lv, BigDecimal actual) {
        return pathZh(base, ly, lv) + "，年均增长" + Fmt.rate(actual) + "，目标" + growthGoalZh(t);
    }

    private static String stillGrowth(BigDecimal required) {
        return required == null ? "" : "; " + Fmt.rate(required) + " a year is required from now";
    }

    private static String stillGrowthZh(BigDecimal required) {
        return required == null ? "" : "，此后需年均增长" + Fmt.rate(required);
    }

    /**
     * A reduction rate (降低): annual rates are a bound held every year; a reduction over the whole
     * period compounds the annual rates of every year observed up to the evaluation year (1 − Π(1 −
     * r/100)), past any gap, and is judged as a level whose missing years are those without a rate; an
     * unspecified basis is not assessable.
     */
    static Outcome reduction(EvaluationContext c, Values series, ReductionRateTarget t,
            boolean binding) {
        switch (t.basis()) {
            case ANNUAL:
                return LevelAssessor.holdEveryYear(c, series, Comparison.AT_LEAST, t.percent(), t.from().plusYears(1),
                        t.to(), binding, null, null);
            case WHOLE_PERIOD:
                // Every year from the start on (capped at the evaluation year) that has a value: a cursor
                // over the series' years, past any gap; the level names the years without one and the
                // missing-value strategy decides whether the rule is judged on the others.
                Year first = t.from().plusYears(1);
                int last = (t.to().isBefore(c.asOf()) ? t.to() : c.asOf()).getValue();
                int span = Math.max(0, last - first.getValue() + 1);
                Year[] years = new Year[span];
                BigDecimal[] values = new BigDecimal[span];
                int n = 0;
                BigDecimal remaining = BigDecimal.ONE;
                int next = series.ceiling(first);
                for (; next >= 0 && next < series.size() && series.year(next).getValue() <= last; next++) {
                    BigDecimal rate = series.value(next);
                    remaining = remaining.multiply(BigDecimal.ONE.subtract(rate.movePointLeft(2)));
                    years[n] = series.year(next);
                    values[n++] = BigDecimal.ONE.subtract(remaining).multiply(HUNDRED).round(BigMath.MC);
                }
                return LevelAssessor.level(c, new Values(years, values, n), new Point(t.from(), BigDecimal.ZERO),
                        Comparison.AT_LEAST, t.percent(), t.to(), binding, first);
            default:
                return new Outcome().set(Status.NOT_ASSESSABLE, () -> "the plan does not say whether the reduction of "
                                + Fmt.v(t.percent()) + "% is annual or over the whole period",
                        () -> "规划未说明降低" + Fmt.v(t.percent()) + "%是年均还是累计");
        }
    }
}
