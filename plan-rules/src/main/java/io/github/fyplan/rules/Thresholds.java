package io.github.fyplan.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The configurable thresholds of the three methods. Every assessment records the thresholds that
 * produced it. Shares and ratios are fractions: {@code 0.05} is 5%.
 *
 * @param timeElapsedTolerance  time-elapsed method: how far, as a share of the distance, progress may
 *                              fall short of the time elapsed and still be on track (0.05: 5 points)
 * @param timeElapsedLagging    time-elapsed method: the least ratio of progress to time elapsed that
 *                              is lagging rather than off track (0.5)
 * @param growthRatioOnTrack    growth-ratio method: the least ratio of actual to required growth that
 *                              is on track, "significant progress" (0.95)
 * @param growthRatioLagging    growth-ratio method: the least ratio that is lagging, "moderate
 *                              progress" (0.60); below it and at least 0 is off track, below 0 moving
 *                              away
 * @param trendOnTrack          trend method: the least ratio of recent to required rate that is on
 *                              track (1.00)
 * @param trendLagging          trend method: the ratio above which progress is lagging ("moderately
 *                              improving", 0.50); at or below it and at least 0 is off track
 *                              ("stagnating"), below 0 moving away ("decreasing")
 * @param trendWindowYears      trend method: how many years back from the latest value the recent rate
 *                              looks (3)
 */
public record Thresholds(
        BigDecimal timeElapsedTolerance,
        BigDecimal timeElapsedLagging,
        BigDecimal growthRatioOnTrack,
        BigDecimal growthRatioLagging,
        BigDecimal trendOnTrack,
        BigDecimal trendLagging,
        int trendWindowYears) {

    /** Checks that no threshold is null and the trend window is at least one year. */
    public Thresholds {
        Objects.requireNonNull(timeElapsedTolerance, "timeElapsedTolerance");
        Objects.requireNonNull(timeElapsedLagging, "timeElapsedLagging");
        Objects.requireNonNull(growthRatioOnTrack, "growthRatioOnTrack");
        Objects.requireNonNull(growthRatioLagging, "growthRatioLagging");
        Objects.requireNonNull(trendOnTrack, "trendOnTrack");
        Objects.requireNonNull(trendLagging, "trendLagging");
        if (trendWindowYears < 1) {
            throw new RuleUsageException("Thresholds.trendWindowYears must be at least 1, was " + trendWindowYears);
        }
    }

    /**
     * The published defaults: tolerance 5 points and lagging at half the time share; 0.95 / 0.60
     * (Eurostat, Statistics Canada); 100% / 50% over a three-year window (SDSN).
     *
     * @return the default thresholds
     */
    public static Thresholds defaults() {
        return new Thresholds(new BigDecimal("0.05"), new BigDecimal("0.5"), new BigDecimal("0.95"),
                new BigDecimal("0.60"), new BigDecimal("1.00"), new BigDecimal("0.50"), 3);
    }

    /**
     * A copy with another time-elapsed tolerance.
     *
     * @param tolerance the tolerance as a share of the distance, such as {@code 0.10}
     * @return the copy
     */
    public Thresholds withTimeElapsedTolerance(BigDecimal tolerance) {
        return new Thresholds(tolerance, timeElapsedLagging, growthRatioOnTrack, growthRatioLagging,
                trendOnTrack, trendLagging, trendWindowYears);
    }

    /**
     * A copy with other growth-ratio thresholds.
     *
     * @param onTrack the least ratio on track
     * @param lagging the least ratio lagging
     * @return the copy
     */
    public Thresholds withGrowthRatio(BigDecimal onTrack, BigDecimal lagging) {
        return new Thresholds(timeElapsedTolerance, timeElapsedLagging, onTrack, lagging,
                trendOnTrack, trendLagging, trendWindowYears);
    }

    /**
     * A copy with other trend thresholds.
     *
     * @param onTrack     the least ratio on track
     * @param lagging     the ratio above which progress is lagging
     * @param windowYears the years the recent rate looks back
     * @return the copy
     */
    public Thresholds withTrend(BigDecimal onTrack, BigDecimal lagging, int windowYears) {
        return new Thresholds(timeElapsedTolerance, timeElapsedLagging, growthRatioOnTrack, growthRatioLagging,
                onTrack, lagging, windowYears);
    }

    /**
     * The thresholds of one method, as text for explanations, such as {@code 0.95/0.60/0}.
     *
     * @param method the method
     * @return the thresholds in a few characters
     */
    public String describe(Method method) {
        if (method == Method.TIME_ELAPSED) {
            return "tolerance " + timeElapsedTolerance.toPlainString() + ", lagging " + timeElapsedLagging.toPlainString();
        }
        if (method == Method.GROWTH_RATIO) {
            return growthRatioOnTrack.toPlainString() + "/" + growthRatioLagging.toPlainString() + "/0";
        }
        return trendOnTrack.toPlainString() + "/" + trendLagging.toPlainString() + "/0 over "
                + trendWindowYears + " years";
    }
}
