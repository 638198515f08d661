/**
 * The application behind the {@code fyplan} command: {@link io.github.fyplan.app.FyplanServices}
 * (the real {@link io.github.fyplan.cli.Services}, registered with the {@link java.util.ServiceLoader})
 * reads plans and monitoring data with {@code plan-io}, evaluates them with {@code plan-rules} and
 * adapts the results to the report view model; {@link io.github.fyplan.app.Demo} evaluates the
 * bundled seed plans with the bundled illustrative data and writes every report.
 */
package io.github.fyplan.app;
