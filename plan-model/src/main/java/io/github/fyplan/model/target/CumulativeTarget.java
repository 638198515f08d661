package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A total over a span of years (五年累计): the sum of the annual values from {@code from} to
 * {@code to} must reach the total.
 *
 * @param total      the total exactly as written
 * @param comparison how the sum must relate to the total
 * @param from       the first year summed
 * @param to         the last year summed
 */
public record CumulativeTarget(BigDecimal total, Comparison comparison, Year from, Year to) implements Target {

    /** Checks that no component is null. */
    public CumulativeTarget {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * The number of years summed.
     *
     * @return the span's length, both ends included
     */
    public int years() {
        return to.getValue() - from.getValue() + 1;
    }
}
