package io.github.fyplan.rules.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal arithmetic the JDK lacks: n-th roots, by Newton iteration or in double precision. */
public final class BigMath {
    /** The precision of every non-terminating result: 16 significant digits. */
    public static final MathContext MC = MathContext.DECIMAL64;

    /**
     * The precision of compound growth factors (1 + g): 15 significant digits, half-even. A double
     * carries almost 16, so the factor computed in double precision and rounded to 15 is within one
     * unit of its 15th digit, and an exact root of up to 15 digits (√1.21 = 1.1) comes out exact.
     */
    public static final MathContext GROWTH = new MathContext(15, RoundingMode.HALF_EVEN);

    /** 10^k for k = 0 … 22, the powers of ten a double holds exactly (each product is exact). */
    private static final double[] TEN_TO = new double[23];

    static {
        TEN_TO[0] = 1;
        for (int k = 1; k < TEN_TO.length; k++) {
            TEN_TO[k] = TEN_TO[k - 1] * 10;
        }
    }

    /** 10^k for k = 0 … 18, the powers of ten a long holds. */
    private static final long[] LONG_TEN_TO = powers(10, 19);

    /** 5^k for k = 0 … 22, all below 2^52. */
    private static final long[] FIVE_TO = powers(5, 23);

    /** 10^k as BigInteger for k = 0 … 63. */
    private static final BigInteger[] POW10 = new BigInteger[64];

