package io.github.fyplan.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.IndicatorRule;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The laws every indicator rule keeps, as JUnit 5 default test methods. Implement it in a test class
 * and return your rule:
 *
 * <pre>{@code
 * class MyRuleContractTest implements IndicatorRuleContract {
 *     public IndicatorRule rule() { return new MyRule(); }
 * }
 * }</pre>
 *
 * <p>Each law is checked on {@link #examples()} inputs from {@link #cases()}, seeded by {@link #seed()}
 * so that a failure is reproducible; override them to narrow the inputs to those your rule is bound to.
 */
public interface IndicatorRuleContract {

    /**
     * The rule under test.
     *
     * @return the rule
     */
    IndicatorRule rule();

    /**
     * The valid inputs; by default every target form with messy data ({@link Generators#ruleCases()}).
     *
     * @return the generator
     */
    default Generator<RuleCase> cases() {
        return Generators.ruleCases();
    }

    /**
     * How many inputs each law is checked on.
     *
     * @return 300 by default
     */
    default int examples() {
        return 300;
    }

    /**
     * The first seed; example {@code i} uses {@code seed() + i}.
     *
     * @return the seed
     */
    default long seed() {
        return 20_210_101L;
    }

    /** The same input gives an equal assessment. */
    @Test
    default void isDeterministic() {
        for (int i = 0; i < examples(); i++) {
            RuleCase c = cases().generate(seed() + i);
            assertEquals(c.applyTo(rule()), c.applyTo(rule()), "seed " + (seed() + i));
        }
    }

    /** Any valid input gives an assessment of that indicator and year, never an exception or null. */
    @Test
    default void assessesEveryValidInput() {
        for (int i = 0; i < examples(); i++) {
            long s = seed() + i;
            RuleCase c = cases().generate(s);
            Assessment a;
            try {
                a = c.applyTo(rule());
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + s + ": the rule threw on a valid input " + c + ": " + e, e);
            }
            assertNotNull(a, "seed " + s + ": null assessment");
            assertEquals(c.indicator().id(), a.indicatorId(), "seed " + s);
            assertEquals(c.context().asOf(), a.asOf(), "seed " + s);
        }
    }

    /** The order of the observations does not change the assessment. */
    @Test
    default void ignoresTheOrderOfObservations() {
        for (int i = 0; i < examples(); i++) {
            long s = seed() + i;
            RuleCase c = cases().generate(s);
            RuleCase shuffled = c.withObservations(Generators.shuffle(c.observations(), new SplittableRandom(~s)));
            assertEquals(c.applyTo(rule()), shuffled.applyTo(rule()), "seed " + s);
        }
    }
}
