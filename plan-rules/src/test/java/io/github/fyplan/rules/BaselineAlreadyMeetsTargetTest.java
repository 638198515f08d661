package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Check.exactly;
import static io.github.fyplan.rules.Check.near;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.LevelTarget;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A level target whose baseline already meets it (issue 5): an "at most" target, or a binding
 * indicator's bound, is a constraint held every year; an expected indicator's "at least" target is a
 * level to reach by the target year, judged on the latest value.
 */
class BaselineAlreadyMeetsTargetTest {

    /** WJ-06 每万人发明专利拥有量 64以上 (预期性): at least 64 by 2025, baseline 65 in 2020. */
    private static Indicator patents() {
        Indicator i = Seeds.indicator("WJ-06", "65").withDirection(Direction.stated(Polarity.HIGHER_IS_BETTER, "test"));
        assertEquals(Attribute.EXPECTED, i.attribute());
        assertEquals(new LevelTarget(Comparison.AT_LEAST, new BigDecimal("64"), Year.of(2025)), i.target());
        return i;
    }

    /** TN-19 居民人均可支配收入 9 (预期性): at least 9 by 2025, baseline 9.5 in 2020 (the audit's case). */
    private static Indicator income() {
        Indicator i = Seeds.indicator("TN-19", "9.5").withDirection(Direction.stated(Polarity.HIGHER_IS_BETTER, "test"));
        assertEquals(Attribute.EXPECTED, i.attribute());
        LevelTarget t = (LevelTarget) i.target();
        assertEquals(Comparison.AT_LEAST, t.comparison());
        exactly("9", t.value());
        return i;
    }

    @Test
    void anExpectedAtLeastTargetMetAtBaselineAndStillMetIsAchievedUnderEveryMethod() {
        // 65 (2020) already ≥ 64; 2021 65.5, 2022 66, 2023 67: the latest value 67 ≥ 64 → achieved, ahead of
        // time (2023 < 2025). No method formula runs: progress (67 − 65) / (64 − 65) = −2 would be nonsense.
        for (Method m : Method.values()) {
            Assessment a = assess(m, patents(), 2023, obs("WJ-06", "2021=65.5", "2022=66", "2023=67"));
            assertEquals(Status.ACHIEVED, a.status(), m::name);
            exactly("67", a.metrics().latestValue());
            exactly("65", a.metrics().baselineValue());
            exactly("64", a.metrics().targetLevel());
            assertNull(a.metrics().progress(), m::name);
            assertNull(a.metrics().score(), m::name);
            assertEquals(List.of(), a.breachedYears());
            assertEquals("WJ-06: 67 in 2023 meets the target ≥ 64 by 2025, ahead of time; the baseline 65 (2020) "
                    + "already met it: achieved.", a.explanation().en());
            assertEquals("WJ-06：2023年为67，已达到目标2025年≥64，提前完成（基数65，2020年已达到），已完成。",
                    a.explanation().zh());
        }
    }

    @Test
    void aGapFollowsTheMissingValueStrategyLikeAnyLevel() {
        // WJ-06 ≥ 64 from 65 (2020), as of 2023 with 2022 missing: 2021 = 65.5, 2023 = 67. The span 2021–2023
        // lacks 2022. Skip if any value is missing → no data, 2022 named; skip only if all are missing, or
        // never skip → judged on 2023's 67 ≥ 64 → achieved, 2022 still named.
        List<Year> gap = List.of(Year.of(2022));
        for (MissingValueStrategy s : MissingValueStrategy.values()) {
            Evaluator e = Evaluator.builder().missingValues(s).build();
            Assessment a = assess(e, patents(), 2023, obs("WJ-06", "2021=65.5", "2023=67"));
            assertEquals(s == MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING ? Status.NO_DATA : Status.ACHIEVED,
                    a.status(), s::name);
            assertEquals(gap, a.missingYears(), s::name);
            assertTrue(a.explanation().en().contains("2022"), a.explanation()::en);
        }
    }

    @Test
    void theAuditsExpectedTargetOfNineIsAchievedNotAConstraint() {
        // TN-19 ≥ 9 with baseline 9.5 and every value ≥ 9 (9.6, 9.8, 10.1): achieved, not "constraint met".
        for (Method m : Method.values()) {
            assertEquals(Status.ACHIEVED, assess(m, income(), 2023,
                    obs("TN-19", "2021=9.6", "2022=9.8", "2023=10.1")).status(), m::name);
        }
    }

