/**
 * fyplan's test kit for indicator rules: {@link io.github.fyplan.rules.testkit.RuleTester},
 * seeded generators ({@link io.github.fyplan.rules.testkit.Generators}), contract tests
 * ({@link io.github.fyplan.rules.testkit.IndicatorRuleContract}) and QuickTheories adapters
 * ({@link io.github.fyplan.rules.testkit.quicktheories.QuickTheoriesGens}, which need QuickTheories on
 * the path). Use it as a test dependency.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.fyplan.rules.testkit {
    requires transitive io.github.fyplan.rules;
    requires transitive org.junit.jupiter.api;
    requires static transitive quicktheories;

    exports io.github.fyplan.rules.testkit;
    exports io.github.fyplan.rules.testkit.quicktheories;
}
