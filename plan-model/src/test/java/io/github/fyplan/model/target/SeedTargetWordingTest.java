package io.github.fyplan.model.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.fixtures.SeedIndicators;
import io.github.fyplan.model.fixtures.SeedIndicators.Row;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every target cell of both seed indicator tables (41 Tianning + 37 Wujin rows) and checks
 * the form and values against what DOMAIN.md section 3 says the wording means.
 */
class SeedTargetWordingTest {

    private static final PlanPeriod P14 = PlanPeriod.fourteenthPlan();
    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2021 = Year.of(2021);
    private static final Year Y2025 = Year.of(2025);

    /**
     * What each row means, written from DOMAIN.md section 3: plan (TN or WJ), row, form,
     * comparison, value. Forms: LEVEL, ABOUT, EVERY_YEAR, AVERAGE_GROWTH, CUMULATIVE, REDUCTION
     * (unspecified basis), CHANGE_PERCENT, AUTHORITY, RANK, NONE, COMPOSITE (checked separately).
     */
    private static final String EXPECTED = """
            TN 1  LEVEL AT_LEAST 17
            TN 2  LEVEL AT_LEAST 80
            TN 3  AVERAGE_GROWTH AT_LEAST 6
            TN 4  LEVEL AT_LEAST 76
            TN 5  LEVEL AT_LEAST 1500
            TN 6  AVERAGE_GROWTH AT_LEAST 7
            TN 7  LEVEL AT_LEAST 2500
            TN 8  LEVEL AT_LEAST 1000
            TN 9  CUMULATIVE AT_LEAST 200
            TN 10 CUMULATIVE AT_LEAST 50
            TN 11 EVERY_YEAR AT_LEAST 100
            TN 12 CUMULATIVE AT_LEAST 400
            TN 13 LEVEL AT_LEAST 50
            TN 14 LEVEL AT_LEAST 10
            TN 15 LEVEL AT_LEAST 3
            TN 16 LEVEL AT_LEAST 31
            TN 17 CUMULATIVE AT_LEAST 1100
            TN 18 CUMULATIVE AT_LEAST 10
            TN 19 LEVEL AT_LEAST 9
            TN 20 EVERY_YEAR AT_MOST 3
            TN 21 LEVEL AT_LEAST 1
            TN 22 LEVEL AT_LEAST 0.93
            TN 23 LEVEL AT_LEAST 2.6
            TN 24 LEVEL AT_LEAST 80
            TN 25 REDUCTION - 1.5
            TN 26 AUTHORITY - -
            TN 27 AUTHORITY - -
            TN 28 LEVEL AT_MOST 35
            TN 29 LEVEL AT_LEAST 80
            TN 30 LEVEL AT_LEAST 100
            TN 31 LEVEL AT_LEAST 95
            TN 32 LEVEL AT_LEAST 100
            TN 33 LEVEL AT_LEAST 40
            TN 34 LEVEL AT_LEAST 90
            TN 35 LEVEL AT_LEAST 98
            TN 36 LEVEL AT_LEAST 15
            TN 37 LEVEL AT_LEAST 80
            TN 38 LEVEL AT_LEAST 207
            TN 39 LEVEL AT_MOST 0.01
            TN 40 LEVEL AT_LEAST 95
            TN 41 LEVEL AT_LEAST 6
            WJ 1  ABOUT - 3600
            WJ 2  ABOUT - 21
            WJ 3  LEVEL AT_LEAST 260
            WJ 4  LEVEL AT_LEAST 50
            WJ 5  ABOUT - 40
            WJ 6  LEVEL AT_LEAST 64
            WJ 7  LEVEL AT_LEAST 3.5
            WJ 8  LEVEL AT_LEAST 91
            WJ 9  RANK - -
            WJ 10 LEVEL AT_LEAST 75
            WJ 11 AVERAGE_GROWTH AT_LEAST 6.5
            WJ 12 EVERY_YEAR AT_MOST 1.7
            WJ 13 LEVEL AT_LEAST 94
            WJ 14 LEVEL AT_LEAST 90.6
            WJ 15 LEVEL AT_LEAST 3.1
            WJ 16 LEVEL AT_LEAST 54
            WJ 17 LEVEL AT_LEAST 23
            WJ 18 AUTHORITY - -
            WJ 19 AUTHORITY - -
            WJ 20 AUTHORITY - -
            WJ 21 NONE - -
            WJ 22 AUTHORITY - -
            WJ 23 LEVEL AT_LEAST 27
            WJ 24 LEVEL AT_LEAST 95
            WJ 25 AUTHORITY - -
            WJ 26 LEVEL AT_LEAST 90
            WJ 27 LEVEL AT_LEAST 6.5
            WJ 28 LEVEL AT_LEAST 74
            WJ 29 LEVEL AT_LEAST 4
            WJ 30 LEVEL AT_LEAST 3.2
            WJ 31 AUTHORITY - -
            WJ 32 LEVEL AT_LEAST 98
            WJ 33 COMPOSITE - -
            WJ 34 CHANGE_PERCENT AT_MOST -30
            WJ 35 LEVEL AT_LEAST 96
            WJ 36 LEVEL AT_LEAST 91
            WJ 37 LEVEL AT_LEAST 90
            """;

