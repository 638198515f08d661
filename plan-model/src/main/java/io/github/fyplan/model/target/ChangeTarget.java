package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A change from the base year's value: {@code 较2020年降低30%}, {@code 增加1000亿元}, {@code 翻一番}.
 * It is judged against the level it implies ({@link #impliedLevel}).
 *
 * @param kind       percent, amount or factor
 * @param value      the change exactly as written, signed (a decrease is negative)
 * @param comparison how the value in {@code year} must relate to the implied level
 * @param baseYear   the year the change is measured from
 * @param year       the year by which it is due
 */
public record ChangeTarget(ChangeKind kind, BigDecimal value, Comparison comparison, Year baseYear, Year year)
        implements Target {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Checks that no component is null. */
    public ChangeTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(baseYear, "baseYear");
        Objects.requireNonNull(year, "year");
    }

    /**
     * The level the change implies from a base value, computed exactly: base × (1 + p/100),
     * base + amount, or base × factor.
     *
     * @param base the base year's value
     * @return the implied level
     */
    public BigDecimal impliedLevel(BigDecimal base) {
        return switch (kind) {
            case PERCENT -> base.multiply(HUNDRED.add(value)).divide(HUNDRED);
            case AMOUNT -> base.add(value);
            case FACTOR -> base.multiply(value);
        };
    }
}
