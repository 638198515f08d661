package io.github.fyplan.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.rules.internal.BigMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * BigMath.toDouble gives exactly the double BigDecimal.doubleValue gives; BigMath's divisions give
 * exactly the number and scale BigDecimal.divide gives.
 */
class BigMathProperties {

    private static void sameDouble(BigDecimal x) {
        assertEquals(Double.doubleToRawLongBits(x.doubleValue()), Double.doubleToRawLongBits(BigMath.toDouble(x)),
                () -> x.toPlainString() + ": " + x.doubleValue() + " but " + BigMath.toDouble(x));
    }

    @Test
    void longUnscaledValuesConvertToTheSameDouble() {
        qt().withExamples(20_000).forAll(longs().all(), integers().between(-30, 70))
                .checkAssert((unscaled, scale) -> sameDouble(BigDecimal.valueOf(unscaled, scale)));
    }

    @Test
    void valuesOfSixteenToEighteenDigitsConvertToTheSameDouble() {
        // the digits of rounded quotients (16) and what a long holds below 10^18, at the scales of TEN_TO
        qt().withExamples(20_000).forAll(longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
                integers().between(1, 22))
                .checkAssert((unscaled, scale) -> sameDouble(BigDecimal.valueOf(unscaled, scale)));
        qt().withExamples(20_000).forAll(longs().between(1_000_000_000_000_000L, 9_999_999_999_999_999L),
                integers().between(1, 22))
                .checkAssert((unscaled, scale) -> sameDouble(BigDecimal.valueOf(unscaled, scale)));
        for (int scale = 1; scale <= 22; scale++) {
            // 2^53 + 1 and its neighbours: halfway between doubles (at scale 0) and just off it
            for (long u = 9007199254740990L; u <= 9007199254740996L; u++) {
                sameDouble(BigDecimal.valueOf(u, scale));
                sameDouble(BigDecimal.valueOf(-u * 10, scale));
            }
            sameDouble(BigDecimal.valueOf(999_999_999_999_999_999L, scale));
            sameDouble(BigDecimal.valueOf(1_000_000_000_000_000L, scale));
        }
    }

