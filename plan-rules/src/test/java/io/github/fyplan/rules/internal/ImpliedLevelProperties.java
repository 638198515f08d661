package io.github.fyplan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The built-in rule's implied level of a change is the model's, number and scale. */
class ImpliedLevelProperties {

    private static void sameLevel(ChangeKind kind, BigDecimal change, BigDecimal base) {
        ChangeTarget t = new ChangeTarget(kind, change, Comparison.AT_LEAST, Year.of(2020), Year.of(2025));
        BigDecimal expected = t.impliedLevel(base);
        BigDecimal actual = BuiltInRule.impliedLevel(t, base);
        // equals compares the scale too: 1.50 is not 1.5 here
        assertEquals(expected, actual, () -> kind + " " + change + " from " + base + ": " + expected + " but " + actual);
    }

    @Test
    void everyKindGivesTheModelsLevel() {
        qt().withExamples(20_000).forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(-4, 8),
                longs().between(-100_000, 100_000), integers().between(-3, 4))
                .checkAssert((base, baseScale, change, changeScale) -> {
                    for (ChangeKind kind : ChangeKind.values()) {
                        sameLevel(kind, BigDecimal.valueOf(change, changeScale), BigDecimal.valueOf(base, baseScale));
                    }
                });
    }

    @Test
    void roundPercentagesAndZerosKeepTheModelsScale() {
        String[] bases = {"0", "0.00", "0E+3", "100", "100.00", "1E+2", "1E+5", "250.5", "-40", "12345678901234567890.123"};
        String[] changes = {"0", "0.0", "-100", "-100.00", "100", "-50", "7.5", "1E+1", "-0.01", "3.333"};
        for (String b : bases) {
            for (String p : changes) {
                sameLevel(ChangeKind.PERCENT, new BigDecimal(p), new BigDecimal(b));
            }
        }
    }
}