    @Test
    void aDipBelowTheLevelThatRecoversIsAchieved() {
        // TN-19 ≥ 9, baseline 9.5: 2021 = 8.9 < 9 (a dip), 2023 = 10 ≥ 9. An expected level is judged on the
        // latest value: achieved, not "constraint breached in 2021" (that would be so for a binding one).
        for (Method m : Method.values()) {
            Assessment a = assess(m, income(), 2023, obs("TN-19", "2021=8.9", "2023=10"));
            assertEquals(Status.ACHIEVED, a.status(), m::name);
            assertEquals(List.of(), a.breachedYears());
            exactly("10", a.metrics().latestValue());
        }
    }

    @Test
    void fallenBelowBeforeTheTargetYearIsMovingAway() {
        // 65 (2020) ≥ 64, then 2021 63.8, 2022 63.5, 2023 63, all < 64; two years left (2024, 2025):
        // required a year (64 − 63) / 2 = 0.5; required growth (64 / 63)^(1/2) − 1 = 0.7905%.
        for (Method m : Method.values()) {
            Assessment a = assess(m, patents(), 2023, obs("WJ-06", "2021=63.8", "2022=63.5", "2023=63"));
            assertEquals(Status.MOVING_AWAY, a.status(), m::name);
            exactly("63", a.metrics().latestValue());
            assertEquals(Year.of(2023), a.metrics().latestYear());
            exactly("65", a.metrics().baselineValue());
            assertEquals(Year.of(2020), a.metrics().baselineYear());
            exactly("64", a.metrics().targetLevel());
            assertEquals(Year.of(2025), a.metrics().targetYear());
            exactly("0.5", a.metrics().requiredYearlyAmount());
            near(Math.sqrt(64.0 / 63) - 1, a.metrics().requiredGrowth(), 1e-14);
            assertNull(a.metrics().progress());
            assertNull(a.metrics().timeElapsed());
            assertNull(a.metrics().score());
            assertNull(a.metrics().actualGrowth());
            // not graded by a method: the explanation names no method
            assertEquals("WJ-06: 63 in 2023 fell below the target ≥ 64 by 2025, a level its baseline 65 (2020) "
                    + "already met; getting back needs 0.5 a year: moving away.", a.explanation().en());
            assertEquals("WJ-06：2023年为63，低于目标2025年≥64，而基数65（2020年）已达到该水平，恢复达标需年均0.5，背离目标。",
                    a.explanation().zh());
        }
        // 2021 = 66 ≥ 64, 2022 = 63 < 64, as of 2022: it met the level after the base year and fell back;
        // three years left (2023–2025): (64 − 63) / 3 = 0.3333 a year.
        Assessment back = assess(Method.TREND, patents(), 2022, obs("WJ-06", "2021=66", "2022=63"));
        assertEquals(Status.MOVING_AWAY, back.status());
        near(1.0 / 3, back.metrics().requiredYearlyAmount(), 1e-15);
        assertTrue(back.explanation().en().contains("it met the bound in 2021 and fell back"), back.explanation().en());
        assertTrue(back.explanation().zh().contains("2021年曾达到，后回落"), back.explanation().zh());
    }

    @Test
    void aStrictBoundReachedExactlyIsNotMet() {
        // more than 64, baseline 65: 2023 = 64 is not > 64 → moving away; (64 − 64) / 2 = 0 a year is not
        // enough, so the explanation says "more than 0".
        Indicator strict = patents().withTarget(new LevelTarget(Comparison.MORE_THAN, new BigDecimal("64"), Year.of(2025)));
        Assessment a = assess(Method.TIME_ELAPSED, strict, 2023, obs("WJ-06", "2023=64"));
        assertEquals(Status.MOVING_AWAY, a.status());
        exactly("0", a.metrics().requiredYearlyAmount());
        assertTrue(a.explanation().en().contains("getting back needs more than 0 a year"), a.explanation().en());
        assertTrue(a.explanation().zh().contains("恢复达标需年均超过0"), a.explanation().zh());
    }

