package io.github.fyplan.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.rules.RuleUsageException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormulaTest {
    private static BigDecimal eval(String f, Map<String, String> values) {
        Map<String, BigDecimal> v = new java.util.HashMap<>();
        values.forEach((k, x) -> v.put(k, new BigDecimal(x)));
        return Formula.parse(f).evaluate(v).orElseThrow();
    }

    @Test
    void computesAShareOfGdp() {
        // 研发经费支出占GDP比重 = 12.6 / 450 × 100 = 2.8
        assertEquals(0, new BigDecimal("2.8").compareTo(eval("RD / GDP * 100", Map.of("RD", "12.6", "GDP", "450"))));
    }

    @Test
    void followsPrecedenceAndParentheses() {
        assertEquals(new BigDecimal("7"), eval("1 + 2 * 3", Map.of()));
        assertEquals(new BigDecimal("9"), eval("(1 + 2) * 3", Map.of()));
        assertEquals(new BigDecimal("-1"), eval("2 - 3", Map.of()));
        assertEquals(new BigDecimal("5"), eval("--5", Map.of()));
        assertEquals(new BigDecimal("1"), eval("10 - 4 - 5", Map.of()));
    }

    @Test
    void additionIsExactDivisionUsesDecimal64() {
        assertEquals(new BigDecimal("0.3"), eval("0.1 + 0.2", Map.of()));
        assertEquals(new BigDecimal("0.3333333333333333"), eval("1 / 3", Map.of()));
    }

    @Test
    void bracketedIdsMayHoldDashesAndHashes() {
        Formula f = Formula.parse("[TN-15] + [WJ-33#0] * 人口");
        assertEquals(Set.of("TN-15", "WJ-33#0", "人口"), f.variables());
        assertEquals(new BigDecimal("7"), eval("[TN-15] + [WJ-33#0] * 人口", Map.of("TN-15", "1", "WJ-33#0", "2", "人口", "3")));
    }

    @Test
    void divisionByZeroIsUndefined() {
        assertEquals(Optional.empty(), Formula.parse("A / B").evaluate(Map.of("A", BigDecimal.ONE, "B", BigDecimal.ZERO)));
    }

    @Test
    void aMissingValueIsMisuseNamingTheId() {
        RuleUsageException e = assertThrows(RuleUsageException.class,
                () -> Formula.parse("A + B").evaluate(Map.of("A", BigDecimal.ONE)));
        assertTrue(e.getMessage().contains("'B'"), e.getMessage());
    }

    @Test
    void rejectsBadSyntaxNamingTheColumn() {
        assertEquals(5, assertThrows(InvalidFormulaException.class, () -> Formula.parse("A + * B")).column());
        assertEquals(3, assertThrows(InvalidFormulaException.class, () -> Formula.parse("A B")).column());
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("(A + B"));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse(""));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("1.2.3"));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("1. + 2"));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse(".5 * A"));
        // Numbers are ASCII digits: a full-width ３ is not read as 3.
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("\uFF13 * A"));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("[TN-15"));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("A ^ 2"));
        assertThrows(InvalidFormulaException.class, () -> Formula.parse("(".repeat(500) + "1" + ")".repeat(500)));
    }

    @Test
    void keepsItsText() {
        assertEquals("RD / GDP * 100", Formula.parse("RD / GDP * 100").toString());
        assertEquals(Formula.parse("A+B"), Formula.parse("A+B"));
    }

    @Test
    void aTextParsedAgainGivesTheSameFormula() {
        Formula first = Formula.parse("[TN-15] / GDP * 100");
        assertSame(first, Formula.parse(new StringBuilder("[TN-15] / GDP * 100")));
        assertEquals(Set.of("TN-15", "GDP"), first.variables());
    }

    @Test
    void theCacheOfParsedFormulasStaysBoundedAndGivesEachTextItsOwnFormula() {
        // Far more texts than slots, parsed in two orders and from several threads: each text must
        // still give a formula of its own (never a neighbour's from the same slot).
        int n = 5 * Formula.CACHE_SLOTS * 10;
        for (int round = 0; round < 2; round++) {
            IntStream.range(0, n).parallel().map(k -> n - 1 - k).forEach(k -> {
                String text = "X" + k + " * 2 + " + k;
                Formula f = Formula.parse(text);
                assertEquals(text, f.toString());
                assertEquals(Set.of("X" + k), f.variables());
                assertEquals(BigDecimal.valueOf(2L * 7 + k), f.evaluate(Map.of("X" + k, BigDecimal.valueOf(7))).orElseThrow());
            });
            assertTrue(Formula.cached() <= Formula.CACHE_SLOTS, "cached " + Formula.cached());
        }
        assertTrue(Formula.cached() > 0, "nothing cached");
    }
}
