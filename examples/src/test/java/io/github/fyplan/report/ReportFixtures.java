package io.github.fyplan.report;

import static io.github.fyplan.model.Attribute.BINDING;
import static io.github.fyplan.model.Attribute.EXPECTED;

import io.github.fyplan.model.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * View models built from the Tianning and Wujin seeds' real indicator names, units, attributes and
 * target wordings. Baselines quoted in the plans' prose (PM2.5 36.5, patents 26.43, R&D 3.54) are
 * real; every later value is illustrative.
 */
public final class ReportFixtures {
    public static final PlanHeader TIANNING = new PlanHeader("cn-320402-14th",
            "天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "320402", "天宁区", 2021, 2025, "zh-CN");
    public static final PlanHeader WUJIN = new PlanHeader("cn-320412-14th",
            "武进区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "320412", "武进区", 2021, 2025, "zh-CN");

    private ReportFixtures() {
    }

    /** Ten Tianning rows as of 2023: seven with data, three without. */
    public static List<IndicatorRow> tianningRows() {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(row(1, "经济强", "人均地区生产总值", "万元/人", EXPECTED, "17", p(2020, "13.5"),
                "0.686", IndicatorStatus.ON_TRACK, "进度68.6%，高于时间进度60.0%。", "",
                series(2021, "14.6", "15.1", "15.9"), path(2020, "13.5", "17")));
        rows.add(row(3, "经济强", "固定资产投资年均增速", "%", EXPECTED, "6", null,
                null, IndicatorStatus.OFF_TRACK, "2021—2023年均增长4.1%，低于目标6%。",
                "2024—2025年需年均增长8.9%", series(2021, "5.1", "3.2", "4.0"), List.of()));
        rows.add(row(12, "经济强", "高新技术企业数（五年累计）", "家", EXPECTED, "400", null,
                null, IndicatorStatus.NO_DATA, "", "", List.of(), List.of()));
        rows.add(row(15, "经济强", "研发经费支出占GDP比重", "%", EXPECTED, "3", p(2020, "3.54"),
                null, IndicatorStatus.ACHIEVED, "基期已高于目标。", "", series(2021, "3.60"), List.of()));
        rows.add(row(16, "经济强", "每万人拥有发明专利数", "件", EXPECTED, "31", p(2020, "26.43"),
                "0.563", IndicatorStatus.LAGGING, "进度 < 时间进度 & 差距不大", "2024—2025年每年需增加1.0件",
                series(2021, "28.1", "29.0"), path(2020, "26.43", "31")));
        rows.add(row(20, "百姓富", "城镇登记失业率", "%", BINDING, "3", p(2020, "1.68"),
                null, IndicatorStatus.CONSTRAINT_MET, "各年均控制在3%以内。", "", series(2021, "1.9", "2.1", "2.0"),
                List.of()));
        rows.add(row(22, "百姓富", "义务教育优质均衡比例", "%", EXPECTED, "0.93", null,
                null, IndicatorStatus.NO_DATA, "", "", List.of(), List.of()));
        rows.add(row(25, "环境美", "单位生产总值能耗降低", "%", BINDING, "1.5", null,
                null, IndicatorStatus.CONSTRAINT_BREACHED, "2022年降低0.8%，未达到1.5%。", "2024—2025年每年需降低1.5%以上",
                series(2021, "1.2", "0.8", "1.6"), List.of()));
        rows.add(row(26, "环境美", "单位生产总值固定污染源主要大气污染物排放量", "千克/万元", BINDING, "完成市下达任务",
                null, null, IndicatorStatus.NEEDS_JUDGEMENT, "需记录市级考核结论。", "", List.of(), List.of()));
        rows.add(row(28, "环境美", "PM2.5浓度", "微克/立方米", BINDING, "35", p(2020, "36.5"),
                "-0.400", IndicatorStatus.MOVING_AWAY, "2023年37.1，高于基期36.5，偏离目标。",
                "2024—2025年需每年下降1.05微克/立方米", series(2021, "35.2", "36.8", "37.1"),
                path(2020, "36.5", "35")));
        return rows;
    }

    /** The Tianning report as of 2023. */
    public static EvaluationReport tianningReport(boolean illustrative) {
        ReportMetadata m = new ReportMetadata(TIANNING, 2023, "时间过半、任务过半",
                "进度 ≥ 时间进度：符合进度；≥ 时间进度的60%：滞后；其余：严重滞后；约束性指标逐年判定",
                "cn-320402-14th.json, tianning-2023.csv", illustrative);
        return new EvaluationReport(m, tianningRows(), List.of(
                "TN-12：表中为“五年累计”，正文为“高新技术企业达400家左右”，口径不一致。",
                "TN-22：单位为%，目标值0.93，疑为比值。"));
    }

    /** A Tianning overview with the first chapters and boxes. */
    public static PlanOverview tianningOverview() {
        List<OverviewIndicator> indicators = tianningRows().stream()
                .map(r -> new OverviewIndicator(r.number(), r.id(), r.category(), r.name(), r.unit(), r.attribute(),
                        r.targetWording(), r.baseline()))
                .toList();
        return new PlanOverview(TIANNING, List.of(
                new OutlineEntry(1, "第二章", "描绘新蓝图，迈向新征程"),
                new OutlineEntry(1, "第三章", "致力产业强区，构建现代产业体系"),
                new OutlineEntry(2, "一、", "打造经开区和高新区两大产业高地"),
                new OutlineEntry(1, "第四章", "坚持创新驱动，着力塑造发展优势")),
                indicators, List.of(
                new BoxSummary("专栏1", "六大专项行动", 6, 0),
                new BoxSummary("专栏5", "旧城改造和老旧小区改造工程", 2, 12),
                new BoxSummary("专栏9", "高质量现代教育体系重点工程", 4, 18)));
    }

    /** Tianning against Wujin as of 2023. */
    public static PlanComparison comparison(boolean illustrative) {
        return new PlanComparison(TIANNING, WUJIN, 2023, "时间过半、任务过半", illustrative, List.of(
                new ComparisonRow("人均地区生产总值",
                        new ComparisonSide("TN-01", "人均地区生产总值", "万元/人", "17", p(2023, "15.9"),
                                IndicatorStatus.ON_TRACK),
                        new ComparisonSide("WJ-01", "人均地区生产总值", "万元", "21左右", p(2023, "19.2"),
                                IndicatorStatus.LAGGING)),
                new ComparisonRow("城镇登记失业率",
                        new ComparisonSide("TN-20", "城镇登记失业率", "%", "3", p(2023, "2.0"),
                                IndicatorStatus.CONSTRAINT_MET),
                        new ComparisonSide("WJ-12", "城镇登记失业率", "%", "1.7", null, IndicatorStatus.NO_DATA)),
                new ComparisonRow("PM2.5浓度",
                        new ComparisonSide("TN-28", "PM2.5浓度", "微克/立方米", "35", p(2023, "37.1"),
                                IndicatorStatus.MOVING_AWAY),
                        null)));
    }

    static IndicatorRow row(int number, String category, String name, String unit, Attribute attribute,
            String target, SeriesPoint baseline, String progress, IndicatorStatus status, String explanation,
            String requirement, List<SeriesPoint> series, List<SeriesPoint> path) {
        SeriesPoint latest = series.isEmpty() ? null : series.get(series.size() - 1);
        return new IndicatorRow(number, String.format(java.util.Locale.ROOT, "TN-%02d", number), category, name,
                unit, attribute, target, baseline, latest, progress == null ? null : new BigDecimal(progress),
                progress == null ? null : new BigDecimal("0.600"), status, explanation, requirement, series, path);
    }

    static SeriesPoint p(int year, String value) {
        return SeriesPoint.of(year, value);
    }

    static List<SeriesPoint> series(int firstYear, String... values) {
        List<SeriesPoint> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(SeriesPoint.of(firstYear + i, values[i]));
        }
        return out;
    }

    /** A straight path from the base year's value to the target in 2025. */
    static List<SeriesPoint> path(int baseYear, String base, String target) {
        BigDecimal b = new BigDecimal(base);
        BigDecimal step = new BigDecimal(target).subtract(b)
                .divide(BigDecimal.valueOf(2025 - baseYear), 4, java.math.RoundingMode.HALF_UP);
        List<SeriesPoint> out = new ArrayList<>();
        for (int y = baseYear; y <= 2025; y++) {
            out.add(new SeriesPoint(y, y == 2025 ? new BigDecimal(target) : b.add(step.multiply(BigDecimal.valueOf(y - baseYear)))));
        }
        return out;
    }
}
