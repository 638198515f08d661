package io.github.fyplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A series that is monitored without being an indicator of the table, such as R&amp;D spending or
 * GDP, so that an indicator can be computed from it by a formula.
 *
 * @param id   an identifier unique among indicators and series, such as {@code GDP}
 * @param name its name, such as {@code 地区生产总值}
 * @param unit its unit exactly as used in the observations
 */
public record SeriesDefinition(@NotBlank String id, @NotBlank String name, String unit) {

    /** Checks that no component is null. */
    public SeriesDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }
}
