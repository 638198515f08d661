package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A level to reach by a year, with a bound: {@code 17}, {@code 64以上}, {@code 突破80亿元},
 * {@code ≥35%}.
 *
 * @param comparison how the value must relate to the bound
 * @param value      the bound exactly as written
 * @param year       the year by which it is due
 */
public record LevelTarget(Comparison comparison, BigDecimal value, Year year) implements Target {

    /** Checks that no component is null. */
    public LevelTarget {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(year, "year");
    }

    /**
     * Whether a value meets the target.
     *
     * @param actual the value
     * @return true when met
     */
    public boolean isMetBy(BigDecimal actual) {
        return comparison.test(actual, value);
    }
}
