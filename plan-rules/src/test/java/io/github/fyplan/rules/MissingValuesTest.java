package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.exactly;
import static io.github.fyplan.rules.Check.near;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.monitoring.Observation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the missing-value strategy on the target forms judged as a level (level, about,
 * range, change, a reduction over the whole period) and on average growth: the years without a value
 * are named, never read as zero, and the strategy decides whether the rule is judged.
 */
class MissingValuesTest {
    private static final Evaluator SKIP_IF_ANY = evaluator(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING);
    private static final Evaluator SKIP_IF_ALL = evaluator(MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING);
    private static final Evaluator NEVER_SKIP = evaluator(MissingValueStrategy.NEVER_SKIP);

    private static Evaluator evaluator(MissingValueStrategy s) {
        return Evaluator.builder().method(Method.TIME_ELAPSED).missingValues(s).build();
    }

    private static List<Year> years(int... ys) {
        List<Year> out = new ArrayList<>();
        for (int y : ys) {
            out.add(Year.of(y));
        }
        return out;
    }

    private static Assessment assess(Evaluator e, Indicator i, int asOf, List<Observation> obs) {
        return Check.assess(e, i, asOf, obs);
    }

    /** TN-25's energy reduction made a 5% reduction over 2021–2025. */
    private static Indicator wholePeriodReduction() {
        return Seeds.byId("TN-25").withTarget(new ReductionRateTarget(new BigDecimal("5"), RateBasis.WHOLE_PERIOD,
                Year.of(2020), Year.of(2025)));
    }

