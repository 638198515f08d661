package io.github.fyplan.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.testkit.quicktheories.QuickTheoriesGens;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The adapters in use with QuickTheories. */
class QuickTheoriesGensTest {
    @Test
    void theBuiltInRuleAssessesEveryGeneratedCaseForItsIndicatorAndYear() {
        qt().withExamples(200).forAll(QuickTheoriesGens.ruleCases()).checkAssert(c -> {
            Assessment a = c.applyTo(IndicatorRule.builtIn());
            assertEquals(c.indicator().id(), a.indicatorId());
            assertEquals(c.context().asOf(), a.asOf());
        });
    }

    @Test
    void generatedSeriesHaveOneValuePerYear() {
        qt().forAll(QuickTheoriesGens.series(Generators.randomWalk("X", Year.of(2020), Year.of(2025),
                BigDecimal.TEN, BigDecimal.ONE))).checkAssert(s -> assertEquals(6, s.stream().map(o -> o.year()).distinct().count()));
    }
}