    @Test
    void fallenBelowAtTheTargetYearIsNotAchieved() {
        // 65 (2020) ≥ 64, but 2025 = 63.5 < 64 at the target year → not achieved; nothing is required any more.
        // 2022 and 2024 have no value: named (the default strategy judges on the values present).
        for (Method m : Method.values()) {
            Assessment a = assess(m, patents(), 2025, obs("WJ-06", "2021=65", "2023=64.2", "2025=63.5"));
            assertEquals(Status.NOT_ACHIEVED, a.status(), m::name);
            exactly("63.5", a.metrics().latestValue());
            assertNull(a.metrics().requiredYearlyAmount());
            assertEquals("WJ-06: 63.5 in 2025 misses the target ≥ 64 by 2025; the baseline 65 (2020) already met it; "
                    + "it met the bound in 2021 and fell back; no value for 2022, 2024: not achieved.", a.explanation().en());
            assertEquals(List.of(Year.of(2022), Year.of(2024)), a.missingYears(), m::name);
            assertTrue(a.explanation().zh().contains("未达到目标2025年≥64（基数65，2020年已达到）"), a.explanation().zh());
        }
    }

    @Test
    void nothingObservedAfterTheBaselineIsNoData() {
        // the stated baseline alone does not show the level is still met in 2023
        assertEquals(Status.NO_DATA, assess(Method.TIME_ELAPSED, patents(), 2023, List.of()).status());
        Assessment a = assess(Method.GROWTH_RATIO, patents(), 2023, obs("WJ-06", "2020=65"));
        assertEquals(Status.NO_DATA, a.status());
        assertTrue(a.explanation().en().contains("no value after the base year 2020"), a.explanation().en());
    }

    @Test
    void aBindingAtLeastTargetAlreadyMetIsStillAConstraintHeldEveryYear() {
        // TN-29 城市空气质量优良天数比率 80 (约束性): at least 80, baseline 82 (2020). Binding indicators are
        // judged met or not met each year: 2022 = 79 < 80 breaches it although 2023 = 85 meets it.
        Indicator air = Seeds.indicator("TN-29", "82").withDirection(Direction.stated(Polarity.HIGHER_IS_BETTER, "test"));
        assertEquals(Attribute.BINDING, air.attribute());
        assertEquals(new LevelTarget(Comparison.AT_LEAST, new BigDecimal("80"), Year.of(2025)), air.target());
        for (Method m : Method.values()) {
            Assessment breached = assess(m, air, 2023, obs("TN-29", "2021=83", "2022=79", "2023=85"));
            assertEquals(Status.CONSTRAINT_BREACHED, breached.status(), m::name);
            assertEquals(List.of(Year.of(2022)), breached.breachedYears());
            assertTrue(breached.explanation().en().contains("binding constraint ≥ 80 was breached in 2022"),
                    breached.explanation().en());
            Assessment held = assess(m, air, 2023, obs("TN-29", "2021=83", "2022=81", "2023=85"));
            assertEquals(Status.CONSTRAINT_MET, held.status(), m::name);
            assertEquals(List.of(), held.breachedYears());
        }
    }

    @Test
    void anExpectedAtMostTargetAlreadyBelowIsStillAConstraint() {
        // WJ-12 城镇登记失业率 (预期性) at most 1.7 by 2025, baseline 1.5 (2020): an "at most" target already
        // met is a bound to hold every year (the rule), whatever the attribute: 2022 = 1.8 breaches it.
        Indicator jobless = Seeds.indicator("WJ-12", "1.5")
                .withTarget(new LevelTarget(Comparison.AT_MOST, new BigDecimal("1.7"), Year.of(2025)))
                .withDirection(Direction.stated(Polarity.LOWER_IS_BETTER, "test"));
        assertEquals(Attribute.EXPECTED, jobless.attribute());
        for (Method m : Method.values()) {
            Assessment a = assess(m, jobless, 2023, obs("WJ-12", "2021=1.6", "2022=1.8", "2023=1.6"));
            assertEquals(Status.CONSTRAINT_BREACHED, a.status(), m::name);
            assertEquals(List.of(Year.of(2022)), a.breachedYears());
            assertTrue(a.explanation().en().startsWith("WJ-12: the baseline 1.5 (2020) already meets ≤ 1.7 by 2025, "
                    + "so it is a bound to hold every year; the bound ≤ 1.7 was breached in 2022"), a.explanation().en());
            assertEquals(Status.CONSTRAINT_MET, assess(m, jobless, 2023,
                    obs("WJ-12", "2021=1.6", "2022=1.7", "2023=1.6")).status(), m::name);
        }
    }
}
