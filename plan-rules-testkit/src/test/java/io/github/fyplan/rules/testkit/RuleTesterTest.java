package io.github.fyplan.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Status;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RuleTesterTest {
    /** Tianning 19 居民人均可支配收入, target 9 in 2025, baseline 6.5 in 2020. */
    private final Indicator income = RuleTester.indicator("TN-19", "居民人均可支配收入", "9", "6.5");

    @Test
    void testsTheBuiltInRuleInAFewLines() {
        // (7.8 − 6.5) / (9 − 6.5) = 52% with 60% of the time elapsed: lagging.
        Assessment a = RuleTester.builtIn().indicator(income)
                .observed(2021, "7.0").observed(2022, "7.4").observed(2023, "7.8")
                .asOf(2023)
                .expectStatus(Status.LAGGING);
        assertEquals(Method.TIME_ELAPSED, a.method());
        // the same data by the growth-ratio method: (7.8/6.5)^(1/3) − 1 = 6.27% against 6.72% → 0.93 → lagging
        RuleTester.builtIn().indicator(income).method(Method.GROWTH_RATIO).observed(2023, "7.8").asOf(2023)
                .expectStatus(Status.LAGGING);
    }

    @Test
    void testsACustomRule() {
        Indicator unemployment = RuleTester.indicator("TN-20", "城镇登记失业率", "3");
        RuleTester.of(new LatestValueRule("3.5")).indicator(unemployment)
                .observed(2022, "3.8").observed(2023, "3.1").asOf(2023)
                .expectStatus(Status.CONSTRAINT_MET);
        RuleTester.of(new LatestValueRule("3.5")).indicator(unemployment)
                .observed(2023, "3.1").observed(2024, "3.9").asOf(2024)
                .expectStatus(Status.CONSTRAINT_BREACHED);
    }

    @Test
    void aWrongExpectationFailsQuotingTheExplanation() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> RuleTester.builtIn().indicator(income)
                .observed(2023, "7.8").asOf(2023).expectStatus(Status.ACHIEVED));
        assertTrue(e.getMessage().contains("52.0%"), e.getMessage());
    }

    @Test
    void refusesAnIncompleteSetUp() {
        assertThrows(IllegalStateException.class, () -> RuleTester.builtIn().indicator(income).assess());
        assertThrows(IllegalStateException.class, () -> RuleTester.builtIn().observed(2023, "1"));
    }
}
