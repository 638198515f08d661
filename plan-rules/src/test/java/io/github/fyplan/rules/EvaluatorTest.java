package io.github.fyplan.rules;

import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.problem.Finding;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-15T00:00:00Z"), ZoneOffset.UTC);

    /** Tianning with departments and baselines on a few rows, and TN-15 computed from R&D and GDP. */
    private static Plan tianning() {
        List<Indicator> rows = new ArrayList<>();
        for (Indicator i : Seeds.TIANNING) {
            Indicator x = i;
            if (i.id().equals("TN-19")) {
                x = dept(i.withBaseline(base("6.5")), "区统计局");
            } else if (i.id().equals("TN-28")) {
                x = dept(i.withBaseline(base("41")), "区生态环境局");
            } else if (i.id().equals("TN-15")) {
                x = new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.attribute(), i.direction(),
                        base("2.5"), i.target(), i.targetWording(), List.of("区科技局"), List.of(), "RD / GDP * 100", Map.of());
            }
            rows.add(x);
        }
        return Seeds.tianning(rows);
    }

    private static Baseline base(String v) {
        return new Baseline(Year.of(2020), new BigDecimal(v), "test");
    }

    private static Indicator dept(Indicator i, String d) {
        return new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.attribute(), i.direction(),
                i.baseline(), i.target(), i.targetWording(), List.of(d), List.of(), i.formula(), Map.of());
    }

    private static MonitoringData data() {
        List<Observation> o = new ArrayList<>();
        o.addAll(obs("TN-19", "2021=7.0", "2022=7.4", "2023=7.8"));          // lagging
        o.addAll(obs("TN-28", "2021=39", "2022=37", "2023=36"));             // on track
        o.addAll(obs("TN-20", "2021=1.8", "2022=3.2", "2023=2.0"));          // binding, breached 2022
        o.addAll(obs("TN-09", "2021=35", "2022=42", "2023=38"));             // on track
        o.addAll(obs("RD", "2020=10", "2023=13.5"));
        o.addAll(obs("GDP", "2020=400", "2023=500"));                        // TN-15 = 2.7 in 2023
        o.addAll(obs("TN-33", "2021=38.2", "2022=3900", "2023=39.0"));       // a unit slip in 2022
        o.addAll(obs("TN-99", "2023=1"));                                    // unknown series
        return new MonitoringData("cn-320402-14th", o, List.of());
    }

    @Test
    void aMidTermEvaluationInAFewLines() {
        PlanEvaluation mid = Evaluator.builder().clock(CLOCK).build().evaluate(tianning(), data(), Year.of(2023));

        assertEquals(41, mid.assessments().size());
        assertEquals(LocalDate.of(2024, 3, 15), mid.evaluatedOn());
        assertEquals(Method.TIME_ELAPSED, mid.method());
        assertEquals(Status.LAGGING, mid.assessment("TN-19").orElseThrow().status());
        assertEquals(Status.CONSTRAINT_BREACHED, mid.assessment("TN-20").orElseThrow().status());
        assertEquals(Status.NEEDS_JUDGEMENT, mid.assessment("TN-26").orElseThrow().status());
        assertEquals(Status.NO_DATA, mid.assessment("TN-01").orElseThrow().status());
        // the counts by status add up to the table
        assertEquals(41, mid.byStatus().values().stream().mapToInt(Integer::intValue).sum());
        // categories in table order
        assertEquals(List.of("经济强", "百姓富", "环境美", "社会文明程度高"),
                mid.byCategory().stream().map(GroupSummary::key).toList());
        assertEquals(18, mid.byCategory().get(0).total());
        // binding first
        assertEquals("BINDING", mid.byAttribute().get(0).key());
        assertEquals(1, mid.byAttribute().get(0).count(Status.CONSTRAINT_BREACHED));
        // departments by name, the unassigned last
        assertEquals(List.of("区生态环境局", "区科技局", "区统计局", ""),
                mid.byDepartment().stream().map(GroupSummary::key).toList());
        // attention: binding first, then the rest; with what each still requires
        assertEquals(List.of("TN-20", "TN-15", "TN-19"), mid.attention().stream().map(Attention::indicatorId).toList());
        Attention income = mid.attention().get(2);
        assertTrue(income.stillRequired().en().contains("7.42%"), income.stillRequired().en());
        assertTrue(mid.attention().get(0).stillRequired().zh().contains("2022"));
    }

    @Test
    void aDerivedIndicatorIsComputedByItsFormula() {
        PlanEvaluation mid = Evaluator.builder().clock(CLOCK).build().evaluate(tianning(), data(), Year.of(2023));
        Assessment rd = mid.assessment("TN-15").orElseThrow();
        // 13.5 / 500 × 100 = 2.7 in 2023; base 2.5 → target 3: 40% of the way with 60% of the time → lagging.
        Check.exactly("2.7", rd.metrics().latestValue());
        Check.exactly("0.4", rd.metrics().progress());
        assertEquals(Status.LAGGING, rd.status());
    }

    @Test
    void findsDataQualityProblems() {
        PlanEvaluation mid = Evaluator.builder().clock(CLOCK).build().evaluate(tianning(), data(), Year.of(2023));
        List<Finding> f = mid.dataQuality();
        assertTrue(f.stream().anyMatch(x -> x.code().equals("FYP-RULES-003") && x.arguments().get("seriesId").equals("TN-99")), f::toString);
        assertTrue(f.stream().anyMatch(x -> x.code().equals("FYP-RULES-002") && x.arguments().get("year").equals("2022")
                && x.arguments().get("seriesId").equals("TN-33")), f::toString);
        // RD has no value for 2021 and 2022
        assertTrue(f.stream().anyMatch(x -> x.code().equals("FYP-RULES-001") && x.arguments().get("seriesId").equals("RD")
                && x.arguments().get("year").equals("2021")), f::toString);
        // the complete series have no missing-year finding
        assertFalse(f.stream().anyMatch(x -> x.code().equals("FYP-RULES-001") && x.arguments().get("seriesId").equals("TN-19")));
        assertEquals("/observations/" + (data().observations().size() - 1) + "/seriesId",
                f.stream().filter(x -> x.code().equals("FYP-RULES-003")).findFirst().orElseThrow().jsonPointer());
    }

    @Test
    void anOverrideIsShownAndTheComputedStatusKept() {
        StatusOverride o = new StatusOverride("TN-19", Year.of(2023), Status.ON_TRACK,
                "2023年数据为快报数，年报修订后预计达到进度", "区发改局", LocalDate.of(2024, 3, 1));
        PlanEvaluation mid = Evaluator.builder().clock(CLOCK).build()
                .evaluate(tianning(), data(), Year.of(2023), List.of(o));
        Assessment a = mid.assessment("TN-19").orElseThrow();
        assertEquals(Status.ON_TRACK, a.status());
        assertEquals(Status.LAGGING, a.computedStatus());
        assertTrue(a.isOverridden());
        assertEquals("区发改局", a.override().author());
        // an override of another year does not apply
        PlanEvaluation later = Evaluator.builder().clock(CLOCK).build()
                .evaluate(tianning(), data(), Year.of(2024), List.of(o));
        assertFalse(later.assessment("TN-19").orElseThrow().isOverridden());
        assertThrows(RuleUsageException.class, () -> new StatusOverride("TN-19", Year.of(2023), Status.ON_TRACK, " ", "x",
                LocalDate.of(2024, 1, 1)));
    }

    @Test
    void customRulesOverrideTheBuiltInOneByIdCategoryOrPredicate() {
        IndicatorRule alwaysAchieved = (i, obs, c) -> Assessment.of(i.id(), c, "mine", Status.ACHIEVED,
                new Explanation("by hand", "人工"));
        Evaluator e = Evaluator.builder().clock(CLOCK)
                .rule("TN-19", alwaysAchieved)
                .rule(RuleBinding.forCategory("env", "环境美", (i, obs, c) -> Assessment.of(i.id(), c, "env",
                        Status.NOT_ASSESSABLE, new Explanation("env", "环境"))))
                .rule(RuleBinding.when("binding", "binding indicators", Indicator::isBinding, alwaysAchieved))
                .build();
        PlanEvaluation mid = e.evaluate(tianning(), data(), Year.of(2023));
        assertEquals(Status.ACHIEVED, mid.assessment("TN-19").orElseThrow().status());
        assertEquals("custom:TN-19", mid.assessment("TN-19").orElseThrow().rule());
        // TN-28 is binding and 环境美: the category rule was added first
        assertEquals("env", mid.assessment("TN-28").orElseThrow().rule());
        assertEquals("binding", mid.assessment("TN-20").orElseThrow().rule());
        assertEquals("built-in", mid.assessment("TN-01").orElseThrow().rule());
    }

    @Test
    void aRuleMayDelegateToTheBuiltInOneWithItsOwnMissingValueStrategy() {
        RuleBinding strict = RuleBinding.forIndicator("strict", "TN-09", IndicatorRule.builtIn())
                .withMissingValues(MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING);
        Evaluator e = Evaluator.builder().rule(strict).build();
        Indicator equity = Seeds.byId("TN-09");
        assertEquals(Status.NO_DATA, Check.assess(e, equity, 2023, obs("TN-09", "2021=35", "2023=38")).status());
        assertEquals(Status.LAGGING, Check.assess(Evaluator.builder().build(), equity, 2023,
                obs("TN-09", "2021=35", "2023=38")).status());
    }

    @Test
    void aMisbehavingRuleIsReportedAsMisuse() {
        Evaluator throwing = Evaluator.builder().rule("TN-19", (i, o, c) -> {
            throw new IllegalStateException("boom");
        }).build();
        RuleUsageException x = assertThrows(RuleUsageException.class,
                () -> throwing.evaluate(tianning(), data(), Year.of(2023)));
        assertTrue(x.getMessage().contains("TN-19") && x.getMessage().contains("boom"), x.getMessage());
        Evaluator wrongId = Evaluator.builder().rule("TN-19", (i, o, c) -> Assessment.of("TN-01", c, "x", Status.ACHIEVED,
                new Explanation("", ""))).build();
        assertThrows(RuleUsageException.class, () -> wrongId.evaluate(tianning(), data(), Year.of(2023)));
    }

    @Test
    void discoversRulesWithTheServiceLoader() {
        Evaluator e = Evaluator.builder().discoverRules().build();
        assertEquals(List.of("food-checks"), e.bindings().stream().map(RuleBinding::name).toList());
        Assessment a = Check.assess(e, Seeds.byId("TN-41"), 2023, obs("TN-41", "2023=5"));
        assertEquals(Status.ACHIEVED, a.status());
        assertEquals("food-checks", a.rule());
    }

    @Test
    void rejectsDataOfAnotherPlan() {
        MonitoringData wujin = new MonitoringData("cn-320412-14th", List.of(), List.of());
        RuleUsageException x = assertThrows(RuleUsageException.class,
                () -> Evaluator.builder().build().evaluate(tianning(), wujin, Year.of(2023)));
        assertTrue(x.getMessage().contains("cn-320412-14th"));
    }

    @Test
    void wujinCompositeAndChangeTargetsInAPlanEvaluation() {
        List<Observation> o = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            o.addAll(obs("WJ-33#" + k, "2023=" + (k < 2 ? "40" : "100")));
        }
        o.addAll(obs("WJ-34", "2020=0.020", "2023=0.016"));
        o.addAll(obs("WJ-33#7", "2023=1"));
        PlanEvaluation mid = Evaluator.builder().clock(CLOCK).method(Method.GROWTH_RATIO).build()
                .evaluate(Seeds.wujin(Seeds.WUJIN), new MonitoringData("cn-320412-14th", o, List.of()), Year.of(2023));
        assertEquals(Status.ACHIEVED, mid.assessment("WJ-33").orElseThrow().status());
        // (0.016/0.020)^(1/3) − 1 = −7.17% against (0.014/0.020)^(1/5) − 1 = −6.89%: ratio 1.04 → on track
        assertEquals(Status.ON_TRACK, mid.assessment("WJ-34").orElseThrow().status());
        assertEquals(Status.NO_TARGET, mid.assessment("WJ-21").orElseThrow().status());
        // WJ-33 has components #0 … #4 only
        assertTrue(mid.dataQuality().stream().anyMatch(f -> f.arguments().getOrDefault("seriesId", "").equals("WJ-33#7")));
        assertEquals(Method.GROWTH_RATIO, mid.assessments().get(0).method());
    }
}
