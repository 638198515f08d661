package io.github.fyplan.rules.metrics;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A total over a span of years (五年累计) with the years counted and the years missing named.
 *
 * @param total   the exact sum of the values present
 * @param counted the years with a value, oldest first
 * @param missing the years of the span without a value, oldest first; never silently skipped
 */
public record CumulativeTotal(BigDecimal total, List<Year> counted, List<Year> missing) {
    /** Checks that no component is null and copies the lists. */
    public CumulativeTotal {
        Objects.requireNonNull(total, "total");
        counted = List.copyOf(counted);
        missing = List.copyOf(missing);
    }

    /**
     * Whether every year of the span has a value.
     *
     * @return true when none is missing
     */
    public boolean isComplete() {
        return missing.isEmpty();
    }
}