    @Test
    void wideUnscaledValuesConvertToTheSameDouble() {
        qt().withExamples(20_000).forAll(longs().all(), longs().all(), integers().between(0, 70))
                .checkAssert((hi, lo, scale) -> sameDouble(new BigDecimal(
                        BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo)), scale)));
    }

    @Test
    void compoundLevelsConvertToTheSameDouble() {
        // the exact levels average growth targets give: base × (1 + p/100)^n, many digits long
        qt().withExamples(20_000).forAll(longs().between(1, 100_000_000L), integers().between(-500, 2000),
                integers().between(1, 10))
                .checkAssert((base, permille, years) -> sameDouble(BigDecimal.valueOf(base, 2)
                        .multiply(BigDecimal.ONE.add(BigDecimal.valueOf(permille, 4)).pow(years))));
    }

    @Test
    void halfwayCasesRoundToEven() {
        // 2^53 + 1 and 2^53 + 3 lie halfway between doubles; a trailing 1 at scale 30 moves them up
        sameDouble(new BigDecimal("9007199254740993"));
        sameDouble(new BigDecimal("9007199254740993.000000000000000000000000000001"));
        sameDouble(new BigDecimal("9007199254740995.0"));
        sameDouble(new BigDecimal("-9007199254740993.0000000000000000000000000000000001"));
        sameDouble(new BigDecimal("0.1000000000000000055511151231257827021181583404541015625"));
        sameDouble(new BigDecimal("0.10000000000000000555111512312578270211815834045410156250001"));
    }

    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int k = 1; k < TEN.length; k++) {
            TEN[k] = TEN[k - 1] * 10;
        }
    }

    private static void sameQuotient(BigDecimal a, BigDecimal b) {
        for (MathContext mc : new MathContext[] {BigMath.MC, BigMath.GROWTH, new MathContext(7, RoundingMode.HALF_EVEN),
                new MathContext(16, RoundingMode.HALF_UP), new MathContext(20, RoundingMode.HALF_EVEN)}) {
            BigDecimal expected = a.divide(b, mc);
            BigDecimal actual = BigMath.divide(a, b, mc);
            // equals compares the scale too: 2.50 is not 2.5 here
            assertEquals(expected, actual, () -> a + " / " + b + " with " + mc + ": " + expected + " but " + actual);
        }
        assertEquals(a.divide(b, BigMath.MC), BigMath.div(a, b));
    }

    /** A number of 1 to 18 digits (or zero) at a scale. */
    private static BigDecimal decimal(long seed, int digits, int scale) {
        return BigDecimal.valueOf(seed % TEN[digits], scale);
    }

    @Test
    void quotientsOfShortNumbersAreTheJdks() {
        // digits 0 … 18 and 1 … 18, scales −12 … 24, packed in one int (QuickTheories takes four generators)
        qt().withExamples(50_000).forAll(longs().all(), longs().all(), integers().all())
                .checkAssert((x, y, shape) -> {
                    int k = shape & Integer.MAX_VALUE;
                    int xDigits = k % 19;
                    int yDigits = 1 + (k / 19) % 18;
                    int xScale = (k / 342) % 37 - 12;
                    int yScale = (k / 12654) % 37 - 12;
                    BigDecimal b = decimal(y, yDigits, yScale);
                    if (b.signum() != 0) {
                        sameQuotient(decimal(x, xDigits, xScale), b);
                    }
                });
    }

    @Test
    void quotientsBySmallWholeNumbersAreTheJdks() {
        // shares of years, amounts per remaining year, slopes: values of a few digits over 1 … 20
        qt().withExamples(50_000).forAll(longs().between(-10_000_000_000L, 10_000_000_000L), integers().between(0, 6),
                integers().between(-20, 20))
                .checkAssert((x, scale, n) -> {
                    if (n != 0) {
                        sameQuotient(BigDecimal.valueOf(x, scale), BigDecimal.valueOf(n));
                    }
                });
    }

    @Test
    void exactQuotientsKeepThePreferredScale() {
        // a = b × k: exact, so trailing zeros go down to (not below) a.scale − b.scale
        qt().withExamples(50_000).forAll(longs().between(1, 99_999_999L), integers().between(-4, 10),
                longs().between(-9_999_999L, 9_999_999L), integers().between(-4, 8))
                .checkAssert((y, yScale, k, kScale) -> {
                    BigDecimal b = BigDecimal.valueOf(y, yScale);
                    sameQuotient(b.multiply(BigDecimal.valueOf(k, kScale)), b);
                });
    }

    @Test
    void halfwayAndCarryingQuotientsRoundLikeTheJdk() {
        String[][] cases = {
            {"12345678901234565", "10"}, {"12345678901234575", "10"}, {"-12345678901234565", "10"},
            {"99999999999999995", "10"}, {"99999999999999994", "10"}, {"-99999999999999995", "10"},
            {"9999999999999999.5", "1"}, {"999999999999999.95", "1"}, {"1", "3"}, {"2", "3"}, {"-2", "3"},
            {"1", "8"}, {"1.000", "8"}, {"5", "0.5"}, {"0.000", "7"}, {"0E+5", "-3"}, {"1E+10", "3"}, {"1E-10", "7"},
            {"0.2000000000000000", "1"}, {"100000000000000000", "1"}, {"1.00000000000000000", "1"},
            {"123456789012345678", "99999999999999"}, {"1", "99999999999999"}, {"1", "999999999999999"},
            {"7", "0.00000000000003"}, {"12.5", "0.1"}, {"2.50", "2"}, {"4.00", "2"},
        };
        for (String[] c : cases) {
            sameQuotient(new BigDecimal(c[0]), new BigDecimal(c[1]));
        }
        for (long u = 9_999_999_999_999_990L; u <= 10_000_000_000_000_010L; u++) {
            for (int n = 1; n <= 20; n++) {
                sameQuotient(BigDecimal.valueOf(u, 3), BigDecimal.valueOf(n));
                sameQuotient(BigDecimal.valueOf(-u, 17), BigDecimal.valueOf(n, 1));
            }
        }
    }
}
