package io.github.fyplan.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.rules.internal.BigMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** BigMath.toDouble gives exactly the double BigDecimal.doubleValue gives. */
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

    @Test
    void aHundredthIsTheExactQuotientAtTheDivisionsScale() {
        // number and scale, as x.divide(100) gives them: 1250 / 100 = 12.5 (scale 1), 1200 / 100 = 12 (scale 0)
        qt().withExamples(20_000).forAll(longs().all(), integers().between(-20, 40))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal x = BigDecimal.valueOf(unscaled, scale);
                    assertEquals(x.divide(BigDecimal.valueOf(100)), BigMath.hundredth(x), x::toString);
                });
        for (String x : new String[] {"0", "0.000", "0E+5", "1200", "1250", "1E+2", "1E+1", "7", "-300.00",
                "123456789012345678901234567890", "-1.000000000000000000000000000001E+7"}) {
            BigDecimal d = new BigDecimal(x);
            assertEquals(d.divide(BigDecimal.valueOf(100)), BigMath.hundredth(d), x);
        }
    }
}
