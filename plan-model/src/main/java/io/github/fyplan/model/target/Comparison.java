package io.github.fyplan.model.target;

import java.math.BigDecimal;

/** How a value must relate to a bound, inclusive or exclusive as the wording says. */
public enum Comparison {
    /** At least, inclusive: 以上, 不低于, ≥, 达到. */
    AT_LEAST("≥"),
    /** More than, exclusive: 超, 超过, 突破, 高于, &gt;. */
    MORE_THAN(">"),
    /** At most, inclusive: 以下, 以内, 不超过, 控制在, ≤. */
    AT_MOST("≤"),
    /** Less than, exclusive: 低于, 不满, &lt;. */
    LESS_THAN("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The mathematical symbol, such as {@code ≥}.
     *
     * @return the symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether the bound is an upper bound (at most, less than).
     *
     * @return true for an upper bound
     */
    public boolean isUpperBound() {
        return this == AT_MOST || this == LESS_THAN;
    }

    /**
     * Whether the bound itself satisfies the comparison.
     *
     * @return true for at least and at most
     */
    public boolean isInclusive() {
        return this == AT_LEAST || this == AT_MOST;
    }

    /**
     * Whether a value satisfies the comparison against a bound; compares by value, so 1.0 and 1.00
     * are equal here.
     *
     * @param value the value
     * @param bound the bound
     * @return true when satisfied
     */
    public boolean test(BigDecimal value, BigDecimal bound) {
        int c = value.compareTo(bound);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
        };
    }
}
