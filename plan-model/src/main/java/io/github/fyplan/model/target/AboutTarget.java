package io.github.fyplan.model.target;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * About a value (左右), within a relative tolerance: {@code 3600左右}.
 *
 * <p>The document gives no tolerance; {@link TargetWording} sets {@link #DEFAULT_TOLERANCE}, which a
 * dataset may change per indicator. The tolerance is always explicit in the record.
 *
 * @param value             the value exactly as written
 * @param relativeTolerance the tolerance as a fraction of the value, such as {@code 0.05}
 * @param year              the year by which it is due
 */
public record AboutTarget(BigDecimal value, BigDecimal relativeTolerance, Year year) implements Target {

    /** The tolerance fyplan reads into 左右 when a plan states none: 5%. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    /** Checks that no component is null and the tolerance is not negative. */
    public AboutTarget {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(relativeTolerance, "relativeTolerance");
        Objects.requireNonNull(year, "year");
        if (relativeTolerance.signum() < 0) {
            throw new IllegalArgumentException("relativeTolerance must not be negative, was " + relativeTolerance);
        }
    }

    /**
     * The lowest value within the tolerance.
     *
     * @return value × (1 − tolerance)
     */
    public BigDecimal lowerBound() {
        return value.subtract(value.abs().multiply(relativeTolerance));
    }

    /**
     * The highest value within the tolerance.
     *
     * @return value × (1 + tolerance)
     */
    public BigDecimal upperBound() {
        return value.add(value.abs().multiply(relativeTolerance));
    }

    /**
     * Whether a value lies within the tolerance, bounds included.
     *
     * @param actual the value
     * @return true when within
     */
    public boolean isMetBy(BigDecimal actual) {
        return actual.compareTo(lowerBound()) >= 0 && actual.compareTo(upperBound()) <= 0;
    }
}
