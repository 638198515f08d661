package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsistentPeriodTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @ParameterizedTest
    @CsvSource({"2020,2021,2025,2035", "2020,2021,2021,2021", "1952,1953,1957,1957", "2025,2026,2030,2035"})
    void acceptsOrderedPeriods(int base, int first, int last, int vision) {
        ValidationReport report = VALIDATOR.validate(
                PlanEdits.withPeriod(SamplePlans.minimal(), PlanPeriod.of(base, first, last, vision)));
        assertTrue(report.findings().isEmpty(), report::toString);
    }

    @ParameterizedTest(name = "base {0}, first {1}, last {2}, vision {3}")
    @CsvSource({"2021,2021,2025,2035", "2022,2021,2025,2035", "2020,2021,2020,2035", "2020,2021,2025,2024"})
    void rejectsPeriodsOutOfOrder(int base, int first, int last, int vision) {
        ValidationReport report = VALIDATOR.validate(
                PlanEdits.withPeriod(SamplePlans.minimal(), PlanPeriod.of(base, first, last, vision)));
        Finding f = assertSingle(report, "FYP-MODEL-010", Severity.ERROR, "period", "/period");
        assertEquals(String.valueOf(base), f.arguments().get("base"));
        assertEquals(String.valueOf(vision), f.arguments().get("vision"));
        assertTrue(f.messageEn().contains("base " + base), f.messageEn());
        assertTrue(f.messageZh().contains("远景年 " + vision), f.messageZh());
    }
}
