package io.github.fyplan.model.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRecordsTest {
    private static final Year Y2025 = Year.of(2025);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void rejectsANegativeAboutTolerance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AboutTarget(d("3600"), d("-0.01"), Y2025));
        assertTrue(e.getMessage().contains("relativeTolerance") && e.getMessage().contains("-0.01"), e.getMessage());
    }

    @Test
    void acceptsAZeroAboutToleranceAsExactly() {
        AboutTarget t = new AboutTarget(d("3600"), BigDecimal.ZERO, Y2025);
        assertTrue(t.isMetBy(d("3600.0")));
        assertFalse(t.isMetBy(d("3600.01")));
    }

    @Test
    void boundsAboutTargetsByTheRelativeToleranceInclusive() {
        AboutTarget t = new AboutTarget(d("3600"), AboutTarget.DEFAULT_TOLERANCE, Y2025);
        assertEquals(0, t.lowerBound().compareTo(d("3420")));
        assertEquals(0, t.upperBound().compareTo(d("3780")));
        assertTrue(t.isMetBy(d("3420")));
        assertTrue(t.isMetBy(d("3780")));
        assertFalse(t.isMetBy(d("3419.99")));
        AboutTarget negative = new AboutTarget(d("-10"), d("0.1"), Y2025);
        assertEquals(0, negative.lowerBound().compareTo(d("-11")));
        assertEquals(0, negative.upperBound().compareTo(d("-9")));
    }

    @Test
    void honoursEachEndOfARange() {
        RangeTarget halfOpen = new RangeTarget(d("3"), true, d("5"), false, Y2025);
        assertTrue(halfOpen.isMetBy(d("3.00")));
        assertTrue(halfOpen.isMetBy(d("4.99")));
        assertFalse(halfOpen.isMetBy(d("5")));
        assertFalse(halfOpen.isMetBy(d("2.99")));
        RangeTarget open = new RangeTarget(d("3"), false, d("5"), true, Y2025);
        assertFalse(open.isMetBy(d("3")));
        assertTrue(open.isMetBy(d("5")));
    }

    @Test
    void meetsLevelAndEveryYearBoundsAsTheComparisonSays() {
        assertTrue(new LevelTarget(Comparison.MORE_THAN, d("80"), Y2025).isMetBy(d("80.01")));
        assertFalse(new LevelTarget(Comparison.MORE_THAN, d("80"), Y2025).isMetBy(d("80.00")));
        assertTrue(new EveryYearTarget(Comparison.AT_MOST, d("3"), Year.of(2021), Y2025).isMetBy(d("3.0")));
    }

    @Test
    void countsTheYearsOfACumulativeTargetInclusive() {
        assertEquals(5, new CumulativeTarget(d("200"), Comparison.AT_LEAST, Year.of(2021), Y2025).years());
    }

    @Test
    void saysWhichFormsAreQuantified() {
        assertFalse(new NoTarget().isQuantified());
        assertFalse(new QualitativeTarget(QualitativeKind.RANK, "全省第一方阵").isQuantified());
        assertFalse(new UnparsedTarget("?").isQuantified());
        assertTrue(new LevelTarget(Comparison.AT_LEAST, d("1"), Y2025).isQuantified());
        assertTrue(new CompositeTarget(List.of()).isQuantified());
    }

    @Test
    void comparesValuesByRepresentationInEquality() {
        assertNotEquals(new LevelTarget(Comparison.AT_LEAST, d("1.0"), Y2025),
                new LevelTarget(Comparison.AT_LEAST, d("1.00"), Y2025));
    }

    @Test
    void describesComparisons() {
        assertEquals("≥", Comparison.AT_LEAST.symbol());
        assertTrue(Comparison.LESS_THAN.isUpperBound());
        assertFalse(Comparison.MORE_THAN.isInclusive());
    }
}
