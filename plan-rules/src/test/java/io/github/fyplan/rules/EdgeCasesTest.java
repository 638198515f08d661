package io.github.fyplan.rules;

import static io.github.fyplan.rules.Check.assess;
import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gaps, single values, zero and negative bases, values past the target and back, misuse. */
class EdgeCasesTest {
    private final Indicator income = Seeds.indicator("TN-19", "6.5");

    @Test
    void aGapUsesTheLatestValueAndItsYear() {
        // 2021 and 2023 only: latest 2023; time elapsed 60%.
        Assessment a = assess(Method.TIME_ELAPSED, income, 2023, obs("TN-19", "2021=7.0", "2023=7.9"));
        assertEquals(Year.of(2023), a.metrics().latestYear());
        assertEquals(Status.ON_TRACK, a.status());
        // data up to 2022 only, evaluated as of 2023: time share at the latest value (2/5 = 40%)
        Assessment lag = assess(Method.TIME_ELAPSED, income, 2023, obs("TN-19", "2022=7.5"));
        Check.exactly("0.4", lag.metrics().timeElapsed());
        Check.exactly("0.4", lag.metrics().progress());
    }

    @Test
    void aSingleValueIsGradedAgainstTheBaselineOrNotAtAll() {
        assertEquals(Status.ON_TRACK, assess(Method.GROWTH_RATIO, income, 2023, obs("TN-19", "2023=7.9")).status());
        Indicator noBase = Seeds.byId("TN-19");
        Assessment a = assess(Method.TIME_ELAPSED, noBase, 2023, obs("TN-19", "2023=7.9"));
        assertEquals(Status.NOT_ASSESSABLE, a.status());
        assertTrue(a.explanation().en().contains("not moved"), a.explanation().en());
        // a single value that meets the target needs no baseline
        assertEquals(Status.ACHIEVED, assess(Method.TIME_ELAPSED, noBase, 2023, obs("TN-19", "2023=9.2")).status());
        // no value at all
        assertEquals(Status.NO_DATA, assess(Method.TREND, income, 2023, List.of()).status());
        // only the base year observed
        assertEquals(Status.NO_DATA, assess(Method.TIME_ELAPSED, Seeds.byId("TN-19"), 2023, obs("TN-19", "2020=6.5")).status());
    }

    @Test
    void theBaseYearIsNotMovedToTheFirstObservation() {
        // no baseline and no 2020 value: 2021 is not used as a base.
        Assessment a = assess(Method.GROWTH_RATIO, Seeds.byId("TN-19"), 2023, obs("TN-19", "2021=7.0", "2023=7.9"));
        assertEquals(Status.NOT_ASSESSABLE, a.status());
        assertEquals(null, a.metrics().baselineYear());
    }

    @Test
    void aNegativeBaseLeavesGrowthUndefined() {
        Indicator neg = Seeds.indicator("TN-19", "-1");
        assertEquals(Status.NOT_ASSESSABLE, assess(Method.GROWTH_RATIO, neg, 2023, obs("TN-19", "2023=5")).status());
        // progress is still defined: (5 + 1) / (9 + 1) = 60% → on track.
        assertEquals(Status.ON_TRACK, assess(Method.TIME_ELAPSED, neg, 2023, obs("TN-19", "2023=5")).status());
    }

    @Test
    void aValueThatMovedPastTheTargetAndBackIsJudgedOnTheLatestAndSaysSo() {
        // TN-33 ≥ 40, base 38: 2022 = 40.5 met, 2023 = 39.5 fell back: progress 75% ≥ 55% → on track, not achieved.
        Indicator green = Seeds.indicator("TN-33", "38");
        Assessment a = assess(Method.TIME_ELAPSED, green, 2023, obs("TN-33", "2022=40.5", "2023=39.5"));
        assertEquals(Status.ON_TRACK, a.status());
        assertTrue(a.explanation().en().contains("met the bound in 2022 and fell back"), a.explanation().en());
        Assessment end = assess(Method.TIME_ELAPSED, green, 2025, obs("TN-33", "2022=40.5", "2025=39.8"));
        assertEquals(Status.NOT_ACHIEVED, end.status());
        assertTrue(end.explanation().zh().contains("2022年曾达到"), end.explanation().zh());
    }

    @Test
    void valuesAfterTheEvaluationYearAreNotUsed() {
        Assessment a = assess(Method.TIME_ELAPSED, income, 2022, obs("TN-19", "2022=7.4", "2023=9.5"));
        assertEquals(Year.of(2022), a.metrics().latestYear());
        assertEquals(Status.ON_TRACK, a.status());
    }

    @Test
    void aRevisedValueWinsOverAPreliminaryOneWhateverTheOrder() {
        Observation prelim = new Observation("TN-19", Year.of(2023), new BigDecimal("9.5"), ObservationStatus.PRELIMINARY, "快报", "");
        Observation revised = new Observation("TN-19", Year.of(2023), new BigDecimal("7.8"), ObservationStatus.REVISED, "年鉴", "");
        List<Observation> one = List.of(prelim, revised);
        List<Observation> other = new ArrayList<>(List.of(revised, prelim));
        assertEquals(Status.LAGGING, assess(Method.TIME_ELAPSED, income, 2023, one).status());
        assertEquals(assess(Method.TIME_ELAPSED, income, 2023, one), assess(Method.TIME_ELAPSED, income, 2023, other));
    }

    @Test
    void equalValuesWrittenWithDifferentScalesAreChosenTheSameWayInAnyOrder() {
        // regression: 7.8 and 7.80 compare equal; the choice must still not depend on the order given
        List<Observation> one = List.of(Observation.of("TN-19", 2023, "7.8"), Observation.of("TN-19", 2023, "7.80"));
        List<Observation> other = List.of(one.get(1), one.get(0));
        assertEquals(assess(Method.TIME_ELAPSED, income, 2023, one), assess(Method.TIME_ELAPSED, income, 2023, other));
        assertEquals(new BigDecimal("7.80"), assess(Method.TIME_ELAPSED, income, 2023, one).metrics().latestValue());
    }

    @Test
    void evaluatingBeforeTheBaseYearIsMisuse() {
        Evaluator e = Evaluator.builder().build();
        RuleUsageException x = assertThrows(RuleUsageException.class, () -> e.context(Seeds.PERIOD, Year.of(2019)));
        assertTrue(x.getMessage().contains("2019") && x.getMessage().contains("2020"), x.getMessage());
    }

    @Test
    void evaluatingAtTheBaseYearGivesNoDataRatherThanAGrade() {
        assertEquals(Status.NO_DATA, assess(Method.TIME_ELAPSED, income, 2020, obs("TN-19", "2020=6.5")).status());
    }
}
