/**
 * Reports on a plan and its evaluation: an immutable view model that says what a report shows,
 * independently of how the figures were computed, and deterministic renderers to HTML, Markdown
 * and CSV.
 *
 * <p>The view model ({@link io.github.fyplan.report.EvaluationReport},
 * {@link io.github.fyplan.report.PlanOverview}, {@link io.github.fyplan.report.PlanComparison}) is
 * filled by an adapter from the evaluation engine; renderers are pure functions of it and a
 * {@link java.util.Locale} for the labels (Chinese by default, English on request). Numbers are
 * printed with {@link java.util.Locale#ROOT} rules; an absent value prints as an em dash, never as
 * {@code null}, {@code NaN} or {@code Infinity}. {@link io.github.fyplan.report.ReportFiles}
 * writes the result atomically.
 */
package io.github.fyplan.report;
