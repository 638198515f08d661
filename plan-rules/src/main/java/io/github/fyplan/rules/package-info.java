/**
 * Evaluating a plan's indicators against their targets: {@link io.github.fyplan.rules.Evaluator}
 * assesses one indicator ({@link io.github.fyplan.rules.Assessment}) or a whole plan
 * ({@link io.github.fyplan.rules.PlanEvaluation}) as of a year, by the method chosen
 * ({@link io.github.fyplan.rules.Method}) with configurable {@link io.github.fyplan.rules.Thresholds};
 * custom {@link io.github.fyplan.rules.IndicatorRule}s override the built-in assessment.
 *
 * <p>Everything here is immutable and thread-safe except {@link io.github.fyplan.rules.Evaluator.Builder}.
 */
package io.github.fyplan.rules;
