package io.github.fyplan.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.target.TargetWording;
import io.github.fyplan.rules.RuleUsageException;
import io.github.fyplan.rules.internal.BigMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DerivedMetricsTest {
    private static final PlanPeriod P = PlanPeriod.fourteenthPlan();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static void assertSame(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }

    @Test
    void compoundGrowthIsExactWhereTheRootIsExact() {
        // 100 → 121 over 2 years: sqrt(1.21) = 1.1, so 10% a year.
        assertSame("0.1", DerivedMetrics.cagr(d("100"), d("121"), 2).orElseThrow());
        // 2 → 16 over 3 years: cube root of 8 = 2, so 100% a year.
        assertSame("1", DerivedMetrics.cagr(d("2"), d("16"), 3).orElseThrow());
    }

    @Test
    void compoundGrowthOfAnIrrationalRootHasAFifteenDigitFactor() {
        // 6.5 → 9 over 5 years: (9/6.5)^(1/5) = 1.06718...: 15 significant digits, so within 1e-14.
        assertFactorNearRoot("6.5", "9", 5, "1e-14");
        // Falling values: 9 → 6.5 over 3 years, a factor below 1 (15 decimals, so within 1e-15).
        assertFactorNearRoot("9", "6.5", 3, "1e-15");
    }

    /** The growth factor 1 + cagr has at most 15 digits and is within a bound of the root to 30 digits. */
    private static void assertFactorNearRoot(String start, String end, int years, String bound) {
        BigDecimal factor = DerivedMetrics.cagr(d(start), d(end), years).orElseThrow().add(BigDecimal.ONE);
        BigDecimal exact = BigMath.root(d(end).divide(d(start), new MathContext(40)), years, new MathContext(30));
        assertTrue(factor.subtract(exact).abs().compareTo(d(bound)) <= 0, () -> factor + " vs " + exact);
        assertTrue(factor.precision() <= 15, factor::toString);
    }

    @Test
    void compoundGrowthOverOneYearIsTheQuotient() {
        assertSame("0.06", DerivedMetrics.cagr(d("100"), d("106"), 1).orElseThrow());
        // 1/3 − 1 to 15 significant digits of the factor.
        assertSame("-0.666666666666667", DerivedMetrics.cagr(d("3"), d("1"), 1).orElseThrow());
    }

    @Test
    void compoundGrowthBeyondTheRangeOfDoubleIsStillComputed() {
        // 1e-400 → 1e400 over 8 years: a factor of 10^100 a year; doubles cannot hold either value.
        BigDecimal g = DerivedMetrics.cagr(d("1e-400"), d("1e400"), 8).orElseThrow();
        assertSame("1e100", g.add(BigDecimal.ONE));
    }

    @Test
    void growthFromZeroOrNegativeIsUndefinedNotFudged() {
        assertEquals(Optional.empty(), DerivedMetrics.cagr(d("0"), d("5"), 3));
        assertEquals(Optional.empty(), DerivedMetrics.cagr(d("-2"), d("5"), 3));
        assertEquals(Optional.empty(), DerivedMetrics.cagr(d("5"), d("-1"), 3));
        assertSame("-1", DerivedMetrics.cagr(d("5"), d("0"), 3).orElseThrow());
    }

    @Test
    void growthOverNoYearIsMisuse() {
        assertThrows(RuleUsageException.class, () -> DerivedMetrics.cagr(d("1"), d("2"), 0));
    }

    @Test
    void yearOnYearLeavesOutYearsAfterAGapOrAZero() {
        Map<Year, BigDecimal> s = new TreeMap<>(Map.of(Year.of(2020), d("100"), Year.of(2021), d("110"),
                Year.of(2023), d("120"), Year.of(2024), d("0"), Year.of(2025), d("5")));
        var yoy = DerivedMetrics.yearOnYear(s);
        // 2021: 110/100 − 1 = 0.1; 2022 absent; 2023 after the gap absent; 2024: 0/120 − 1 = −1; 2025 after 0 absent.
        assertEquals(List.of(Year.of(2021), Year.of(2024)), List.copyOf(yoy.keySet()));
        assertSame("0.1", yoy.get(Year.of(2021)));
        assertSame("-1", yoy.get(Year.of(2024)));
    }

    @Test
    void cumulativeTotalNamesTheMissingYears() {
        Map<Year, BigDecimal> s = Map.of(Year.of(2021), d("35"), Year.of(2023), d("38.5"), Year.of(2019), d("99"));
        CumulativeTotal t = DerivedMetrics.cumulative(s, Year.of(2021), Year.of(2025));
        assertSame("73.5", t.total());
        assertEquals(List.of(Year.of(2021), Year.of(2023)), t.counted());
        assertEquals(List.of(Year.of(2022), Year.of(2024), Year.of(2025)), t.missing());
        assertTrue(!t.isComplete());
    }

    @Test
    void impliedLevelsOfTheSeedWordings() {
        // 较2020年降低30%: base × 0.7 = 0.02 × 0.7 = 0.014
        assertSame("0.014", DerivedMetrics.impliedLevel(
                TargetWording.parse("较2020年降低30%", "单位地区生产总值生产安全事故死亡率降低", P), d("0.02")).orElseThrow());
        // 增加1000亿元: base + 1000
        assertSame("3600", DerivedMetrics.impliedLevel(TargetWording.parse("增加1000亿元", "地区生产总值", P), d("2600"))
                .orElseThrow());
        // 翻一番: base × 2
        assertSame("5200", DerivedMetrics.impliedLevel(TargetWording.parse("翻一番", "地区生产总值", P), d("2600"))
                .orElseThrow());
        // 年均增速 7 over 2020–2025: 500 × 1.07^5 = 500 × 1.4025517307 = 701.27586535
        assertSame("701.27586535", DerivedMetrics.impliedLevel(
                TargetWording.parse("7", "社会消费品零售总额年均增速", P), d("500")).orElseThrow());
        // a blank cell implies nothing
        assertEquals(Optional.empty(), DerivedMetrics.impliedLevel(TargetWording.parse("", "x", P), d("1")));
    }

    @Test
    void requiredGrowthAndYearlyAmount() {
        // from 7.9 to 9 in 2 years: sqrt(9/7.9) − 1 = 0.067352...
        assertEquals(Math.sqrt(9 / 7.9) - 1,
                DerivedMetrics.requiredGrowth(d("7.9"), d("9"), 2).orElseThrow().doubleValue(), 1e-15);
        // 200 − 115 = 85 over 2 years: 42.5
        assertSame("42.5", DerivedMetrics.requiredYearlyAmount(d("115"), d("200"), 2));
        assertThrows(RuleUsageException.class, () -> DerivedMetrics.requiredYearlyAmount(d("1"), d("2"), 0));
    }

    @Test
    void linearAndCompoundProjections() {
        // 6.5 (2020) → 7.7 (2023): slope 0.4, to 2025: 7.7 + 0.8 = 8.5
        assertSame("8.5", DerivedMetrics.projectLinear(Year.of(2020), d("6.5"), Year.of(2023), d("7.7"), Year.of(2025)));
        // 100 (2020) → 121 (2022): 10% a year, to 2025: 121 × 1.331 = 161.051
        assertSame("161.051", DerivedMetrics.projectCompound(Year.of(2020), d("100"), Year.of(2022), d("121"),
                Year.of(2025)).orElseThrow());
        assertEquals(Optional.empty(), DerivedMetrics.projectCompound(Year.of(2020), d("0"), Year.of(2022), d("1"),
                Year.of(2025)));
    }

    @Test
    void sharesAndPerCapita() {
        // R&D 12.6 of GDP 450: 2.8%
        assertSame("2.8", DerivedMetrics.share(d("12.6"), d("450")).orElseThrow());
        assertEquals(Optional.empty(), DerivedMetrics.share(d("1"), d("0")));
        assertSame("12.5", DerivedMetrics.perCapita(d("1000"), d("80")).orElseThrow());
    }
}
