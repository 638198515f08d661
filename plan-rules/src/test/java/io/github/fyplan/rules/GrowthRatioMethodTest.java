package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Check.near;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of the growth-ratio method (Eurostat; Statistics Canada / Open SDG). */
class GrowthRatioMethodTest {

    @Test
    void aboutTargetIsReachedAtItsLowerToleranceBound() {
        // WJ-01 地区生产总值 3600左右: higher is better, so reaching 3600 × 0.95 = 3420 meets it.
        // base 2600 (2020), 2023 = 2900.
        // actual CAGR = (2900/2600)^(1/3) − 1 = 1.115385^(1/3) − 1 = 3.707%
        // required = (3420/2600)^(1/5) − 1 = 1.315385^(1/5) − 1 = 5.636%
        // ratio 0.658: ≥ 0.60 and < 0.95 → lagging (moderate progress).
        Indicator gdp = Seeds.indicator("WJ-01", "2600");
        Assessment a = assess(Method.GROWTH_RATIO, gdp, 2023, obs("WJ-01", "2021=2750", "2022=2800", "2023=2900"));
        assertEquals(Status.LAGGING, a.status());
        near(Math.pow(2900.0 / 2600, 1.0 / 3) - 1, a.metrics().actualGrowth(), 1e-14);
        near((Math.pow(2900.0 / 2600, 1.0 / 3) - 1) / (Math.pow(3420.0 / 2600, 0.2) - 1), a.metrics().score(), 1e-12);
        near(3420, a.metrics().targetLevel(), 0);
        assertTrue(a.explanation().en().contains("growth-ratio method, 0.95/0.60/0"), a.explanation().en());
        // 2023 = 2850: (2850/2600)^(1/3) − 1 = 3.108%, ratio 0.551 < 0.60 → off track (insufficient).
        assertEquals(Status.OFF_TRACK,
                assess(Method.GROWTH_RATIO, gdp, 2023, obs("WJ-01", "2023=2850")).status());
        // 2023 = 3100: (3100/2600)^(1/3) − 1 = 6.038% ≥ 0.95 × 5.636% → on track (significant progress).
        assertEquals(Status.ON_TRACK, assess(Method.GROWTH_RATIO, gdp, 2023, obs("WJ-01", "2023=3100")).status());
        // 2023 = 2500: negative growth → moving away.
        assertEquals(Status.MOVING_AWAY, assess(Method.GROWTH_RATIO, gdp, 2023, obs("WJ-01", "2023=2500")).status());
    }

    @Test
    void lowerIsBetterRatesAreBothNegative() {
        // TN-28 PM2.5 ≤ 35, base 41: actual (36/41)^(1/3) − 1 = −4.243%, required (35/41)^(1/5) − 1 = −3.115%,
        // ratio 1.362 → on track.
        Assessment a = assess(Method.GROWTH_RATIO, Seeds.indicator("TN-28", "41"), 2023,
                obs("TN-28", "2021=39", "2022=37", "2023=36"));
        assertEquals(Status.ON_TRACK, a.status());
        near((Math.pow(36.0 / 41, 1.0 / 3) - 1) / (Math.pow(35.0 / 41, 0.2) - 1), a.metrics().score(), 1e-12);
        // compound projection to 2025: 36 × (36/41)^(2/3) = 32.99
        near(36 * Math.pow(36.0 / 41, 2.0 / 3), a.metrics().projectedEndValue(), 1e-10);
    }

    @Test
    void thresholdsAreConfigurable() {
        // ratio 0.658 is lagging at 0.60 but off track with the lagging bar at 0.70.
        Evaluator strict = Evaluator.builder().method(Method.GROWTH_RATIO)
                .thresholds(Thresholds.defaults().withGrowthRatio(new BigDecimal("0.95"), new BigDecimal("0.70"))).build();
        Assessment a = Check.assess(strict, Seeds.indicator("WJ-01", "2600"), 2023, obs("WJ-01", "2023=2900"));
        assertEquals(Status.OFF_TRACK, a.status());
        assertEquals(Method.GROWTH_RATIO, a.method());
    }

    @Test
    void aZeroBaseLeavesGrowthUndefinedInsteadOfUsingASmallNumber() {
        // TN-14 新增主板上市企业 10, base 0: growth from 0 is undefined → not assessable (no 0.001 stand-in).
        Indicator listings = Seeds.indicator("TN-14", "0");
        Assessment a = assess(Method.GROWTH_RATIO, listings, 2023, obs("TN-14", "2023=5"));
        assertEquals(Status.NOT_ASSESSABLE, a.status());
        assertTrue(a.explanation().en().contains("zero or negative"));
        // the time-elapsed method still works: 5/10 = 50% against 60% → 0.83 of schedule → lagging.
        assertEquals(Status.LAGGING, assess(Method.TIME_ELAPSED, listings, 2023, obs("TN-14", "2023=5")).status());
    }

    @Test
    void averageGrowthTargetComparesActualCompoundGrowthWithTheRate() {
        // TN-06 社会消费品零售总额年均增速 7: observations are the retail sales (亿元); base 500 in 2020.
        // 2023 = 600: (600/500)^(1/3) − 1 = 6.266%; 6.266 / 7 = 0.895 → lagging under growth ratio (≥ 0.60).
        // level implied for 2025: 500 × 1.07^5 = 701.27586535; still required sqrt(701.27586535/600) − 1 = 8.11%.
        Indicator retail = Seeds.indicator("TN-06", "500");
        Assessment a = assess(Method.GROWTH_RATIO, retail, 2023, obs("TN-06", "2021=540", "2022=560", "2023=600"));
        assertEquals(Status.LAGGING, a.status());
        near(Math.cbrt(1.2) - 1, a.metrics().actualGrowth(), 1e-14);
        Check.exactly("701.27586535", a.metrics().targetLevel());
        near(Math.sqrt(701.27586535 / 600) - 1, a.metrics().requiredGrowth(), 1e-12);
        // 2023 = 620: (620/500)^(1/3) − 1 = 7.43% ≥ 7% → on track.
        assertEquals(Status.ON_TRACK, assess(Method.GROWTH_RATIO, retail, 2023, obs("TN-06", "2023=620")).status());
        // 2025 = 690 < 701.28: 6.65% a year → not achieved.
        assertEquals(Status.NOT_ACHIEVED, assess(Method.GROWTH_RATIO, retail, 2025, obs("TN-06", "2025=690")).status());
    }
}
