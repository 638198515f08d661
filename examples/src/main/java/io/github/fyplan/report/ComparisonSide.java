package io.github.fyplan.report;

import java.util.Objects;

/**
 * One plan's indicator in a comparison row. Immutable and thread-safe.
 *
 * @param id            the indicator's identifier, such as {@code WJ-05}
 * @param name          the name as printed
 * @param unit          the unit as printed; empty when none
 * @param targetWording the target cell as printed
 * @param latest        the latest observed value, or {@code null} when there is none
 * @param status        the status
 */
public record ComparisonSide(
        String id,
        String name,
        String unit,
        String targetWording,
        SeriesPoint latest,
        IndicatorStatus status) {

    /** Checks that no required component is null. */
    public ComparisonSide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(targetWording, "targetWording");
        Objects.requireNonNull(status, "status");
    }
}
