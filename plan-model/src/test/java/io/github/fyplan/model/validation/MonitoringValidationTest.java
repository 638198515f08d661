package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static io.github.fyplan.model.validation.FindingAssertions.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.TargetWording;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlanValidator#validate(Plan, MonitoringData)}. */
class MonitoringValidationTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final Plan PLAN = SamplePlans.minimal();

    private static MonitoringData data(Observation... observations) {
        return new MonitoringData(PLAN.id(), List.of(observations), List.of());
    }

    private static Judgement judgement(String id) {
        return new Judgement(id, Year.of(2022), JudgementOutcome.MET, "区发改局", LocalDate.of(2023, 3, 1), "市通报");
    }

    @Test
    void acceptsObservationsOfIndicatorsAndSeriesFromBaseToLastYear() {
        MonitoringData data = new MonitoringData(PLAN.id(), List.of(Observation.of("TN-03", 2020, "36.5"),
                Observation.of("TN-03", 2025, "30"), Observation.of("GDP", 2021, "1234.56"),
                new Observation("GDP", Year.of(2021), new BigDecimal("1240"), ObservationStatus.REVISED, "2022年统计年鉴",
                        "")), List.of(judgement("TN-02")));
        assertTrue(VALIDATOR.validate(PLAN, data).findings().isEmpty());
    }

    @Test
    void warnsAboutAnObservationOutsideThePeriod() {
        Finding f = assertSingle(VALIDATOR.validate(PLAN, data(Observation.of("TN-01", 2020, "12"),
                Observation.of("TN-01", 2026, "17"))), "FYP-MODEL-050", Severity.WARNING, "observations[1].year",
                "/observations/1/year");
        assertEquals("2026", f.arguments().get("year"));
        assertEquals("2020", f.arguments().get("from"));
        assertEquals("2025", f.arguments().get("to"));
        assertTrue(f.messageZh().contains("2020—2025"), f.messageZh());
    }

    @Test
    void rejectsADuplicatedObservation() {
        Finding f = assertSingle(VALIDATOR.validate(PLAN, data(Observation.of("TN-01", 2021, "12"),
                Observation.of("TN-02", 2021, "60"), Observation.of("TN-01", 2021, "12.5"))), "FYP-MODEL-051",
                Severity.ERROR, "observations[2]", "/observations/2");
        assertEquals("observations[0]", f.arguments().get("first"));
    }

    @Test
    void acceptsAPreliminaryAndAFinalValueOfOneYear() {
        MonitoringData data = data(new Observation("TN-01", Year.of(2021), new BigDecimal("12"),
                ObservationStatus.PRELIMINARY, "", ""), Observation.of("TN-01", 2021, "12.1"));
        assertTrue(VALIDATOR.validate(PLAN, data).findings().isEmpty());
    }

    @Test
    void warnsAboutAnObservationOfAnUnknownSeries() {
        Finding f = assertSingle(VALIDATOR.validate(PLAN, data(Observation.of("WJ-01", 2021, "3000"))),
                "FYP-MODEL-052", Severity.WARNING, "observations[0].seriesId", "/observations/0/seriesId");
        assertEquals("WJ-01", f.arguments().get("id"));
    }

    @Test
    void acceptsTheSeriesOfACompositeTargetsPartsButNoMore() {
        Indicator composite = PLAN.indicators().get(0).withTarget(TargetWording.parse(
                "药店、医疗机构均≥35%", "药品监督检查覆盖率", PLAN.period()));
        Plan plan = PLAN.withIndicators(List.of(composite));
        String id = composite.id();
        MonitoringData data = data(Observation.of(id + "#0", 2021, "36"), Observation.of(id + "#1", 2021, "30"),
                Observation.of(id + "#2", 2021, "30"));
        assertSingle(VALIDATOR.validate(plan, data), "FYP-MODEL-052", Severity.WARNING,
                "observations[2].seriesId", "/observations/2/seriesId");
    }

    @Test
    void warnsAboutAJudgementOfAnUnknownIndicator() {
        MonitoringData data = new MonitoringData(PLAN.id(), List.of(), List.of(judgement("TN-01"), judgement("GDP")));
        // A series cannot be judged: judgements are for indicators.
        assertSingle(VALIDATOR.validate(PLAN, data), "FYP-MODEL-053", Severity.WARNING, "judgements[1].indicatorId",
                "/judgements/1/indicatorId");
    }

    @Test
    void rejectsDataOfAnotherPlan() {
        MonitoringData data = new MonitoringData("cn-320412-14th", List.of(), List.of());
        Finding f = assertSingle(VALIDATOR.validate(PLAN, data), "FYP-MODEL-054", Severity.ERROR, "planId", "/planId");
        assertEquals("cn-320412-14th", f.arguments().get("planId"));
        assertEquals(PLAN.id(), f.arguments().get("expected"));
    }

    @Test
    void rejectsABlankSeriesIdWithTheBeanValidationConstraint() {
        Finding f = VALIDATOR.validate(PLAN, data(Observation.of(" ", 2021, "1"))).findings().get(0);
        FindingAssertions.assertFinding(f, "FYP-MODEL-001", Severity.ERROR, "observations[0].seriesId",
                "/observations/0/seriesId");
    }

    @Test
    void reportsEveryMonitoringProblemInPathOrder() {
        MonitoringData data = new MonitoringData("other", List.of(Observation.of("X", 2019, "1"),
                Observation.of("TN-01", 2021, "1"), Observation.of("TN-01", 2021, "2")), List.of(judgement("Y")));
        assertEquals(List.of("FYP-MODEL-053 judgements[0].indicatorId",
                "FYP-MODEL-052 observations[0].seriesId", "FYP-MODEL-050 observations[0].year",
                "FYP-MODEL-051 observations[2]", "FYP-MODEL-054 planId"),
                codesAndPaths(VALIDATOR.validate(PLAN, data)));
    }
}
