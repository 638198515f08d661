/**
 * Reading and writing plans, monitoring data and evaluations in fyplan's public formats.
 *
 * <ul>
 *   <li>{@link io.github.fyplan.io.PlanReader} and {@link io.github.fyplan.io.PlanWriter}: the plan JSON
 *       format (version {@value io.github.fyplan.io.PlanFormat#FORMAT_VERSION}), described in
 *       {@code docs/FORMAT.md} and by the JSON Schema {@link io.github.fyplan.io.PlanFormat#schema()}.</li>
 *   <li>{@link io.github.fyplan.io.MonitoringDataReader} and
 *       {@link io.github.fyplan.io.MonitoringDataWriter}: monitoring data as JSON or CSV.</li>
 *   <li>{@link io.github.fyplan.io.SdmxCsvWriter}: an SDMX-CSV export for statistical systems.</li>
 *   <li>{@link io.github.fyplan.io.EvaluationWriter} and {@link io.github.fyplan.io.EvaluationReader}: a
 *       plan's evaluation ({@link io.github.fyplan.rules.PlanEvaluation}, computed by plan-rules) as
 *       canonical JSON for other systems.</li>
 * </ul>
 *
 * <p>Only fyplan exceptions leave this package: {@link io.github.fyplan.model.problem.UnreadableInputException}
 * when input cannot be read as the format requires, {@link io.github.fyplan.model.problem.InvalidContentException}
 * when it is read but breaks the model's rules, and {@link io.github.fyplan.model.problem.FyplanException}
 * when a file cannot be written. Every problem is a {@link io.github.fyplan.model.problem.Finding} with a
 * JSON Pointer (or CSV line) and, where the input was text, a line and column.
 */
package io.github.fyplan.io;
