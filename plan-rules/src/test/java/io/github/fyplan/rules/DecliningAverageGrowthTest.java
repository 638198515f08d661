package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Check.near;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.Comparison;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Average growth targets that require a decline ("年均下降3%", written as average growth ≤ −3% a year),
 * such as energy use per unit of GDP: graded like a required growth, by the ratio of the actual decline
 * to the required one, by each method's thresholds.
 *
 * <p>Base 100 (2020), average growth ≤ −3% a year over 2020–2025. Hand computations (rounded):
 * 92 in 2023 is (0.92)^(1/3) − 1 = −2.741% a year, ratio −0.027411 / −0.03 = 0.9137; 91.5 is −2.918%,
 * ratio 0.9725; 95.1 is −1.661%, ratio 0.5536; 98 is −0.671%, ratio 0.2237; 100 is 0%, ratio 0; 103 is
 * +0.990%, ratio −0.3301; 90 is −3.451%, which meets the bound.
 */
class DecliningAverageGrowthTest {

    /** 单位地区生产总值能耗 (lower is better), 100 in 2020, average growth ≤ −3% a year over 2020–2025. */
    private static Indicator energyIntensity(String percent, Comparison cmp) {
        Indicator row = Seeds.row("TN", 25, "环境美", "单位地区生产总值能耗", "吨标准煤/万元", "约束性", "");
        return row.withTarget(new AverageGrowthTarget(new BigDecimal(percent), cmp, Year.of(2020), Year.of(2025)))
                .withBaseline(new Baseline(Year.of(2020), new BigDecimal("100"), "test: plausible value"));
    }

    private static final Indicator FALL_3 = energyIntensity("-3", Comparison.AT_MOST);

    @Test
    void theIndicatorIsLowerIsBetter() {
        assertEquals(Polarity.LOWER_IS_BETTER, FALL_3.direction().polarity());
    }

    @Test
    void aDeclineCloseToTheRequiredPaceIsLaggingOrOnTrackByTheMethod() {
        // 92 in 2023: ratio 0.9137: time-elapsed < 0.95, ≥ 0.5 → lagging; growth ratio < 0.95, ≥ 0.6 → lagging;
        // trend < 1, > 0.5 → lagging. Still required: (85.873 / 92)^(1/2) − 1 = −3.39% a year.
        for (Method m : Method.values()) {
            Assessment a = assess(m, FALL_3, 2023, obs("TN-25", "2021=97", "2022=95", "2023=92"));
            assertEquals(Status.LAGGING, a.status(), m.name());
            near(0.9137, a.metrics().score(), 0.0001);
            near(-0.027411, a.metrics().actualGrowth(), 0.000001);
            near(-0.033870, a.metrics().requiredGrowth(), 0.000001);
            near(85.8734, a.metrics().targetLevel(), 0.0001);
            assertTrue(a.explanation().en().contains("-2.74% a year against average growth ≤ -3% a year over 2020–2025, "
                    + "ratio 0.91; -3.39% a year is required from now"), a.explanation().en());
        }
        // 91.5: ratio 0.9725 ≥ 0.95 → on track for time-elapsed and growth ratio; < 1 → lagging for trend.
        assertEquals(Status.ON_TRACK, assess(Method.TIME_ELAPSED, FALL_3, 2023, obs("TN-25", "2023=91.5")).status());
        assertEquals(Status.ON_TRACK, assess(Method.GROWTH_RATIO, FALL_3, 2023, obs("TN-25", "2023=91.5")).status());
        Assessment trend = assess(Method.TREND, FALL_3, 2023, obs("TN-25", "2023=91.5"));
        assertEquals(Status.LAGGING, trend.status());
        near(0.9725, trend.metrics().score(), 0.0001);
    }

    @Test
    void aSlowDeclineIsGradedByEachMethodsLaggingThreshold() {
        // 95.1: ratio 0.5536: time-elapsed ≥ 0.5 → lagging; growth ratio < 0.6 → off track; trend > 0.5 → lagging.
        assertEquals(Status.LAGGING, assess(Method.TIME_ELAPSED, FALL_3, 2023, obs("TN-25", "2023=95.1")).status());
        assertEquals(Status.OFF_TRACK, assess(Method.GROWTH_RATIO, FALL_3, 2023, obs("TN-25", "2023=95.1")).status());
        assertEquals(Status.LAGGING, assess(Method.TREND, FALL_3, 2023, obs("TN-25", "2023=95.1")).status());
        // 98: ratio 0.2237, below every lagging threshold → off track.
        for (Method m : Method.values()) {
            Assessment a = assess(m, FALL_3, 2023, obs("TN-25", "2023=98"));
            assertEquals(Status.OFF_TRACK, a.status(), m.name());
            near(0.2237, a.metrics().score(), 0.0001);
        }
    }

    @Test
    void aRiseWhenADeclineIsRequiredIsMovingAwayAndAStallIsOffTrack() {
        // 103: +0.99% a year, ratio −0.3301 < 0 → moving away by every method.
        for (Method m : Method.values()) {
            Assessment a = assess(m, FALL_3, 2023, obs("TN-25", "2023=103"));
            assertEquals(Status.MOVING_AWAY, a.status(), m.name());
            near(-0.3301, a.metrics().score(), 0.0001);
            assertTrue(a.explanation().en().contains("ratio -0.33"), a.explanation().en());
        }
        // 100: no change, ratio 0: stalled → off track (as a growth target whose value has not moved).
        for (Method m : Method.values()) {
            Assessment a = assess(m, FALL_3, 2023, obs("TN-25", "2023=100"));
            assertEquals(Status.OFF_TRACK, a.status(), m.name());
            assertEquals(0, a.metrics().score().signum());
        }
    }

    @Test
    void aMetDeclineIsOnTrackThenAchievedOrNot() {
        // 90 in 2023: −3.45% a year ≤ −3% → on track, ungraded (no score), as a met growth target.
        for (Method m : Method.values()) {
            Assessment a = assess(m, FALL_3, 2023, obs("TN-25", "2023=90"));
            assertEquals(Status.ON_TRACK, a.status(), m.name());
            assertNull(a.metrics().score());
        }
        // The end year: 85 is (0.85)^(1/5) − 1 = −3.20% → achieved; 88 is −2.52% → not achieved.
        assertEquals(Status.ACHIEVED, assess(Method.TREND, FALL_3, 2025, obs("TN-25", "2025=85")).status());
        assertEquals(Status.NOT_ACHIEVED, assess(Method.GROWTH_RATIO, FALL_3, 2025, obs("TN-25", "2025=88")).status());
    }

    @Test
    void boundsThatAreNotAPaceStayOffTrackWhenMissed() {
        // "≤ 5%" (a cap on growth), 100 → 120 in 2023 is 6.27% a year: off track, no score.
        Indicator cap = energyIntensity("5", Comparison.AT_MOST);
        Assessment capped = assess(Method.GROWTH_RATIO, cap, 2023, obs("TN-25", "2023=120"));
        assertEquals(Status.OFF_TRACK, capped.status());
        assertNull(capped.metrics().score());
        // "≥ −2%" (a decline of at most 2%), 100 → 88 in 2023 is −4.17% a year: off track, no score.
        Indicator floor = energyIntensity("-2", Comparison.AT_LEAST);
        Assessment floored = assess(Method.TIME_ELAPSED, floor, 2023, obs("TN-25", "2023=88"));
        assertEquals(Status.OFF_TRACK, floored.status());
        assertNull(floored.metrics().score());
    }
}
