/**
 * Adapters from the evaluation engine ({@code plan-rules}) and the model to the report view model:
 * {@link io.github.fyplan.report.adapter.EvaluationReports} turns a
 * {@link io.github.fyplan.rules.PlanEvaluation} into an {@link io.github.fyplan.report.EvaluationReport},
 * {@link io.github.fyplan.report.adapter.PlanOverviews} a plan into a
 * {@link io.github.fyplan.report.PlanOverview}, and
 * {@link io.github.fyplan.report.adapter.PlanComparisons} two evaluations and a
 * {@link io.github.fyplan.report.adapter.ComparisonMapping} into a
 * {@link io.github.fyplan.report.PlanComparison}. All are stateless and deterministic.
 */
package io.github.fyplan.report.adapter;
