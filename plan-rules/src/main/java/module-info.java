/**
 * fyplan's rules: target attainment, derived metrics and custom indicator rules.
 *
 * <p>Custom rules are published by {@link io.github.fyplan.rules.RuleProvider} services.
 */
module io.github.fyplan.rules {
    requires transitive io.github.fyplan.model;

    exports io.github.fyplan.rules;
    exports io.github.fyplan.rules.metrics;

    uses io.github.fyplan.rules.RuleProvider;
}
