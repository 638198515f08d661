package io.github.fyplan.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything an evaluation report shows: its metadata, one row per indicator, and the data-quality
 * findings. The summary and the list of concerns are derived from the rows, so they always agree
 * with them. Immutable and thread-safe.
 *
 * @param metadata    the report's metadata
 * @param rows        one row per indicator, in the plan's order
 * @param dataQuality data-quality findings, one line each, in the report's language
 */
public record EvaluationReport(ReportMetadata metadata, List<IndicatorRow> rows, List<String> dataQuality) {

    /** Checks that no component is null and copies the lists. */
    public EvaluationReport {
        Objects.requireNonNull(metadata, "metadata");
        rows = List.copyOf(rows);
        dataQuality = List.copyOf(dataQuality);
    }

    /**
     * The counts by category, attribute and status.
     *
     * @return the summary
     */
    public ReportSummary summary() {
        return ReportSummary.of(rows);
    }

    /**
     * The indicators that need attention (lagging, off track, moving away, not achieved or a
     * constraint breached: {@link IndicatorStatus#isConcern()}), binding ones first, otherwise in
     * the plan's order.
     *
     * @return the concerns
     */
    public List<IndicatorRow> concerns() {
        return rows.stream().filter(r -> r.status().isConcern())
                .sorted(java.util.Comparator.comparing((IndicatorRow r) -> !r.isBinding()))
                .toList();
    }

    /**
     * The rows that have observed values, in the plan's order.
     *
     * @return the rows with data
     */
    public List<IndicatorRow> rowsWithData() {
        return rows.stream().filter(IndicatorRow::hasData).toList();
    }
}
