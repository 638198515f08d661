package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Block;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.TablePlacement;
import io.github.fyplan.model.fixtures.SeedIndicators;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.ReductionRateTarget;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Plans built in code from real seed indicators, with targets from {@code TargetWording.parse} and
 * inferred directions, validate with exactly the warnings their oddities deserve and no error.
 */
class SeedPlanValidationTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static Plan plan(String id, String code, String name, List<Indicator> indicators) {
        List<Block> body = List.of(new Division(DivisionLevel.CHAPTER, 1, "第一章", "开启现代化建设新征程",
                List.of(new Paragraph("主要目标。"), new TablePlacement("“十四五”" + name + "经济社会发展指标体系"))));
        List<Goal> goals = List.of(new Goal("G0", GoalKind.VISION, "", "到2035年，基本实现社会主义现代化。",
                Year.of(2035), List.of()), new Goal("G1", GoalKind.MAIN, "经济发展迈上新台阶", "——经济发展迈上新台阶。",
                Year.of(2025), List.of(indicators.get(0).id())));
        return new Plan(id, name + "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "zh-CN",
                new Region(code, name, AdministrativeLevel.DISTRICT), PlanPeriod.fourteenthPlan(), body, goals,
                indicators, List.of(), List.of(), List.of(), Map.of());
    }

    /** Rows picked from both tables, renumbered 1 … n in this order (ids keep the table's number). */
    private static List<Indicator> picked(Object... planAndNumber) {
        List<Indicator> list = new ArrayList<>();
        for (int k = 0; k < planAndNumber.length; k += 2) {
            Indicator i = SeedIndicators.row((String) planAndNumber[k], (Integer) planAndNumber[k + 1]).toIndicator();
            list.add(PlanEdits.renumbered(i, i.id(), list.size() + 1));
        }
        return list;
    }

    @Test
    void warnsExactlyAboutTheOdditiesOfAFewRealIndicators() {
        List<Indicator> indicators = picked(
                SeedIndicators.TIANNING, 20, SeedIndicators.TIANNING, 22, SeedIndicators.TIANNING, 25,
                SeedIndicators.TIANNING, 28, SeedIndicators.WUJIN, 1, SeedIndicators.WUJIN, 21,
                SeedIndicators.WUJIN, 33, SeedIndicators.WUJIN, 34);
        assertInstanceOf(EveryYearTarget.class, indicators.get(0).target());
        assertInstanceOf(LevelTarget.class, indicators.get(1).target());
        assertInstanceOf(ReductionRateTarget.class, indicators.get(2).target());
        assertEquals(Polarity.LOWER_IS_BETTER, indicators.get(3).direction().polarity());
        assertInstanceOf(AboutTarget.class, indicators.get(4).target());
        assertInstanceOf(NoTarget.class, indicators.get(5).target());
        assertInstanceOf(CompositeTarget.class, indicators.get(6).target());
        assertInstanceOf(ChangeTarget.class, indicators.get(7).target());

        ValidationReport report = VALIDATOR.validate(plan("cn-320402-14th", "320402", "天宁区", indicators));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(List.of(
                // TN-22: unit % with target 0.93, a ratio written under a percent unit.
                "FYP-MODEL-041 indicators[1].target",
                // TN-25: 单位生产总值能耗降低 1.5 does not say annual or over the period.
                "FYP-MODEL-042 indicators[2].target.basis",
                // WJ-34: the name measures a reduction (降低, better when higher) while the target,
                // 较2020年降低30%, bounds the death rate from above: the inferred direction needs a
                // reviewer to state it.
                "FYP-MODEL-040 indicators[7].target"), codesAndPaths(report));
        report.findings().forEach(FindingAssertions::assertMessagesRendered);
        Finding wj34 = report.findings().get(2);
        assertEquals("较2020年降低30%", wj34.arguments().get("wording"));
    }

    @Test
    void validatesTheWholeTianningTableWithTwoWarnings() {
        ValidationReport report = VALIDATOR.validate(plan(SeedIndicators.TIANNING, "320402", "天宁区",
                SeedIndicators.indicators(SeedIndicators.TIANNING)));
        assertEquals(List.of("FYP-MODEL-041 indicators[21].target", "FYP-MODEL-042 indicators[24].target.basis"),
                codesAndPaths(report));
    }

    @Test
    void validatesTheWholeWujinTableWithOneWarning() {
        ValidationReport report = VALIDATOR.validate(plan(SeedIndicators.WUJIN, "320412", "武进区",
                SeedIndicators.indicators(SeedIndicators.WUJIN)));
        assertEquals(List.of("FYP-MODEL-040 indicators[33].target"), codesAndPaths(report));
    }
}
