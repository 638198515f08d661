package io.github.fyplan.rules;

import java.math.BigDecimal;
import java.time.Year;

/**
 * The numbers behind an assessment. Any of them is {@code null} when it does not apply or is
 * undefined (growth from a zero or negative value, progress without a baseline). Shares, growth rates
 * and ratios are fractions: {@code 0.06} is 6%. Values are in the indicator's unit; computed quotients
 * use {@link java.math.MathContext#DECIMAL64}, growth rates a growth factor to
 * {@link io.github.fyplan.rules.metrics.DerivedMetrics#GROWTH_PRECISION}.
 *
 * @param latestYear           the year of the latest value used
 * @param latestValue          the latest value used (for a cumulative target, the latest annual value)
 * @param baselineYear         the base year used; never moved to the first observation
 * @param baselineValue        the baseline used
 * @param targetYear           the year the target is due
 * @param targetLevel          the level judged against: the stated value, or the level a change or an
 *                             average growth implies, or the cumulative total
 * @param progress             the share of the distance from the baseline to the target covered
 *                             (measured downward for a lower-is-better indicator)
 * @param timeElapsed          the share of the period from the base year to the target year elapsed
 *                             at the latest value
 * @param actualGrowth         the compound annual growth from the baseline to the latest value
 * @param requiredGrowth       the compound annual growth still required from the latest value to reach
 *                             the target on time
 * @param score                the ratio the method graded: progress over time elapsed, actual over
 *                             required growth, or recent over required rate
 * @param projectedEndValue    the value projected for the target year (linear for the time-elapsed and
 *                             trend methods, compound for the growth-ratio method; for a cumulative
 *                             target, the projected total)
 * @param runningTotal         for a cumulative target, the sum of the values present so far
 * @param requiredYearlyAmount what each remaining year still has to add: the change per year to reach
 *                             a level, or the average amount per remaining year of a cumulative target
 */
public record Metrics(
        Year latestYear,
        BigDecimal latestValue,
        Year baselineYear,
        BigDecimal baselineValue,
        Year targetYear,
        BigDecimal targetLevel,
        BigDecimal progress,
        BigDecimal timeElapsed,
        BigDecimal actualGrowth,
        BigDecimal requiredGrowth,
        BigDecimal score,
        BigDecimal projectedEndValue,
        BigDecimal runningTotal,
        BigDecimal requiredYearlyAmount) {

    /** No metrics at all. */
    public static final Metrics NONE = new Metrics(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);
}