    static {
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = BigInteger.TEN.pow(k);
        }
    }

    /** a / b with {@link #MC} for 0 ≤ a &lt; 17 and 0 &lt; b &lt; 17, by [b][a]: shares of a plan's years. */
    private static final BigDecimal[][] YEAR_SHARES = new BigDecimal[17][17];

    static {
        for (int b = 1; b < YEAR_SHARES.length; b++) {
            for (int a = 0; a < YEAR_SHARES.length; a++) {
                YEAR_SHARES[b][a] = div(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
            }
        }
    }

    private BigMath() {
    }

    /** base^k for k = 0 … count − 1; the caller keeps them within a long. */
    private static long[] powers(long base, int count) {
        long[] p = new long[count];
        p[0] = 1;
        for (int k = 1; k < count; k++) {
            p[k] = p[k - 1] * base;
        }
        return p;
    }

    /**
     * The n-th root of {@code end / start} to {@link #GROWTH}: for one year the quotient itself; else
     * {@link Math#pow} in double precision (a Newton iteration in BigDecimal costs microseconds, and
     * growth rates need no more digits than a double has), with {@link #root} for values beyond the
     * range of double.
     *
     * @param end   a positive number
     * @param start a positive number
     * @param n     the degree, at least 1
     * @return the root, to {@link #GROWTH}
     */
    public static BigDecimal rootOfRatio(BigDecimal end, BigDecimal start, int n) {
        if (n == 1) {
            return divide(end, start, GROWTH);
        }
        double ratio = toDouble(end) / toDouble(start);
        if (!(ratio > Double.MIN_NORMAL && ratio < Double.MAX_VALUE)) {
            MathContext work = new MathContext(GROWTH.getPrecision() + 6, RoundingMode.HALF_EVEN);
            return root(end.divide(start, work), n, GROWTH);
        }
        double r = n == 2 ? Math.sqrt(ratio) : n == 3 ? Math.cbrt(ratio) : Math.pow(ratio, 1.0 / n);
        return toDecimal(r, GROWTH);
    }

    /**
     * The double nearest a number, the same as {@link BigDecimal#doubleValue()} (both round correctly,
     * so the double is the same), without the detour through the number's text that the JDK takes
     * for an unscaled value of more than 52 bits: the quotient of the unscaled value by the power of
     * ten, scaled to 62 or 63 bits, with a sticky bit for a non-zero remainder (round to odd), and
     * then rounded once to a double; in long arithmetic for up to 18 digits (such as the 16 digits of
     * a rounded quotient), else with BigInteger. Other numbers (integers, beyond 10^-63, zero, results outside
     * the normal range) are left to the JDK.
     *
     * @param x the number
     * @return the nearest double
     */
    public static double toDouble(BigDecimal x) {
        int s = x.scale();
        if (s <= 0 || s >= POW10.length) {
            return x.doubleValue();
        }
        // The precision is cheap for a value that fits in a long and kept by the number once computed.
        int digits = x.precision();
        if (digits <= 15 && s < TEN_TO.length) {
            return x.doubleValue(); // below 10^15 < 2^52: the JDK's own exact path, two exact doubles, one division
        }
        if (digits <= 18 && s < FIVE_TO.length) {
            // The unscaled value fits in a long: divided in long arithmetic, without BigInteger objects.
            long u = x.scaleByPowerOfTen(s).longValue();
            return u < 0 ? -quotientByPowerOfTen(-u, s) : quotientByPowerOfTen(u, s);
        }
        BigInteger u = x.unscaledValue();
        int sign = u.signum();
        if (sign == 0) {
            return 0.0;
        }
        u = u.abs();
        if (u.bitLength() <= 52 && s < TEN_TO.length) {
            return x.doubleValue(); // the JDK's own exact path: two exact doubles, one division
        }
        BigInteger d = POW10[s];
        int shift = 62 - (u.bitLength() - d.bitLength());
        BigInteger[] qr = shift >= 0 ? u.shiftLeft(shift).divideAndRemainder(d)
                : u.divideAndRemainder(d.shiftLeft(-shift));
        // qr[0] is in [2^61, 2^63): 62 or 63 bits, well over the 54 a correct rounding needs.
        long q = qr[0].longValue();
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        double r = Math.scalb((double) q, -shift);
        if (!(r >= Double.MIN_NORMAL && r <= Double.MAX_VALUE)) {
            return x.doubleValue();
        }
        return sign < 0 ? -r : r;
    }

    /**
     * u / 10^s rounded once to the nearest double, for 0 &lt; u &lt; 10^18 and 0 &lt; s &lt; 23, as
     * {@link #toDouble} does with BigInteger: 10^s = 5^s · 2^s, so the quotient by 5^s (below 2^52) is
     * found in long arithmetic to 62 or 63 bits, a few bits at a time so that no remainder overflows,
     * with a sticky bit for a non-zero remainder; the power of two is an exact scaling.
     */
    private static double quotientByPowerOfTen(long u, int s) {
        long p = FIVE_TO[s];
        int bits = 62 - (Long.SIZE - Long.numberOfLeadingZeros(u)) + (Long.SIZE - Long.numberOfLeadingZeros(p));
        // u · 2^bits / p lies in [2^61, 2^63); bits is at least 5 here (u < 2^60, p ≥ 5).
        int room = Long.numberOfLeadingZeros(p) - 1; // the remainder is below p: shifted by room it stays below 2^63
        long q = u / p;
        long rem = u % p;
        for (int left = bits; left > 0; ) {
            int step = Math.min(left, room);
            rem <<= step;
            q = (q << step) | (rem / p);
            rem %= p;
            left -= step;
        }
        if (rem != 0) {
            q |= 1;
        }
        return Math.scalb((double) q, -bits - s);
    }

    /** A positive, normal double rounded to a precision, without expanding its exact binary value. */
    static BigDecimal toDecimal(double x, MathContext mc) {
        int digits = mc.getPrecision();
        int scale = digits - 1 - (int) Math.floor(Math.log10(x));
        if (digits > 17 || scale < 0 || scale >= TEN_TO.length) {
            return new BigDecimal(x).round(mc);
        }
        long m = Math.round(x * TEN_TO[scale]);
        if (m < (long) TEN_TO[digits - 1] && scale + 1 < TEN_TO.length) {
            // log10 rounded up at a power of ten: one digit short, so scale once more.
            scale++;
            m = Math.round(x * TEN_TO[scale]);
        }
        BigDecimal d = BigDecimal.valueOf(m, scale);
        return m < LONG_TEN_TO[digits] ? d : d.round(mc); // rounded to 10^digits: one digit to drop
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
     * The quotient of two whole numbers of years, such as the share of the time elapsed: the same
     * number as {@link #div} gives, from a table for the small counts a plan has.
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @return a / b with {@link #MC}
     */
    public static BigDecimal yearShare(int a, int b) {
        if (b > 0 && b < YEAR_SHARES.length && a >= 0 && a < YEAR_SHARES.length) {
            return YEAR_SHARES[b][a];
        }
        return div(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
    }

    /**
     * A value grown at a compound rate for some years: value × (1 + rate)^years, the power and the
     * product each rounded with {@link #MC}; the one place this projection is computed.
     *
     * @param value the value
     * @param rate  the growth rate, a fraction
     * @param years the years, not negative
     * @return the grown value
     */
    public static BigDecimal grow(BigDecimal value, BigDecimal rate, int years) {
        return value.multiply(BigDecimal.ONE.add(rate).pow(years, MC)).round(MC);
    }

    /**
     * Divides with {@link #MC}: the same number and scale as {@code a.divide(b, MC)}, see
     * {@link #divide}.
     *
     * @param a the dividend
     * @param b the divisor, not zero
     * @return a / b
     */
    public static BigDecimal div(BigDecimal a, BigDecimal b) {
        return divide(a, b, MC);
    }

    /**
     * Divides: the same number and scale as {@code a.divide(b, mc)}, in long arithmetic for the short
     * numbers a plan has. The JDK's division of two such numbers scales the dividend to the precision
     * and takes paths meant for any size; divisions are most of what assessing a level target costs.
     * Handled here: a precision of at most 16 digits rounding half-even, a dividend of up to 18 digits
     * and a divisor of up to 14, neither zero, and a quotient below 10^precision; anything else is
     * left to the JDK.
     *
     * @param a  the dividend
     * @param b  the divisor, not zero
     * @param mc the precision and rounding
     * @return a / b
     * @throws ArithmeticException if {@code b} is zero, as the JDK's division
     */
    public static BigDecimal divide(BigDecimal a, BigDecimal b, MathContext mc) {
        BigDecimal q = shortQuotient(a, b, mc);
        return q != null ? q : a.divide(b, mc);
    }

    /** The quotient of {@link #divide} in long arithmetic, or null when it is not handled there. */
    private static BigDecimal shortQuotient(BigDecimal a, BigDecimal b, MathContext mc) {
        int digits = mc.getPrecision();
        int divisorDigits = b.precision();
        if (digits < 1 || digits > 16 || mc.getRoundingMode() != RoundingMode.HALF_EVEN || a.precision() > 18
                || divisorDigits > 14 || a.signum() == 0 || b.signum() == 0) {
            return null;
        }
        // The result's scale: the preferred scale a.scale − b.scale plus the digits brought down.
        long preferred = (long) a.scale() - b.scale();
        if (Math.abs(preferred) > 1_000_000) {
            return null;
        }
        long x = a.scaleByPowerOfTen(a.scale()).longValue(); // the unscaled values: they fit in a long
        long y = b.scaleByPowerOfTen(b.scale()).longValue();
        boolean negative = (x < 0) != (y < 0);
        x = Math.abs(x);
        y = Math.abs(y);
        long limit = LONG_TEN_TO[digits];
        long q = x / y;
        long r = x - q * y;
        if (q >= limit) {
            return null; // more integer digits than the precision: rounded at the integer part
        }
        // Long division, bringing down as many digits at a time as keep r · 10^step below 10^18, until
        // the quotient has the precision's digits (leading zeros do not count) or nothing remains.
        int have = digitCount(q);
        int room = 18 - divisorDigits;
        int brought = 0;
        while (have < digits && r != 0) {
            int step = Math.min(digits - have, room);
            long t = r * LONG_TEN_TO[step];
            long next = t / y;
            q = q * LONG_TEN_TO[step] + next;
            r = t - next * y;
            brought += step;
            have = digitCount(q);
        }
        if (r == 0) {
            // Exact: trailing zeros are dropped down to (never below) the preferred scale.
            while (brought > 0 && q % 10 == 0) {
                q /= 10;
                brought--;
            }
        } else if (2 * r > y || (2 * r == y && (q & 1) != 0)) {
            // Half-even on what remains (r < y < 10^14, so 2r does not overflow).
            q++;
            if (q == limit) {
                q /= 10; // 99…9 rounded up to 10…0: one digit more than the precision, so one less after the point
                brought--;
            }
        }
        return BigDecimal.valueOf(negative ? -q : q, (int) (preferred + brought));
    }

    /** The number of decimal digits of 0 ≤ v &lt; 10^18; 0 for 0. */
    private static int digitCount(long v) {
        int n = ((Long.SIZE - Long.numberOfLeadingZeros(v)) * 1233) >>> 12; // ⌊bits · log10(2)⌋: the count or one less
        return v >= LONG_TEN_TO[n] ? n + 1 : n;
    }
}
