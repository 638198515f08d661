package io.github.fyplan.report;

import io.github.fyplan.model.Attribute;
import java.util.Objects;

/**
 * One indicator as a plan overview lists it: the table's columns and the baseline, no evaluation.
 * Immutable and thread-safe.
 *
 * @param number        the row number (序号)
 * @param id            the identifier, such as {@code TN-01}
 * @param category      the category as printed
 * @param name          the name as printed
 * @param unit          the unit as printed; empty when none
 * @param attribute     expected or binding
 * @param targetWording the target cell as printed; empty for a blank cell
 * @param baseline      the base-year value, or {@code null} when not known
 */
public record OverviewIndicator(
        int number,
        String id,
        String category,
        String name,
        String unit,
        Attribute attribute,
        String targetWording,
        SeriesPoint baseline) {

    /** Checks that no required component is null. */
    public OverviewIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(targetWording, "targetWording");
    }
}
