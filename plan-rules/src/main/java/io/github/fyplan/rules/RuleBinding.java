package io.github.fyplan.rules;

import io.github.fyplan.model.Indicator;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A custom rule bound to the indicators it applies to, with its own missing-value strategy. When
 * several bindings match an indicator, the first registered wins; any binding overrides the built-in
 * assessment.
 *
 * @param name          the rule's name, recorded in every assessment it makes
 * @param selector      which indicators it applies to
 * @param description   the selector in words, such as {@code indicator TN-20}
 * @param rule          the rule
 * @param missingValues its missing-value strategy, or {@code null} to use the evaluator's
 */
public record RuleBinding(String name, Predicate<Indicator> selector, String description, IndicatorRule rule,
        MissingValueStrategy missingValues) {

    /** Checks that no component but {@code missingValues} is null. */
    public RuleBinding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * A rule for one indicator.
     *
     * @param name        the rule's name
     * @param indicatorId the indicator's id, such as {@code TN-20}
     * @param rule        the rule
     * @return the binding
     */
    public static RuleBinding forIndicator(String name, String indicatorId, IndicatorRule rule) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        return new RuleBinding(name, i -> i.id().equals(indicatorId), "indicator " + indicatorId, rule, null);
    }

    /**
     * A rule for every indicator of a category.
     *
     * @param name     the rule's name
     * @param category the category as printed, such as {@code 环境美}
     * @param rule     the rule
     * @return the binding
     */
    public static RuleBinding forCategory(String name, String category, IndicatorRule rule) {
        Objects.requireNonNull(category, "category");
        return new RuleBinding(name, i -> i.category().equals(category), "category " + category, rule, null);
    }

    /**
     * A rule for the indicators a predicate accepts.
     *
     * @param name        the rule's name
     * @param description the predicate in words
     * @param selector    the predicate
     * @param rule        the rule
     * @return the binding
     */
    public static RuleBinding when(String name, String description, Predicate<Indicator> selector,
            IndicatorRule rule) {
        return new RuleBinding(name, selector, description, rule, null);
    }

    /**
     * A copy with its own missing-value strategy.
     *
     * @param strategy the strategy
     * @return the copy
     */
    public RuleBinding withMissingValues(MissingValueStrategy strategy) {
        return new RuleBinding(name, selector, description, rule, Objects.requireNonNull(strategy, "strategy"));
    }

    /**
     * Whether the binding applies to an indicator.
     *
     * @param indicator the indicator
     * @return true when it applies
     */
    public boolean appliesTo(Indicator indicator) {
        return selector.test(indicator);
    }
}
