package io.github.fyplan.model.target;

import static org.quicktheories.QuickTheory.qt;

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
