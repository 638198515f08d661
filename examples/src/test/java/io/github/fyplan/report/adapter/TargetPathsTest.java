package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.report.SeriesPoint;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Metrics;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths to the target on real seed indicators, with the metrics the engine computed for them. */
class TargetPathsTest {
    private static final Plan TN = Seeds.TIANNING.plan();

    private static List<SeriesPoint> path(String id, SeriesPoint baseline, Method method) {
        Indicator i = Seeds.indicator(TN, id);
        Metrics m = Seeds.TIANNING.evaluation().assessment(id).map(Assessment::metrics).orElseThrow();
        return TargetPaths.of(i, m, baseline, method);
    }

    @Test
    void pm25GoesStraightFromTheBaselineToBelow35() {
        // TN-28 PM2.5浓度: 36.5 in 2020, target < 35 in 2025; points keep two more decimals than the ends.
        List<SeriesPoint> p = path("TN-28", SeriesPoint.of(2020, "36.5"), Method.TIME_ELAPSED);
        assertEquals(List.of(SeriesPoint.of(2020, "36.5"), SeriesPoint.of(2021, "36.200"), SeriesPoint.of(2022, "35.900"),
                SeriesPoint.of(2023, "35.600"), SeriesPoint.of(2024, "35.300"), SeriesPoint.of(2025, "35")), p);
    }

    @Test
    void theGrowthRatioMethodDrawsACompoundPath() {
        // TN-16 每万人拥有发明专利数: 26.43 in 2020, 31 in 2025; a constant growth rate.
        List<SeriesPoint> p = path("TN-16", SeriesPoint.of(2020, "26.43"), Method.GROWTH_RATIO);
        assertEquals(6, p.size());
        BigDecimal r1 = p.get(1).value().divide(p.get(0).value(), java.math.MathContext.DECIMAL64);
        BigDecimal r4 = p.get(5).value().divide(p.get(4).value(), java.math.MathContext.DECIMAL64);
        assertEquals(0, r1.setScale(3, java.math.RoundingMode.HALF_EVEN).compareTo(r4.setScale(3, java.math.RoundingMode.HALF_EVEN)),
                p::toString);
        List<SeriesPoint> straight = path("TN-16", SeriesPoint.of(2020, "26.43"), Method.TIME_ELAPSED);
        assertTrue(p.get(2).value().compareTo(straight.get(2).value()) < 0, "compound lies below straight: " + p);
    }

    @Test
    void withoutABaselineThePathIsTheTargetAlone() {
        // TN-02 一般公共预算收入 has no baseline in the plan.
        assertEquals(List.of(SeriesPoint.of(2025, "80")), path("TN-02", null, Method.TIME_ELAPSED));
    }

    @Test
    void anAverageGrowthCompoundsTheStartValueAtTheRate() {
        // TN-03 固定资产投资年均增速 6%: from the 2020 value.
        List<SeriesPoint> p = path("TN-03", SeriesPoint.of(2020, "100"), Method.TIME_ELAPSED);
        assertEquals(SeriesPoint.of(2020, "100"), p.get(0));
        assertEquals(0, new BigDecimal("106").compareTo(p.get(1).value()), p::toString);
        assertEquals(0, new BigDecimal("133.82").compareTo(p.get(5).value()), p::toString);
    }

    @Test
    void aCumulativeTotalIsSpreadEvenly() {
        // TN-07 新增规上企业单位数: 2500 over 2021–2025.
        List<SeriesPoint> p = path("TN-07", null, Method.TIME_ELAPSED);
        assertEquals(5, p.size());
        assertTrue(p.stream().allMatch(x -> x.value().compareTo(new BigDecimal("500")) == 0), p::toString);
        assertEquals(2021, p.get(0).year());
    }

    @Test
    void aBoundForEveryYearIsDrawnInEachYear() {
        // TN-20 城镇登记失业率 ≤ 3 every year.
        List<SeriesPoint> p = path("TN-20", null, Method.TIME_ELAPSED);
        assertEquals(List.of(SeriesPoint.of(2021, "3"), SeriesPoint.of(2022, "3"), SeriesPoint.of(2023, "3"),
                SeriesPoint.of(2024, "3"), SeriesPoint.of(2025, "3")), p);
    }

    @Test
    void qualitativeAndUnstatedTargetsHaveNoPath() {
        assertEquals(List.of(), path("TN-26", null, Method.TIME_ELAPSED)); // 完成市下达任务
        assertEquals(List.of(), path("TN-25", null, Method.TIME_ELAPSED)); // 降低1.5%, basis not stated
    }
}