    @Test
    void aWholePeriodReductionUsesEveryYearObservedPastAGap() {
        Indicator whole = wholePeriodReduction();
        List<Observation> gap = obs("TN-25", "2021=2.0", "2023=3.5");
        // 2021 and 2023 compound to 1 − (1 − 0.020) × (1 − 0.035) = 1 − 0.98 × 0.965 = 1 − 0.9457 = 5.43%
        // by 2023 ≥ 5% → achieved ahead of time; 2022 has no rate and is named, not read as a value.
        // (Before, the walk stopped at 2022: 2.0% in 2021 alone, 40% of the way with 20% of the time.)
        Assessment a = assess(SKIP_IF_ALL, whole, 2023, gap);
        assertEquals(Status.ACHIEVED, a.status());
        assertEquals(Year.of(2023), a.metrics().latestYear());
        exactly("5.43", a.metrics().latestValue());
        assertEquals(years(2022), a.missingYears());
        assertTrue(a.explanation().en().contains("no value for 2022"), a.explanation().en());
        assertTrue(a.explanation().text(Locale.CHINA).contains("2022年缺数"), a.explanation().zh());
        // never skip: judged on what is there, the same way.
        Assessment never = assess(NEVER_SKIP, whole, 2023, gap);
        assertEquals(Status.ACHIEVED, never.status());
        exactly("5.43", never.metrics().latestValue());
        assertEquals(years(2022), never.missingYears());
        // skip if any is missing: skipped, as the cumulative and every-year forms skip, with 2022 named.
        Assessment strict = assess(SKIP_IF_ANY, whole, 2023, gap);
        assertEquals(Status.NO_DATA, strict.status());
        assertEquals(years(2022), strict.missingYears());
        assertTrue(strict.explanation().en().contains("cannot be judged for 2021–2023; no value for 2022"),
                strict.explanation().en());
        // the same without the gap is judged under every strategy: 2.0, 1.0 (2022) and 3.5 compound to
        // 1 − 0.98 × 0.99 × 0.965 = 1 − 0.936243 = 6.3757% ≥ 5% → achieved, nothing missing.
        List<Observation> full = obs("TN-25", "2021=2.0", "2022=1.0", "2023=3.5");
        for (Evaluator e : List.of(SKIP_IF_ANY, SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment f = assess(e, whole, 2023, full);
            assertEquals(Status.ACHIEVED, f.status());
            exactly("6.3757", f.metrics().latestValue());
            assertEquals(List.of(), f.missingYears());
        }
    }

    @Test
    void aWholePeriodReductionGradedOnTheYearsObservedNamesTheGap() {
        Indicator whole = wholePeriodReduction();
        // 2021 = 1.0 and 2023 = 1.0, 2022 missing: 1 − 0.99² = 1.99% by 2023.
        // time elapsed: (2023 − 2020) / 5 = 60%; progress 1.99 / 5 = 39.8% < 55%; 39.8 / 60 = 0.663 ≥ 0.5 → lagging.
        List<Observation> gap = obs("TN-25", "2021=1.0", "2023=1.0");
        for (Evaluator e : List.of(SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, whole, 2023, gap);
            assertEquals(Status.LAGGING, a.status());
            exactly("1.99", a.metrics().latestValue());
            exactly("0.398", a.metrics().progress());
            exactly("0.6", a.metrics().timeElapsed());
            assertEquals(years(2022), a.missingYears());
        }
        assertEquals(Status.NO_DATA, assess(SKIP_IF_ANY, whole, 2023, gap).status());
        // the latest year missing: 2021 = 2.0, 2022 = 1.0, nothing for 2023: judged on 2.98% by 2022
        // (40% of the time, 59.6% of the way → on track), 2023 named.
        Assessment late = assess(SKIP_IF_ALL, whole, 2023, obs("TN-25", "2021=2.0", "2022=1.0"));
        assertEquals(Status.ON_TRACK, late.status());
        exactly("2.98", late.metrics().latestValue());
        assertEquals(years(2023), late.missingYears());
        // no rate at all: skipped, every year named; never-skip has no value to judge either.
        for (Evaluator e : List.of(SKIP_IF_ANY, SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment none = assess(e, whole, 2023, List.of());
            assertEquals(Status.NO_DATA, none.status());
            assertEquals(years(2021, 2022, 2023), none.missingYears());
        }
    }

    @Test
    void aLevelTargetNamesAGapAndFollowsTheStrategy() {
        // TN-19 居民人均可支配收入 ≥ 9 by 2025, baseline 6.5 (2020); 2022 missing.
        Indicator income = Seeds.indicator("TN-19", "6.5");
        assertTrue(income.target() instanceof LevelTarget);
        List<Observation> gap = obs("TN-19", "2021=7.0", "2023=7.9");
        // (7.9 − 6.5) / (9 − 6.5) = 56% of the way with (2023 − 2020) / 5 = 60% of the time: ≥ 55% → on track.
        for (Evaluator e : List.of(SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, income, 2023, gap);
            assertEquals(Status.ON_TRACK, a.status());
            exactly("0.56", a.metrics().progress());
            assertEquals(years(2022), a.missingYears());
            assertTrue(a.explanation().en().contains("; no value for 2022: on track"), a.explanation().en());
            assertTrue(a.explanation().text(Locale.CHINA).contains("，2022年缺数"), a.explanation().zh());
        }
        Assessment strict = assess(SKIP_IF_ANY, income, 2023, gap);
        assertEquals(Status.NO_DATA, strict.status());
        assertEquals(years(2022), strict.missingYears());
        assertEquals(Year.of(2023), strict.metrics().latestYear());
        assertNull(strict.metrics().progress());
        assertTrue(strict.explanation().en().contains("the target ≥ 9 by 2025 cannot be judged for 2021–2023; "
                + "no value for 2022"), strict.explanation().en());
        // the series complete: judged under every strategy, nothing named.
        List<Observation> full = obs("TN-19", "2021=7.0", "2022=7.4", "2023=7.9");
        for (Evaluator e : List.of(SKIP_IF_ANY, SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, income, 2023, full);
            assertEquals(Status.ON_TRACK, a.status());
            assertEquals(List.of(), a.missingYears());
        }
    }

    @Test
    void aLevelTargetCountsTheYearsUpToTheEvaluationYearAndTheTargetYear() {
        Indicator income = Seeds.indicator("TN-19", "6.5");
        // nothing for 2023, the evaluation year: judged on 7.4 (2022): (7.4 − 6.5) / 2.5 = 36% of the way
        // with 2/5 = 40% of the time: ≥ 35% → on track; 2023 named.
        Assessment late = assess(SKIP_IF_ALL, income, 2023, obs("TN-19", "2021=7.0", "2022=7.4"));
        assertEquals(Status.ON_TRACK, late.status());
        exactly("0.36", late.metrics().progress());
        assertEquals(years(2023), late.missingYears());
        assertEquals(Status.NO_DATA, assess(SKIP_IF_ANY, income, 2023, obs("TN-19", "2021=7.0", "2022=7.4")).status());
        // evaluated in 2027 on a complete 2021–2025: the years after the target year 2025 are not looked for.
        List<Observation> all = obs("TN-19", "2021=7.0", "2022=7.4", "2023=7.9", "2024=8.5", "2025=9.1");
        Assessment after = assess(SKIP_IF_ANY, income, 2027, all);
        assertEquals(Status.ACHIEVED, after.status());
        assertEquals(List.of(), after.missingYears());
        // evaluated in 2020, before the plan's first year: no year is looked for, the baseline year is not one.
        Assessment before = assess(SKIP_IF_ANY, income, 2020, obs("TN-19", "2020=6.5"));
        assertEquals(Status.NO_DATA, before.status());
        assertEquals(List.of(), before.missingYears());
        // no value at all: no data under every strategy, each year of 2021–2023 named.
        for (Evaluator e : List.of(SKIP_IF_ANY, SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment none = assess(e, income, 2023, List.of());
            assertEquals(Status.NO_DATA, none.status());
            assertEquals(years(2021, 2022, 2023), none.missingYears());
        }
        // a single value, 2021: the later years named; 7.0 is (7.0 − 6.5) / 2.5 = 20% of the way with 1/5 =
        // 20% of the time → on track by default, skipped if any value is missing.
        Assessment single = assess(SKIP_IF_ALL, income, 2023, obs("TN-19", "2021=7.0"));
        assertEquals(Status.ON_TRACK, single.status());
        assertEquals(years(2022, 2023), single.missingYears());
        assertEquals(Status.NO_DATA, assess(SKIP_IF_ANY, income, 2023, obs("TN-19", "2021=7.0")).status());
    }

    @Test
    void anAboutTargetFollowsTheStrategy() {
        // WJ-01 地区生产总值 3600左右 by 2025: higher is better, so reached from 3600 × (1 − 5%) = 3420.
        Indicator gdp = Seeds.indicator("WJ-01", "2800");
        assertTrue(gdp.target() instanceof AboutTarget);
        // 3450 (2023) ≥ 3420 → achieved ahead of time, 2022 named; skipped if any value is missing.
        List<Observation> gap = obs("WJ-01", "2021=3000", "2023=3450");
        for (Evaluator e : List.of(SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, gdp, 2023, gap);
            assertEquals(Status.ACHIEVED, a.status());
            assertEquals(years(2022), a.missingYears());
        }
        Assessment strict = assess(SKIP_IF_ANY, gdp, 2023, gap);
        assertEquals(Status.NO_DATA, strict.status());
        assertEquals(years(2022), strict.missingYears());
    }

    @Test
    void aRangeTargetFollowsTheStrategy() {
        // TN-24 护理型床位占比 given a range 70–80% by 2025 (higher is better: reach 70), baseline 50.
        Indicator beds = Seeds.indicator("TN-24", "50").withTarget(new RangeTarget(new BigDecimal("70"), true,
                new BigDecimal("80"), true, Year.of(2025)));
        // (66 − 50) / (70 − 50) = 80% of the way with 60% of the time → on track; 2021 and 2022 named.
        List<Observation> gap = obs("TN-24", "2023=66");
        for (Evaluator e : List.of(SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, beds, 2023, gap);
            assertEquals(Status.ON_TRACK, a.status());
            exactly("0.8", a.metrics().progress());
            assertEquals(years(2021, 2022), a.missingYears());
        }
        Assessment strict = assess(SKIP_IF_ANY, beds, 2023, gap);
        assertEquals(Status.NO_DATA, strict.status());
        assertEquals(years(2021, 2022), strict.missingYears());
    }

    @Test
    void aChangeTargetFollowsTheStrategy() {
        // WJ-34 生产安全事故死亡率 较2020年降低30%: from 0.02 (2020) the level to reach is 0.02 × 0.7 = 0.014.
        Indicator deaths = Seeds.indicator("WJ-34", "0.02");
        assertTrue(deaths.target() instanceof ChangeTarget);
        // 0.013 (2023) ≤ 0.014 → achieved ahead of time; 2022 named; skipped if any value is missing.
        List<Observation> gap = obs("WJ-34", "2021=0.018", "2023=0.013");
        for (Evaluator e : List.of(SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, deaths, 2023, gap);
            assertEquals(Status.ACHIEVED, a.status());
            exactly("0.014", a.metrics().targetLevel());
            assertEquals(years(2022), a.missingYears());
        }
        Assessment strict = assess(SKIP_IF_ANY, deaths, 2023, gap);
        assertEquals(Status.NO_DATA, strict.status());
        assertEquals(years(2022), strict.missingYears());
    }

    @Test
    void averageGrowthNamesTheYearsAfterTheStartAndFollowsTheStrategy() {
        // TN-03 固定资产投资年均增速 6% over 2020–2025, from 100 (2020).
        Indicator investment = Seeds.indicator("TN-03", "100");
        assertTrue(investment.target() instanceof AverageGrowthTarget);
        // 100 (2020) to 119.1016 (2023), 2022 missing: (119.1016 / 100)^(1/3) − 1 = 1.191016^(1/3) − 1 = 6%
        // a year, the rate → on track; the growth needs only the start and the latest value.
        List<Observation> gap = obs("TN-03", "2021=105", "2023=119.1016");
        for (Evaluator e : List.of(SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, investment, 2023, gap);
            assertEquals(Status.ON_TRACK, a.status());
            near(0.06, a.metrics().actualGrowth(), 1e-12);
            assertEquals(years(2022), a.missingYears());
            assertTrue(a.explanation().en().contains("(no value for 2022)"), a.explanation().en());
        }
        Assessment strict = assess(SKIP_IF_ANY, investment, 2023, gap);
        assertEquals(Status.NO_DATA, strict.status());
        assertEquals(years(2022), strict.missingYears());
        assertTrue(strict.explanation().en().contains("cannot be judged (no value for 2022)"), strict.explanation().en());
        // complete: judged under every strategy, nothing named.
        List<Observation> full = obs("TN-03", "2021=105", "2022=112", "2023=119.1016");
        for (Evaluator e : List.of(SKIP_IF_ANY, SKIP_IF_ALL, NEVER_SKIP)) {
            Assessment a = assess(e, investment, 2023, full);
            assertEquals(Status.ON_TRACK, a.status());
            assertEquals(List.of(), a.missingYears());
        }
        // no value after the start: no data by default, every year named.
        Assessment none = assess(SKIP_IF_ALL, investment, 2023, List.of());
        assertEquals(Status.NO_DATA, none.status());
        assertEquals(years(2021, 2022, 2023), none.missingYears());
    }
}
