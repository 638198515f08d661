package io.github.fyplan.report;

import io.github.fyplan.model.Attribute;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator as an evaluation report shows it: what the plan says, the figures the evaluation
 * found, and the status with its explanation. Immutable and thread-safe.
 *
 * <p>Shares are fractions: {@code 0.6} is 60 %. Values keep the scale they were written with.
 *
 * @param number        the row number in the plan's indicator table (序号)
 * @param id            the indicator's identifier, such as {@code TN-28}
 * @param category      the category as printed, such as {@code 环境美}
 * @param name          the name as printed
 * @param unit          the unit as printed, never converted; empty when none
 * @param attribute     expected (预期性) or binding (约束性)
 * @param targetWording the target cell exactly as printed; empty for a blank cell
 * @param baseline      the base-year value, or {@code null} when not known
 * @param latest        the latest observed value, or {@code null} when there is none
 * @param progressShare the share of the distance from baseline to target already covered, or
 *                      {@code null} when it cannot be computed
 * @param elapsedShare  the share of the plan period elapsed, or {@code null} when it does not apply
 * @param status        the status
 * @param explanation   why the status is what it is, in the report's language; may be empty
 * @param requirement   what the indicator still requires, such as the growth or the amount per
 *                      remaining year; empty when nothing is required or not known
 * @param series        the observed values; kept sorted by year (a stable sort)
 * @param targetPath    the path from the baseline to the target, kept sorted by year; empty when
 *                      the target gives no path, a single point for the target alone
 */
public record IndicatorRow(
        int number,
        String id,
        String category,
        String name,
        String unit,
        Attribute attribute,
        String targetWording,
        SeriesPoint baseline,
        SeriesPoint latest,
        BigDecimal progressShare,
        BigDecimal elapsedShare,
        IndicatorStatus status,
        String explanation,
        String requirement,
        List<SeriesPoint> series,
        List<SeriesPoint> targetPath) {

    /** Checks that no required component is null and copies the lists. */
    public IndicatorRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(targetWording, "targetWording");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(requirement, "requirement");
        series = byYear(Objects.requireNonNull(series, "series"));
        targetPath = byYear(Objects.requireNonNull(targetPath, "targetPath"));
    }

    private static List<SeriesPoint> byYear(List<SeriesPoint> points) {
        return points.stream().sorted(java.util.Comparator.comparingInt(SeriesPoint::year)).toList();
    }

    /**
     * Whether observed values exist for the indicator; a report draws a chart only then.
     *
     * @return true when the series is not empty
     */
    public boolean hasData() {
        return !series.isEmpty();
    }

    /**
     * Whether the indicator is binding (约束性).
     *
     * @return true for a binding indicator
     */
    public boolean isBinding() {
        return attribute == Attribute.BINDING;
    }

    /**
     * The baseline, if known.
     *
     * @return the baseline
     */
    public Optional<SeriesPoint> baselineIfKnown() {
        return Optional.ofNullable(baseline);
    }

    /**
     * The latest observed value, if any.
     *
     * @return the latest value
     */
    public Optional<SeriesPoint> latestIfAny() {
        return Optional.ofNullable(latest);
    }

    /**
     * A copy with another status, explanation and requirement.
     *
     * @param newStatus      the status
     * @param newExplanation the explanation
     * @param newRequirement what is still required
     * @return the copy
     */
    public IndicatorRow withStatus(IndicatorStatus newStatus, String newExplanation, String newRequirement) {
        return new IndicatorRow(number, id, category, name, unit, attribute, targetWording, baseline, latest,
                progressShare, elapsedShare, newStatus, newExplanation, newRequirement, series, targetPath);
    }
}
