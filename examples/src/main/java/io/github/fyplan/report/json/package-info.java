/**
 * The evaluation of a plan as canonical JSON for other systems:
 * {@link io.github.fyplan.report.json.EvaluationJson} writes a
 * {@link io.github.fyplan.rules.PlanEvaluation} and reads it back.
 */
package io.github.fyplan.report.json;