    static Stream<Arguments> rows() {
        return EXPECTED.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")).map(c -> {
            Row row = SeedIndicators.row(c[0].equals("TN") ? SeedIndicators.TIANNING : SeedIndicators.WUJIN,
                    Integer.parseInt(c[1]));
            return Arguments.of(row.indicatorId(), row, c[2], c[3], c[4]);
        });
    }

    @Test
    void seedTablesHave41TianningAnd37WujinRows() {
        assertEquals(41, SeedIndicators.of(SeedIndicators.TIANNING).size());
        assertEquals(37, SeedIndicators.of(SeedIndicators.WUJIN).size());
        assertEquals(78, SeedIndicators.all().size());
    }

    @Test
    void expectationsCoverEveryRowOfBothTablesOnce() {
        List<String> expected = rows().map(a -> (String) a.get()[0]).toList();
        Set<String> all = SeedIndicators.all().stream().map(Row::indicatorId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(78, expected.size());
        assertEquals(all, new TreeSet<>(expected));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void parsesSeedWordingAsDomainDescribes(String id, Row row, String form, String comparison, String value) {
        Target actual = TargetWording.parse(row.wording(), row.name(), P14);
        Comparison c = comparison.equals("-") ? null : Comparison.valueOf(comparison);
        BigDecimal v = value.equals("-") ? null : new BigDecimal(value);
        Target expected = switch (form) {
            case "LEVEL" -> new LevelTarget(c, v, Y2025);
            case "ABOUT" -> new AboutTarget(v, AboutTarget.DEFAULT_TOLERANCE, Y2025);
            case "EVERY_YEAR" -> new EveryYearTarget(c, v, Y2021, Y2025);
            case "AVERAGE_GROWTH" -> new AverageGrowthTarget(v, c, Y2020, Y2025);
            case "CUMULATIVE" -> new CumulativeTarget(v, c, Y2021, Y2025);
            case "REDUCTION" -> new ReductionRateTarget(v, RateBasis.UNSPECIFIED, Y2020, Y2025);
            case "CHANGE_PERCENT" -> new ChangeTarget(ChangeKind.PERCENT, v, c, Y2020, Y2025);
            case "AUTHORITY" -> new QualitativeTarget(QualitativeKind.AUTHORITY_REQUIREMENT, row.wording());
            case "RANK" -> new QualitativeTarget(QualitativeKind.RANK, row.wording());
            case "NONE" -> new NoTarget();
            case "COMPOSITE" -> wujin33Composite();
            default -> throw new AssertionError("unknown form " + form);
        };
        assertEquals(expected, actual, () -> id + " " + row.name() + " «" + row.wording() + "»");
    }

    @Test
    void keepsTheScaleOfSeedValues() {
        LevelTarget tn22 = assertInstanceOf(LevelTarget.class, parse(SeedIndicators.TIANNING, 22));
        assertEquals("0.93", tn22.value().toPlainString());
        LevelTarget tn39 = assertInstanceOf(LevelTarget.class, parse(SeedIndicators.TIANNING, 39));
        assertEquals(2, tn39.value().scale());
        LevelTarget wj14 = assertInstanceOf(LevelTarget.class, parse(SeedIndicators.WUJIN, 14));
        assertEquals("90.6", wj14.value().toPlainString());
    }

    @Test
    void readsWujin33AsOneComponentPerSubject() {
        CompositeTarget t = assertInstanceOf(CompositeTarget.class, parse(SeedIndicators.WUJIN, 33));
        assertEquals(List.of("药店", "医疗机构", "疾病预防控制机构", "疫苗接种单位", "三级监管的医疗器械批发企业"),
                t.components().stream().map(Component::subject).toList());
        assertEquals(wujin33Composite(), t);
    }

    @Test
    void readsUnemploymentCeilingAsHeldEveryYearInclusive() {
        EveryYearTarget tn20 = assertInstanceOf(EveryYearTarget.class, parse(SeedIndicators.TIANNING, 20));
        assertEquals(true, tn20.isMetBy(new BigDecimal("3.0")));
        assertEquals(false, tn20.isMetBy(new BigDecimal("3.01")));
    }

    private static Target parse(String plan, int number) {
        Row row = SeedIndicators.row(plan, number);
        return TargetWording.parse(row.wording(), row.name(), P14);
    }

    private static CompositeTarget wujin33Composite() {
        LevelTarget atLeast35 = new LevelTarget(Comparison.AT_LEAST, new BigDecimal("35"), Y2025);
        LevelTarget all100 = new LevelTarget(Comparison.AT_LEAST, new BigDecimal("100"), Y2025);
        return new CompositeTarget(List.of(new Component("药店", atLeast35), new Component("医疗机构", atLeast35),
                new Component("疾病预防控制机构", all100), new Component("疫苗接种单位", all100),
                new Component("三级监管的医疗器械批发企业", all100)));
    }
}
