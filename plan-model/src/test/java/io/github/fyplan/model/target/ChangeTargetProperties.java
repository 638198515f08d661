package io.github.fyplan.model.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.fixtures.PlanGenerators;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** {@link ChangeTarget#impliedLevel} is computed exactly, without rounding. */
class ChangeTargetProperties {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static ChangeTarget change(ChangeKind kind, BigDecimal value) {
        return new ChangeTarget(kind, value, Comparison.AT_LEAST, Year.of(2020), Year.of(2025));
    }

    @Test
    void aPercentChangeImpliesExactlyBaseTimesOnePlusPercent() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((base, p) -> {
            BigDecimal implied = change(ChangeKind.PERCENT, p).impliedLevel(base);
            // implied × 100 = base × (100 + p), exactly: nothing was rounded away.
            return implied.multiply(HUNDRED).compareTo(base.multiply(HUNDRED.add(p))) == 0;
        });
    }

    /**
     * The level of a percent change has the number and the scale of the plain exact division
     * base × (100 + p) / 100 (it is computed by moving the decimal point): 1250 / 100 = 12.5 (scale 1),
     * 1200 / 100 = 12 (scale 0), 0.00 stays 0.00.
     */
    @Test
    void aPercentChangeHasTheNumberAndScaleOfTheExactDivision() {
        qt().withExamples(20_000).forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(-4, 8),
                longs().between(-100_000, 100_000), integers().between(-3, 4))
                .checkAssert((base, baseScale, change, changeScale) -> sameAsDivision(
                        BigDecimal.valueOf(base, baseScale), BigDecimal.valueOf(change, changeScale)));
        String[] bases = {"0", "0.00", "0E+3", "100", "100.00", "1E+2", "1E+5", "250.5", "-40", "12345678901234567890.123"};
        String[] changes = {"0", "0.0", "-100", "-100.00", "100", "-50", "7.5", "1E+1", "-0.01", "3.333"};
        for (String b : bases) {
            for (String p : changes) {
                sameAsDivision(new BigDecimal(b), new BigDecimal(p));
            }
        }
    }

    private static void sameAsDivision(BigDecimal base, BigDecimal p) {
        BigDecimal expected = base.multiply(HUNDRED.add(p)).divide(HUNDRED);
        // equals compares the scale too: 1.50 is not 1.5 here
        assertEquals(expected, change(ChangeKind.PERCENT, p).impliedLevel(base), () -> p + "% from " + base);
    }

    @Test
    void aPercentChangeIsRecoveredFromTheImpliedLevel() {
        qt().forAll(PlanGenerators.decimals(), PlanGenerators.signedDecimals()).check((base, p) -> {
            BigDecimal implied = change(ChangeKind.PERCENT, p).impliedLevel(base);
            return implied.subtract(base).multiply(HUNDRED).compareTo(base.multiply(p)) == 0;
        });
    }

    @Test
    void anAmountChangeAddsExactly() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((base, a) ->
                change(ChangeKind.AMOUNT, a).impliedLevel(base).subtract(base).compareTo(a) == 0);
    }

    @Test
    void aFactorChangeMultipliesExactly() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((base, f) ->
                change(ChangeKind.FACTOR, f).impliedLevel(base).equals(base.multiply(f)));
    }

    @Test
    void noChangeImpliesTheBase() {
        qt().forAll(PlanGenerators.signedDecimals()).check(base ->
                change(ChangeKind.PERCENT, BigDecimal.ZERO).impliedLevel(base).compareTo(base) == 0
                && change(ChangeKind.AMOUNT, BigDecimal.ZERO).impliedLevel(base).compareTo(base) == 0
                && change(ChangeKind.FACTOR, BigDecimal.ONE).impliedLevel(base).compareTo(base) == 0);
    }

    @Test
    void wujin34ImpliesSeventyPercentOfTheBase() {
        qt().forAll(PlanGenerators.decimals()).check(base ->
                change(ChangeKind.PERCENT, new BigDecimal("-30")).impliedLevel(base)
                        .compareTo(base.multiply(new BigDecimal("0.7"))) == 0);
    }
}
