/**
 * Small example programs, each showing one thing with fyplan's public API on the bundled seed plans
 * and demo monitoring data: {@link io.github.fyplan.examples.LoadAndValidatePlan},
 * {@link io.github.fyplan.examples.EvaluateWithEachMethod}, {@link io.github.fyplan.examples.CustomIndicatorRule}
 * (with the rule {@link io.github.fyplan.examples.YearByYearRule}),
 * {@link io.github.fyplan.examples.ComparePlans},
 * {@link io.github.fyplan.examples.ImportPlanFromText}. Each has a {@code main} that prints
 * deterministic output; {@code examples/EXAMPLES.md} says how to run them.
 */
package io.github.fyplan.examples;
