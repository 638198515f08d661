package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A bound that holds in every year of a span: {@code 每年新增…100}, or a binding unemployment rate
 * kept within 3% (控制在3%以内) each year.
 *
 * @param comparison how each year's value must relate to the bound
 * @param value      the bound exactly as written
 * @param from       the first year it applies to
 * @param to         the last year it applies to
 */
public record EveryYearTarget(Comparison comparison, BigDecimal value, Year from, Year to) implements Target {

    /** Checks that no component is null. */
    public EveryYearTarget {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Whether one year's value meets the bound.
     *
     * @param actual the value
     * @return true when met
     */
    public boolean isMetBy(BigDecimal actual) {
        return comparison.test(actual, value);
    }
}
