package io.github.fyplan.rules.testkit;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.IndicatorRule;
import java.util.List;
import java.util.Objects;

/**
 * One valid input of a rule: an indicator, observations and a context.
 *
 * @param indicator    the indicator
 * @param observations the observations, in the order given to the rule
 * @param context      the context
 */
public record RuleCase(Indicator indicator, List<Observation> observations, EvaluationContext context) {

    /** Checks that no component is null and copies the list. */
    public RuleCase {
        Objects.requireNonNull(indicator, "indicator");
        observations = List.copyOf(observations);
        Objects.requireNonNull(context, "context");
    }

    /**
     * A copy with the observations in another order (or others).
     *
     * @param newObservations the observations
     * @return the copy
     */
    public RuleCase withObservations(List<Observation> newObservations) {
        return new RuleCase(indicator, newObservations, context);
    }

    /**
     * Runs a rule on this input.
     *
     * @param rule the rule
     * @return its assessment
     */
    public Assessment applyTo(IndicatorRule rule) {
        return rule.assess(indicator, observations, context);
    }
}
