package io.github.fyplan.model.target;

import static org.quicktheories.QuickTheory.qt;

import io.github.fyplan.model.fixtures.PlanGenerators;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link Comparison#test} is consistent: complements, inclusiveness, scale-insensitivity. */
class ComparisonProperties {

    @Test
    void atLeastIsTheComplementOfLessThanAndAtMostOfMoreThan() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((a, b) ->
                Comparison.AT_LEAST.test(a, b) != Comparison.LESS_THAN.test(a, b)
                && Comparison.AT_MOST.test(a, b) != Comparison.MORE_THAN.test(a, b));
    }

    @Test
    void bothInclusiveBoundsHoldExactlyWhenTheValuesAreEqual() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((a, b) ->
                (Comparison.AT_LEAST.test(a, b) && Comparison.AT_MOST.test(a, b)) == (a.compareTo(b) == 0));
    }

    @Test
    void inclusiveComparisonsAcceptTheBoundAndExclusiveOnesRejectIt() {
        qt().forAll(PlanGenerators.signedDecimals()).check(b -> {
            for (Comparison c : Comparison.values()) {
                if (c.test(b, b) != c.isInclusive()) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void comparesByValueNotByScale() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((a, b) -> {
            BigDecimal b2 = b.setScale(b.scale() + 3);
            for (Comparison c : Comparison.values()) {
                if (c.test(a, b) != c.test(a, b2)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void upperBoundsAreSatisfiedOnlyAtOrBelowTheBound() {
        qt().forAll(PlanGenerators.signedDecimals(), PlanGenerators.signedDecimals()).check((a, b) -> {
            for (Comparison c : Comparison.values()) {
                if (c.test(a, b) && (c.isUpperBound() ? a.compareTo(b) > 0 : a.compareTo(b) < 0)) {
                    return false;
                }
            }
            return true;
        });
    }
}
