package io.github.fyplan.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal arithmetic the JDK lacks: n-th roots by Newton iteration. */
public final class BigMath {
    /** The precision of every non-terminating result: 16 significant digits. */
    public static final MathContext MC = MathContext.DECIMAL64;

    private BigMath() {
    }

    /**
     * The positive n-th root of a positive number, to {@code mc}: Newton's iteration
     * y ← ((n − 1)·y + x / y^(n−1)) / n with six guard digits, from a power-of-ten first guess, until the
     * rounded value stops changing.
     *
     * @param x  a positive number
     * @param n  the degree, at least 1
     * @param mc the precision of the result
     * @return the root
     */
    public static BigDecimal root(BigDecimal x, int n, MathContext mc) {
        if (x.signum() <= 0 || n < 1) {
            throw new ArithmeticException("root of " + x + " of degree " + n);
        }
        if (n == 1) {
            return x.round(mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + 6, RoundingMode.HALF_EVEN);
        int log10 = x.precision() - x.scale() - 1;
        BigDecimal y = BigDecimal.ONE.scaleByPowerOfTen(Math.floorDiv(log10, n));
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal degreeLess = BigDecimal.valueOf(n - 1L);
        BigDecimal previous = null;
        for (int i = 0; i < 2000; i++) {
            BigDecimal next = degreeLess.multiply(y).add(x.divide(y.pow(n - 1, work), work)).divide(degree, work);
            BigDecimal rounded = next.round(mc);
            y = next;
            if (rounded.equals(previous)) {
                break;
            }
            previous = rounded;
        }
        return y.round(mc);
    }

    /**
     * Divides with {@link #MC}.
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @return a / b
     */
    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }
}
