package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Check.near;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.Indicator;
import org.junit.jupiter.api.Test;

/** Worked examples of the trend method (SDSN). */
class TrendMethodTest {
    /** TN-33 建成区绿化覆盖率 ≥ 40 by 2025, base 38.0 in 2020: required (40 − 38) / 5 = 0.4 a year. */
    private final Indicator green = Seeds.indicator("TN-33", "38.0");

    @Test
    void moderatelyImprovingAboveHalfTheRequiredRate() {
        // window 3 years back from 2023 → 2020 (the baseline): recent (39.0 − 38.0) / 3 = 0.333 a year;
        // 0.333 / 0.4 = 0.833 > 0.5 → lagging ("moderately improving").
        Assessment a = assess(Method.TREND, green, 2023, obs("TN-33", "2021=38.2", "2022=38.6", "2023=39.0"));
        assertEquals(Status.LAGGING, a.status());
        near(1.0 / 3 / 0.4, a.metrics().score(), 1e-12);
        // linear projection from 2020 through 2023: 39.0 + 2 × 0.333 = 39.67
        near(39.0 + 2.0 / 3, a.metrics().projectedEndValue(), 1e-12);
    }

    @Test
    void onTrackAtTheRequiredRate() {
        // recent (39.2 − 38.0) / 3 = 0.4 = required → ratio 1.00 → on track.
        assertEquals(Status.ON_TRACK, assess(Method.TREND, green, 2023, obs("TN-33", "2023=39.2")).status());
    }

    @Test
    void stagnatingAndDecreasing() {
        // recent (38.3 − 38.0) / 3 = 0.1; 0.1 / 0.4 = 0.25 ≤ 0.5 → off track ("stagnating").
        assertEquals(Status.OFF_TRACK, assess(Method.TREND, green, 2023, obs("TN-33", "2023=38.3")).status());
        // recent (37.7 − 38.0) / 3 < 0 → moving away ("decreasing").
        assertEquals(Status.MOVING_AWAY, assess(Method.TREND, green, 2023, obs("TN-33", "2023=37.7")).status());
    }

    @Test
    void theWindowLooksOnlyAtRecentYears() {
        // as of 2024 with a 2-year window: from 2022 (38.2) to 2024 (39.0): 0.4 a year → on track,
        // although from the baseline it would be (39.0 − 38.0) / 4 = 0.25 (ratio 0.625).
        Evaluator twoYears = Evaluator.builder().method(Method.TREND)
                .thresholds(Thresholds.defaults().withTrend(new java.math.BigDecimal("1.00"),
                        new java.math.BigDecimal("0.50"), 2)).build();
        Assessment a = Check.assess(twoYears, green, 2024, obs("TN-33", "2022=38.2", "2024=39.0"));
        assertEquals(Status.ON_TRACK, a.status());
        near(1.0, a.metrics().score(), 1e-12);
    }

    @Test
    void lowerIsBetterWorksWithTheTrend() {
        // TN-28 PM2.5 ≤ 35, base 41: required (35 − 41) / 5 = −1.2 a year; recent (36 − 41) / 3 = −1.667;
        // ratio 1.389 → on track.
        Assessment a = assess(Method.TREND, Seeds.indicator("TN-28", "41"), 2023, obs("TN-28", "2023=36"));
        assertEquals(Status.ON_TRACK, a.status());
        near((5.0 / 3) / 1.2, a.metrics().score(), 1e-12);
    }

    @Test
    void aSingleValueWithoutBaselineInTheWindowHasNoTrend() {
        // only 2023 and a baseline of 2015 outside the 3-year window: no recent trend.
        Indicator old = green.withBaseline(new io.github.fyplan.model.Baseline(java.time.Year.of(2015),
                new java.math.BigDecimal("37"), "test"));
        assertEquals(Status.NOT_ASSESSABLE, assess(Method.TREND, old, 2023, obs("TN-33", "2023=39")).status());
    }
}
