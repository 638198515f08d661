package io.github.fyplan.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a series in a given year: an observation, a baseline, or a point on the path to a
 * target.
 *
 * <p>The value keeps the scale it was written with; equality is representation equality
 * ({@code 1.0} is not equal to {@code 1.00}). Immutable and thread-safe.
 *
 * @param year  the year
 * @param value the value, as written
 */
public record SeriesPoint(int year, BigDecimal value) {

    /** Checks that the value is present. */
    public SeriesPoint {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A point from a year and a decimal written as text.
     *
     * @param year  the year
     * @param value the value, such as {@code "26.43"}
     * @return the point
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static SeriesPoint of(int year, String value) {
        return new SeriesPoint(year, new BigDecimal(value));
    }
}
