package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A reduction rate: {@code 1.5} for 单位生产总值能耗降低 (%). Whether the rate is annual or over
 * the period is for the document to say; where it does not, the basis is
 * {@link RateBasis#UNSPECIFIED} and validation reports it.
 *
 * @param percent the reduction in percent exactly as written
 * @param basis   annual, whole period, or unspecified
 * @param from    the start of the span (the base year)
 * @param to      the end of the span
 */
public record ReductionRateTarget(BigDecimal percent, RateBasis basis, Year from, Year to) implements Target {

    /** Checks that no component is null. */
    public ReductionRateTarget {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
