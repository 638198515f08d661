package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * Between two values, each end inclusive or not: {@code 3-5}, {@code 3至5}.
 *
 * @param low           the lower end as written
 * @param lowInclusive  whether the lower end is allowed
 * @param high          the upper end as written
 * @param highInclusive whether the upper end is allowed
 * @param year          the year by which it is due
 */
public record RangeTarget(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive, Year year)
        implements Target {

    /** Checks that no component is null. The order of the ends is a content rule. */
    public RangeTarget {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(year, "year");
    }

    /**
     * Whether a value lies in the range.
     *
     * @param actual the value
     * @return true when within
     */
    public boolean isMetBy(BigDecimal actual) {
        int lo = actual.compareTo(low);
        int hi = actual.compareTo(high);
        return (lowInclusive ? lo >= 0 : lo > 0) && (highInclusive ? hi <= 0 : hi < 0);
    }
}
