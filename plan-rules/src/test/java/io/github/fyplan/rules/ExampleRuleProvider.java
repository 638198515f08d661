package io.github.fyplan.rules;

import java.util.List;

/** A rule provider found by the ServiceLoader in tests (see META-INF/services). */
public final class ExampleRuleProvider implements RuleProvider {
    @Override
    public List<RuleBinding> bindings() {
        return List.of(RuleBinding.forIndicator("food-checks", "TN-41", (indicator, observations, context) ->
                Assessment.of(indicator.id(), context, "food-checks",
                        observations.isEmpty() ? Status.NO_DATA : Status.ACHIEVED,
                        new Explanation("checked by the food office", "由市场监管局核定"))));
    }
}
