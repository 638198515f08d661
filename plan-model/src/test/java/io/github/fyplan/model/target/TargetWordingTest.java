package io.github.fyplan.model.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fyplan.model.PlanPeriod;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wordings that DOMAIN.md describes but the seeds do not use, and the parser's edges. */
class TargetWordingTest {
    private static final PlanPeriod P14 = PlanPeriod.fourteenthPlan();
    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2025 = Year.of(2025);

    private static Target parse(String wording, String name) {
        return TargetWording.parse(wording, name, P14);
    }

    @ParameterizedTest(name = "{0} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            突破80亿元   | 一般公共预算收入 | MORE_THAN | 80
            超2000家     | 高新技术企业数   | MORE_THAN | 2000
            超过500      | 高新技术企业数   | MORE_THAN | 500
            ≥35%         | 药店检查覆盖率   | AT_LEAST  | 35
            ＞35         | 药店检查覆盖率   | MORE_THAN | 35
            <5           | 药店检查覆盖率   | LESS_THAN | 5
            ≤5           | 药店检查覆盖率   | AT_MOST   | 5
            不低于95     | 群众安全感       | AT_LEAST  | 95
            不超过40     | 群众安全感       | AT_MOST   | 40
            不满10       | 群众安全感       | LESS_THAN | 10
            64以上       | 每万人发明专利拥有量 | AT_LEAST | 64
            80%以上      | 全民阅读指数     | AT_LEAST  | 80
            1.5以下      | 某污染物浓度     | AT_MOST   | 1.5
            达到95       | 城镇污水处理率   | AT_LEAST  | 95
            力争达到400  | 高新技术企业数   | AT_LEAST  | 400
            ６４以上     | 每万人发明专利拥有量 | AT_LEAST | 64
            ' 64 以上 '  | 每万人发明专利拥有量 | AT_LEAST | 64
            26.43        | 每万人发明专利拥有量 | AT_LEAST | 26.43
            1.50         | 每千人口执业医师数 | AT_LEAST | 1.50
            36.5         | PM2.5年平均浓度  | AT_MOST   | 36.5
            """)
    void readsBoundsAsTheCivilCodeAndSymbolsSay(String wording, String name, Comparison comparison, String value) {
        assertEquals(new LevelTarget(comparison, new BigDecimal(value), Y2025), parse(wording, name));
    }

    @Test
    void keepsTrailingZerosOfTheValueAsWritten() {
        LevelTarget t = assertInstanceOf(LevelTarget.class, parse("1.50", "每千人口执业医师数"));
        assertEquals(2, t.value().scale());
    }

    @Test
    void readsAnIncreaseByAnAmountAsAChangeFromTheBaseYear() {
        assertEquals(new ChangeTarget(ChangeKind.AMOUNT, new BigDecimal("1000"), Comparison.AT_LEAST, Y2020, Y2025),
                parse("增加1000亿元", "地区生产总值"));
    }

    @Test
    void readsADecreaseByAPercentAsANegativeChangeAtMost() {
        assertEquals(new ChangeTarget(ChangeKind.PERCENT, new BigDecimal("-30"), Comparison.AT_MOST, Y2020, Y2025),
                parse("较2020年降低30%", "生产安全事故死亡率"));
    }

    @Test
    void readsAnotherBaseYearFromTheWording() {
        assertEquals(new ChangeTarget(ChangeKind.PERCENT, new BigDecimal("20"), Comparison.AT_LEAST, Year.of(2015),
                Y2025), parse("较2015年增长20%", "居民人均可支配收入"));
    }

    @Test
    void readsADecreaseOfAtLeastAPercentAsAtMostTheImpliedLevel() {
        ChangeTarget t = assertInstanceOf(ChangeTarget.class, parse("较2020年下降5%以上", "单位能耗"));
        assertEquals(Comparison.AT_MOST, t.comparison());
        assertEquals(new BigDecimal("-5"), t.value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            翻一番         | 2
            翻两番         | 4
            较2020年翻一番 | 2
            增长一倍以上   | 2
            """)
    void readsDoublingAsAFactorChange(String wording, int factor) {
        assertEquals(new ChangeTarget(ChangeKind.FACTOR, BigDecimal.valueOf(factor), Comparison.AT_LEAST, Y2020, Y2025),
                parse(wording, "地区生产总值"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3-5", "3至5", "3～5", "3%-5%", "3到5"})
    void readsRangesInclusive(String wording) {
        assertEquals(new RangeTarget(new BigDecimal("3"), true, new BigDecimal("5"), true, Y2025),
                parse(wording, "城镇调查失业率水平"));
    }

    @Test
    void readsAboutFromBothSides() {
        AboutTarget expected = new AboutTarget(new BigDecimal("3600"), AboutTarget.DEFAULT_TOLERANCE, Y2025);
        assertEquals(expected, parse("3600左右", "地区生产总值"));
        assertEquals(expected, parse("约3600", "地区生产总值"));
        assertEquals(expected, parse("３６００左右", "地区生产总值"));
    }

    @Test
    void readsANameWithEveryYearAsAnEveryYearBound() {
        assertEquals(new EveryYearTarget(Comparison.AT_LEAST, new BigDecimal("100"), Year.of(2021), Y2025),
                parse("100", "每年新增三新经济载体面积"));
    }

    @Test
    void readsTheFormFromWordsInTheCellWhenTheNameDoesNotSayIt() {
        // Regression: "年均6" and "每年100" were read as 2025 levels because only the name was asked.
        assertEquals(new AverageGrowthTarget(new BigDecimal("6"), Comparison.AT_LEAST, Y2020, Y2025),
                parse("年均增长6%", "地区生产总值"));
        assertEquals(new AverageGrowthTarget(new BigDecimal("6.5"), Comparison.AT_LEAST, Y2020, Y2025),
                parse("年均6.5", "城乡居民可支配收入"));
        assertEquals(new EveryYearTarget(Comparison.AT_LEAST, new BigDecimal("100"), Year.of(2021), Y2025),
                parse("每年新增100", "三新经济载体面积"));
        assertEquals(new CumulativeTarget(new BigDecimal("200"), Comparison.AT_LEAST, Year.of(2021), Y2025),
                parse("五年累计200", "企业股权融资额"));
        assertEquals(new ReductionRateTarget(new BigDecimal("3"), RateBasis.ANNUAL, Y2020, Y2025),
                parse("年均3", "单位地区生产总值能耗降低"));
    }

    @Test
    void readsAnUnemploymentCeilingStatedInWordsAsEveryYearAtMost() {
        assertEquals(new EveryYearTarget(Comparison.AT_MOST, new BigDecimal("3"), Year.of(2021), Y2025),
                parse("控制在3%以内", "城镇调查失业率"));
    }

    @Test
    void readsAReductionRateWhoseNameSaysAnnualAsAnnual() {
        assertEquals(new ReductionRateTarget(new BigDecimal("3"), RateBasis.ANNUAL, Y2020, Y2025),
                parse("3", "单位地区生产总值能耗年均降低"));
        assertEquals(new ReductionRateTarget(new BigDecimal("18"), RateBasis.WHOLE_PERIOD, Y2020, Y2025),
                parse("18", "单位地区生产总值能耗累计降低"));
    }

    @Test
    void letsAStatedBoundWinOverTheInferredSide() {
        // PM2.5 is better when lower, but "以上" says at least: the wording is kept, validation warns.
        assertEquals(new LevelTarget(Comparison.AT_LEAST, new BigDecimal("35"), Y2025), parse("35以上", "PM2.5浓度"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            达到国家要求     | AUTHORITY_REQUIREMENT
            完成省下达任务   | AUTHORITY_REQUIREMENT
            全市前列         | RANK
            保持全省领先     | RANK
            稳步提升         | DESCRIPTIVE
            """)
    void readsWordsWithoutNumbersAsQualitative(String wording, QualitativeKind kind) {
        assertEquals(new QualitativeTarget(kind, wording), parse(wording, "营商便利度"));
    }

    @Test
    void keepsTheQualitativeStatementAsPrinted() {
        assertEquals(new QualitativeTarget(QualitativeKind.AUTHORITY_REQUIREMENT, "达到省，市要求"),
                parse(" 达到省，市要求 ", "单位地区生产总值能耗降低"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc34", "n/a", "???", "-", "3600左右？5", "以上以上7以下8", "1.2.3"})
    void keepsGarbageAsUnparsedWithTheTextAsWritten(String wording) {
        assertEquals(new UnparsedTarget(wording), parse(wording, "地区生产总值"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u3000"})
    void readsABlankCellAsNoTarget(String wording) {
        assertEquals(new NoTarget(), parse(wording, "空气质量达到二级标准的天数比例"));
    }

    @Test
    void keepsAClauseItCannotReadInsideACompositeAsUnparsed() {
        CompositeTarget t = assertInstanceOf(CompositeTarget.class, parse("甲、乙均≥35%；丙均abc", "覆盖率"));
        assertEquals(3, t.components().size());
        assertEquals(new UnparsedTarget("abc"), t.components().get(2).target());
    }

    @Test
    void doesNotNestCompositesSoAdversarialTextCannotOverflowTheStack() {
        String wording = "、均".repeat(50_000) + "35";
        assertEquals(new UnparsedTarget(wording), parse(wording, "覆盖率"));
    }

    @Test
    void usesThePeriodForYears() {
        PlanPeriod p15 = PlanPeriod.of(2025, 2026, 2030, 2035);
        assertEquals(new CumulativeTarget(new BigDecimal("200"), Comparison.AT_LEAST, Year.of(2026), Year.of(2030)),
                TargetWording.parse("200", "企业股权融资额（五年累计）", p15));
    }

    @Test
    void rejectsNullArguments() {
        assertEquals("wording", assertThrows(NullPointerException.class, () -> parse(null, "x")).getMessage());
        assertEquals("indicatorName", assertThrows(NullPointerException.class, () -> parse("1", null)).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class,
                () -> TargetWording.parse("1", "x", null)).getMessage());
    }
}
