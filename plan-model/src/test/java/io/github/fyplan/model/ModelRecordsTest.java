package io.github.fyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.fixtures.SamplePlans;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Behaviour of the model records beyond their structural invariants. */
class ModelRecordsTest {

    @ParameterizedTest
    @CsvSource({
        "城镇登记失业率, LOWER_IS_BETTER", "PM2.5浓度, LOWER_IS_BETTER",
        "单位地区生产总值生产安全事故死亡率, LOWER_IS_BETTER", "单位生产总值固定污染源主要大气污染物排放量, LOWER_IS_BETTER",
        "单位生产总值能耗降低, HIGHER_IS_BETTER", "细颗粒物（PM2.5）浓度下降, HIGHER_IS_BETTER",
        "地区生产总值, HIGHER_IS_BETTER", "城市空气质量优良天数比率, HIGHER_IS_BETTER", "公众安全感, HIGHER_IS_BETTER"})
    void infersTheDirectionFromTheNameAndSaysWhy(String name, Polarity polarity) {
        Direction d = Direction.inferFrom(name);
        assertEquals(polarity, d.polarity());
        assertTrue(d.isInferred());
        assertFalse(d.basis().isEmpty());
    }

    @Test
    void keepsAStatedDirectionWithItsBasis() {
        Direction d = Direction.stated(Polarity.LOWER_IS_BETTER, "区统计局");
        assertFalse(d.isInferred());
        assertEquals(DirectionSource.STATED, d.source());
        assertEquals("区统计局", d.basis());
    }

    @Test
    void readsTheAttributeAsPrinted() {
        assertEquals(Attribute.BINDING, Attribute.fromChinese(" 约束性 "));
        assertEquals(Attribute.EXPECTED, Attribute.fromChinese("预期性"));
        assertEquals("约束性", Attribute.BINDING.chinese());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Attribute.fromChinese("指导性"));
        assertTrue(e.getMessage().contains("指导性"));
    }

    @Test
    void describesThe14thPlanPeriod() {
        PlanPeriod p = PlanPeriod.fourteenthPlan();
        assertEquals(PlanPeriod.of(2020, 2021, 2025, 2035), p);
        assertEquals(5, p.lengthInYears());
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025), p.years().map(Year::getValue).toList());
        assertTrue(p.contains(Year.of(2021)));
        assertTrue(p.contains(Year.of(2025)));
        assertFalse(p.contains(Year.of(2020)));
        assertFalse(p.contains(Year.of(2026)));
    }

    @Test
    void findsChaptersThroughParts() {
        Plan plan = SamplePlans.minimal();
        assertEquals(List.of(1, 2, 3), plan.chapters().stream().map(Division::number).toList());
        assertEquals(2, plan.divisions(DivisionLevel.PART).size());
        assertEquals(List.of("第一篇", "第一章", "第二章", "一、", "1．", "第二篇", "第三章"),
                plan.divisions().map(Division::label).toList());
        assertEquals("第二章 交通", plan.chapters().get(1).title());
        assertEquals(1, plan.chapters().get(1).children().size());
        assertEquals(1, plan.chapters().get(0).paragraphs().size());
    }

    @Test
    void looksUpIndicatorsAndCategories() {
        Plan plan = SamplePlans.minimal();
        assertEquals("PM2.5浓度", plan.indicator("TN-03").orElseThrow().name());
        assertTrue(plan.indicator("TN-99").isEmpty());
        assertEquals(List.of("经济强", "环境美"), plan.categories());
        assertTrue(plan.indicator("TN-03").orElseThrow().isBinding());
        assertFalse(plan.indicator("TN-03").orElseThrow().isDerived());
    }

    @Test
    void countsBoxItemsAndKnowsCompleteLists() {
        KeyProjectBox box = SamplePlans.minimal().boxes().get(0);
        assertEquals(2, box.itemCount());
        assertTrue(box.groups().get(0).isCompleteList());
        assertFalse(new ProjectGroup("老旧小区", 109, "个", true, "…等109个老旧小区", box.groups().get(0).items())
                .isCompleteList());
        assertFalse(new ProjectGroup("行动", null, "", false, "…", List.of()).isCompleteList());
    }

    @Test
    void copiesWithOneComponentChanged() {
        Indicator i = SamplePlans.minimal().indicators().get(2);
        Indicator stated = i.withDirection(Direction.stated(Polarity.LOWER_IS_BETTER, "审核"));
        assertEquals(DirectionSource.STATED, stated.direction().source());
        assertEquals(i.target(), stated.target());
        assertEquals(List.of("注"), i.withNotes(List.of("注")).notes());
        assertEquals(null, i.withBaseline(null).baseline());
    }
}
