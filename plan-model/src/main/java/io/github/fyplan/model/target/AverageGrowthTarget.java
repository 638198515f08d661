package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * An average annual growth rate (年均增速) over a span: {@code 6} for 固定资产投资年均增速 means the
 * compound annual growth from the base year to the last year is at least 6%.
 *
 * @param percent    the rate in percent exactly as written ({@code 6} is 6%)
 * @param comparison how the actual rate must relate to it
 * @param from       the start year of the growth (the base year)
 * @param to         the end year
 */
public record AverageGrowthTarget(BigDecimal percent, Comparison comparison, Year from, Year to) implements Target {

    /** Checks that no component is null. */
    public AverageGrowthTarget {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
