package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
            case PERCENT -> hundredth(base.multiply(HUNDRED.add(value)));
            case AMOUNT -> base.add(value);
            case FACTOR -> base.multiply(value);
        };
    }

    /**
     * x / 100, exactly as {@code x.divide(BigDecimal.valueOf(100))} gives it (the exact quotient, its
     * trailing zeros stripped down to but not below the scale of x), by moving the point: the JDK's
     * exact division first divides to a working precision, which costs more than assessing the rest
     * of an indicator.
     */
    private static BigDecimal hundredth(BigDecimal x) {
        if (x.signum() == 0) {
            return x; // zero at the scale of x, as the division gives it
        }
        BigDecimal q = x.movePointLeft(2).stripTrailingZeros();
        return q.scale() >= x.scale() ? q : q.setScale(x.scale(), RoundingMode.UNNECESSARY);
    }
}
