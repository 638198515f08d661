package io.github.fyplan.model;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * An indicator's base-year value (基数) and where it was found.
 *
 * @param year   the year of the value, usually the plan's base year
 * @param value  the value exactly as written, such as {@code 26.43}
 * @param source where it came from, such as the sentence of the plan that states it
 */
public record Baseline(Year year, BigDecimal value, String source) {

    /** Checks that no component is null. */
    public Baseline {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
