package io.github.fyplan.io;

import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.TablePlacement;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.LevelTarget;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;

/** A small hand-written plan taken from the Tianning seed, for golden files and examples. */
final class GoldenPlans {
    private GoldenPlans() {
    }

    /**
     * Chapters 1–3, indicators 1–3 and box 1 of the Tianning plan, with two extensions.
     *
     * @return the excerpt
     */
    static Plan tianningExcerpt() {
        PlanPeriod period = PlanPeriod.fourteenthPlan();
        Year y2025 = Year.of(2025);
        List<Indicator> indicators = List.of(
                new Indicator("TN-01", 1, "经济强", "人均地区生产总值", "万元/人", Attribute.EXPECTED,
                        Direction.inferFrom("人均地区生产总值"), null,
                        new LevelTarget(Comparison.AT_LEAST, new BigDecimal("17"), y2025), "17",
                        List.of(), List.of(), null, Map.of()),
                new Indicator("TN-02", 2, "经济强", "一般公共预算收入", "亿元", Attribute.EXPECTED,
                        Direction.stated(Polarity.HIGHER_IS_BETTER, "一般公共预算收入突破80亿元"), null,
                        new LevelTarget(Comparison.MORE_THAN, new BigDecimal("80"), y2025), "80",
                        List.of("区财政局"), List.of("the prose says 突破80亿元 (more than)"), null,
                        Map.of("x-source-row", "{\"row\":2,\"sheet\":\"指标体系\"}")),
                new Indicator("TN-03", 3, "经济强", "固定资产投资年均增速", "%", Attribute.EXPECTED,
                        Direction.inferFrom("固定资产投资年均增速"),
                        new Baseline(Year.of(2020), new BigDecimal("5.60"), "illustrative value, not from the seed"),
                        new AverageGrowthTarget(new BigDecimal("6"), Comparison.AT_LEAST, Year.of(2020), y2025), "6",
                        List.of(), List.of(), null, Map.of()));
        Division chapter1 = new Division(DivisionLevel.CHAPTER, 1, "第一章", "立足新起点，把握新形势", List.of(
                new Division(DivisionLevel.SECTION, 1, "一、", "“十三五”期间经济社会发展取得的成就", List.of(
                        new Paragraph("“十三五”时期是极不平凡的五年。")))));
        Division chapter2 = new Division(DivisionLevel.CHAPTER, 2, "第二章", "描绘新蓝图，迈向新征程", List.of(
                new TablePlacement("“十四五”天宁区经济社会发展指标体系")));
        Division chapter3 = new Division(DivisionLevel.CHAPTER, 3, "第三章", "致力产业强区，构建现代产业体系", List.of(
                new BoxPlacement(1)));
        KeyProjectBox box1 = new KeyProjectBox(1, "六大专项行动", 3, List.of(
                new ProjectGroup("“历史文脉”传承行动", null, "", false,
                        "“历史文脉”传承行动：依托世界遗产大运河精品段，串联青果巷、约园、近园、恽宅、吕思勉宅等历史文化资源。",
                        List.of())));
        Goal g1 = new Goal("G1", GoalKind.MAIN, "经济发展迈上新台阶",
                "地区生产总值迈上1000亿元台阶，到2025年力争达到1500亿元左右。一般公共预算收入突破80亿元。", y2025,
                List.of("TN-02"));
        return new Plan("cn-320402-14th", "天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "zh-CN",
                new Region("320402", "天宁区", AdministrativeLevel.DISTRICT), period,
                List.of(chapter1, chapter2, chapter3), List.of(g1), indicators, List.of(box1), List.of(), List.of(),
                Map.of("x-owner", "\"发改局\""));
    }
}
