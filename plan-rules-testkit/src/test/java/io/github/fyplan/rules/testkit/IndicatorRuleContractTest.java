package io.github.fyplan.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.Status;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract catches rules that break its laws. */
class IndicatorRuleContractTest {
    private static IndicatorRuleContract contractOf(IndicatorRule rule) {
        return () -> rule;
    }

    @Test
    void catchesARuleThatDependsOnTheOrderOfObservations() {
        IndicatorRule firstWins = (i, obs, c) -> Assessment.of(i.id(), c, "first",
                obs.isEmpty() ? Status.NO_DATA : Status.ACHIEVED,
                new Explanation(obs.isEmpty() ? "" : obs.get(0).value().toPlainString(), ""));
        assertThrows(AssertionError.class, () -> contractOf(firstWins).ignoresTheOrderOfObservations());
    }

    @Test
    void catchesANonDeterministicRule() {
        AtomicInteger calls = new AtomicInteger();
        IndicatorRule counting = (i, obs, c) -> Assessment.of(i.id(), c, "counting", Status.ON_TRACK,
                new Explanation("call " + calls.incrementAndGet(), ""));
        assertThrows(AssertionError.class, () -> contractOf(counting).isDeterministic());
    }

    @Test
    void catchesARuleThatThrowsOrAnswersForAnotherIndicator() {
        IndicatorRule throwing = (i, obs, c) -> {
            if (obs.size() > 5) {
                throw new IllegalStateException("too many");
            }
            return Assessment.of(i.id(), c, "t", Status.NO_DATA, new Explanation("", ""));
        };
        assertThrows(AssertionError.class, () -> contractOf(throwing).assessesEveryValidInput());
        IndicatorRule other = (i, obs, c) -> Assessment.of("OTHER", c, "o", Status.NO_DATA, new Explanation("", ""));
        assertThrows(AssertionError.class, () -> contractOf(other).assessesEveryValidInput());
    }
}
