package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Check.exactly;
import static io.github.fyplan.rules.Check.near;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.target.LevelTarget;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples of the time-elapsed method (时间过半、任务过半). */
class TimeElapsedMethodTest {
    /** TN-19 居民人均可支配收入, target 9 (万元/人) in 2025, baseline 6.5 in 2020. */
    private final Indicator income = Seeds.indicator("TN-19", "6.5");

    @Test
    void theSeedWordingIsALevelOfAtLeastNine() {
        assertEquals(new LevelTarget(io.github.fyplan.model.target.Comparison.AT_LEAST, new BigDecimal("9"), Year.of(2025)),
                income.target());
    }

    @Test
    void onScheduleWhenTheShareCoveredKeepsUpWithTheTime() {
        // 2023: time elapsed (2023 − 2020) / (2025 − 2020) = 3/5 = 60%.
        // progress (7.9 − 6.5) / (9 − 6.5) = 1.4 / 2.5 = 56% ≥ 60% − 5 points = 55% → on track.
        Assessment a = assess(Method.TIME_ELAPSED, income, 2023, obs("TN-19", "2021=7.0", "2022=7.4", "2023=7.9"));
        assertEquals(Status.ON_TRACK, a.status());
        exactly("0.6", a.metrics().timeElapsed());
        exactly("0.56", a.metrics().progress());
        exactly("6.5", a.metrics().baselineValue());
        assertEquals(Year.of(2023), a.metrics().latestYear());
        // the explanation quotes the numbers, in both languages
        assertTrue(a.explanation().en().contains("56.0%") && a.explanation().en().contains("60.0%"), a.explanation().en());
        assertTrue(a.explanation().text(Locale.CHINA).contains("时间进度60.0%"), a.explanation().zh());
        assertTrue(a.explanation().en().contains("time-elapsed method"));
    }

    @Test
    void laggingWhenBehindButAboveHalfTheSchedule() {
        // progress (7.8 − 6.5) / 2.5 = 52% < 55%; 52% / 60% = 0.867 ≥ 0.5 → lagging.
        // still required: (9 − 7.8) / 2 = 0.6 a year, or sqrt(9 / 7.8) − 1 = 7.42% a year.
        Assessment a = assess(Method.TIME_ELAPSED, income, 2023, obs("TN-19", "2021=7.0", "2022=7.4", "2023=7.8"));
        assertEquals(Status.LAGGING, a.status());
        exactly("0.6", a.metrics().requiredYearlyAmount());
        near(Math.sqrt(9 / 7.8) - 1, a.metrics().requiredGrowth(), 1e-12);
        near(0.52 / 0.6, a.metrics().score(), 1e-12);
    }

    @Test
    void offTrackBelowHalfTheScheduleAndMovingAwayBelowTheBaseline() {
        // progress (7.0 − 6.5) / 2.5 = 20%; 20% / 60% = 0.33 < 0.5 → off track.
        assertEquals(Status.OFF_TRACK, assess(Method.TIME_ELAPSED, income, 2023, obs("TN-19", "2023=7.0")).status());
        // progress (6.4 − 6.5) / 2.5 = −4% → moving away.
        assertEquals(Status.MOVING_AWAY, assess(Method.TIME_ELAPSED, income, 2023, obs("TN-19", "2023=6.4")).status());
    }

    @Test
    void toleranceIsConfigurable() {
        // 52% against 60% is lagging with 5 points of tolerance, on track with 10.
        Evaluator lenient = Evaluator.builder()
                .thresholds(Thresholds.defaults().withTimeElapsedTolerance(new BigDecimal("0.10"))).build();
        Assessment a = Check.assess(lenient, income, 2023, obs("TN-19", "2023=7.8"));
        assertEquals(Status.ON_TRACK, a.status());
        exactly("0.10", a.thresholds().timeElapsedTolerance());
    }

    @Test
    void lowerIsBetterProgressIsMeasuredDownward() {
        // TN-28 PM2.5浓度 ≤ 35 (binding), baseline 41 in 2020.
        // 2023: progress (36 − 41) / (35 − 41) = −5 / −6 = 83.3% ≥ 55% → on track.
        Indicator pm = Seeds.indicator("TN-28", "41");
        Assessment a = assess(Method.TIME_ELAPSED, pm, 2023, obs("TN-28", "2021=39", "2022=37", "2023=36"));
        assertEquals(Status.ON_TRACK, a.status());
        near(5.0 / 6, a.metrics().progress(), 1e-15);
        // 2023 = 43: progress (43 − 41) / −6 = −33% → moving away.
        assertEquals(Status.MOVING_AWAY, assess(Method.TIME_ELAPSED, pm, 2023, obs("TN-28", "2023=43")).status());
        // 2023 = 34: meets ≤ 35 → achieved, ahead of time.
        Assessment done = assess(Method.TIME_ELAPSED, pm, 2023, obs("TN-28", "2023=34"));
        assertEquals(Status.ACHIEVED, done.status());
        assertTrue(done.explanation().en().contains("ahead of time"));
    }

    @Test
    void changeFromBaseIsJudgedAgainstTheLevelItImplies() {
        // WJ-34 较2020年降低30%: the observations here are the death rate itself; base 0.020 → level 0.014.
        // 2023: progress (0.016 − 0.020) / (0.014 − 0.020) = 66.7% ≥ 55% → on track.
        Indicator rate = Seeds.indicator("WJ-34", "0.020");
        Assessment a = assess(Method.TIME_ELAPSED, rate, 2023, obs("WJ-34", "2021=0.019", "2022=0.017", "2023=0.016"));
        assertEquals(Status.ON_TRACK, a.status());
        exactly("0.014", a.metrics().targetLevel());
        near(2.0 / 3, a.metrics().progress(), 1e-15);
    }

    @Test
    void theFinalYearAsksOnlyWhetherTheTargetIsMet() {
        // 2025 = 8.8 < 9 → not achieved; 2025 = 9.1 → achieved.
        assertEquals(Status.NOT_ACHIEVED, assess(Method.TIME_ELAPSED, income, 2025, obs("TN-19", "2025=8.8")).status());
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, income, 2025, obs("TN-19", "2025=9.1")).status());
    }
}
