/**
 * Testing custom indicator rules in a few lines: {@link io.github.fyplan.rules.testkit.RuleTester}
 * (given these observations, as of this year, expect this status), generators of indicators and
 * observation series driven by a seeded {@link java.util.random.RandomGenerator} so that they work with
 * any property-testing library, and {@link io.github.fyplan.rules.testkit.IndicatorRuleContract}, the
 * laws every rule keeps.
 */
package io.github.fyplan.rules.testkit;
