package io.github.fyplan.rules;

import static io.github.fyplan.rules.Seeds.obs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A prepared plan evaluates as the evaluator does, again and again, and decides each indicator's rule once. */
class PreparedPlanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-15T00:00:00Z"), ZoneOffset.UTC);
    private static final Plan TIANNING = Seeds.tianning(Seeds.TIANNING);

    /** TN-19 (income, target 9 by 2025) from 6.5 in 2020 with the given years, and two other series. */
    private static MonitoringData data(String... tn19) {
        List<Observation> o = new ArrayList<>(obs("TN-19", "2020=6.5"));
        o.addAll(obs("TN-19", tn19));
        o.addAll(obs("TN-28", "2021=39", "2022=37", "2023=36"));
        o.addAll(obs("TN-20", "2021=1.8", "2022=3.2", "2023=2.0"));
        return new MonitoringData(TIANNING.id(), o, List.of());
    }

    @Test
    void evaluatesEachYearAndEachDataSetAsTheEvaluatorDoes() {
        Evaluator evaluator = Evaluator.builder().clock(CLOCK).build();
        PreparedPlan prepared = evaluator.prepare(TIANNING);
        MonitoringData slow = data("2021=7.0", "2022=7.4", "2023=7.8");
        MonitoringData fast = data("2021=7.0", "2022=9.0", "2023=11.0");
        for (MonitoringData d : List.of(slow, fast, slow)) {
            for (int year = 2020; year <= 2026; year++) {
                assertEquals(evaluator.evaluate(TIANNING, d, Year.of(year)), prepared.evaluate(d, Year.of(year)),
                        "as of " + year);
            }
        }
        // The two data sets give different evaluations, so the comparison above could fail. As of 2023,
        // 3 of 5 years have elapsed: 7.8 covers (7.8 − 6.5) / (9 − 6.5) = 52% of the distance, short of
        // 60%; 11.0 is already past the target.
        assertEquals(Status.LAGGING, prepared.evaluate(slow, Year.of(2023)).assessment("TN-19").orElseThrow().status());
        assertEquals(Status.ACHIEVED, prepared.evaluate(fast, Year.of(2023)).assessment("TN-19").orElseThrow().status());
    }

    @Test
    void showsTheOverridesOfTheYearEvaluated() {
        PreparedPlan prepared = Evaluator.builder().clock(CLOCK).build().prepare(TIANNING);
        StatusOverride o = new StatusOverride("TN-19", Year.of(2023), Status.ON_TRACK, "revised figure", "区统计局",
                LocalDate.of(2024, 1, 10));
        MonitoringData d = data("2021=7.0", "2022=7.4", "2023=7.8");
        Assessment overridden = prepared.evaluate(d, Year.of(2023), List.of(o)).assessment("TN-19").orElseThrow();
        assertEquals(Status.ON_TRACK, overridden.status());
        assertEquals(Status.LAGGING, overridden.computedStatus());
        // an override of 2023 does not apply to 2022
        Assessment earlier = prepared.evaluate(d, Year.of(2022), List.of(o)).assessment("TN-19").orElseThrow();
        assertEquals(null, earlier.override());
        assertEquals(earlier.computedStatus(), earlier.status());
    }

    @Test
    void decidesEachIndicatorsRuleWhenPrepared() {
        AtomicInteger asked = new AtomicInteger();
        IndicatorRule mine = (i, obs, c) -> Assessment.of(i.id(), c, "mine", Status.ACHIEVED,
                new Explanation("by hand", "人工"));
        Evaluator evaluator = Evaluator.builder().clock(CLOCK).rule(RuleBinding.when("binding", "binding indicators",
                i -> asked.incrementAndGet() > 0 && i.isBinding(), mine)).build();
        PreparedPlan prepared = evaluator.prepare(TIANNING);
        assertEquals(TIANNING.indicators().size(), asked.get());
        MonitoringData d = data("2021=7.0");
        for (int year = 2021; year <= 2025; year++) {
            PlanEvaluation e = prepared.evaluate(d, Year.of(year));
            assertEquals("binding", e.assessment("TN-20").orElseThrow().rule());
            assertEquals("built-in", e.assessment("TN-19").orElseThrow().rule());
        }
        assertEquals(TIANNING.indicators().size(), asked.get(), "the selectors are not asked again");
    }

    @Test
    void keepsThePlanAndTheEvaluator() {
        Evaluator evaluator = Evaluator.builder().build();
        PreparedPlan prepared = evaluator.prepare(TIANNING);
        assertSame(TIANNING, prepared.plan());
        assertSame(evaluator, prepared.evaluator());
        assertEquals("PreparedPlan[cn-320402-14th, 41 indicators]", prepared.toString());
    }

    @Test
    void rejectsDataOfAnotherPlanAndMissingArguments() {
        PreparedPlan prepared = Evaluator.builder().build().prepare(TIANNING);
        MonitoringData wujin = new MonitoringData("cn-320412-14th", List.of(), List.of());
        RuleUsageException x = assertThrows(RuleUsageException.class, () -> prepared.evaluate(wujin, Year.of(2023)));
        assertTrue(x.getMessage().contains("cn-320412-14th") && x.getMessage().contains(TIANNING.id()), x.getMessage());
        assertThrows(RuleUsageException.class, () -> prepared.evaluate(data("2021=7.0"), Year.of(2019)));
        assertEquals("data", assertThrows(NullPointerException.class,
                () -> prepared.evaluate(null, Year.of(2023))).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> prepared.evaluate(data("2021=7.0"), null)).getMessage());
        assertEquals("overrides", assertThrows(NullPointerException.class,
                () -> prepared.evaluate(data("2021=7.0"), Year.of(2023), null)).getMessage());
        assertEquals("plan", assertThrows(NullPointerException.class,
                () -> Evaluator.builder().build().prepare(null)).getMessage());
    }

    @Test
    void onePreparedPlanServesManyThreads() throws Exception {
        Evaluator evaluator = Evaluator.builder().clock(CLOCK).build();
        PreparedPlan prepared = evaluator.prepare(TIANNING);
        List<MonitoringData> sets = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            sets.add(data("2021=7.0", "2022=" + (7 + k), "2023=" + (7 + 2 * k)));
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            tasks.add(() -> {
                for (int round = 0; round < 50; round++) {
                    MonitoringData d = sets.get((offset + round) % sets.size());
                    Year y = Year.of(2021 + (offset + round) % 5);
                    if (!prepared.evaluate(d, y).equals(evaluator.evaluate(TIANNING, d, y))) {
                        return false;
                    }
                }
                return true;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsEachFormulaOnceAndReportsAnUnreadableOneEveryTime() {
        List<Indicator> rows = new ArrayList<>();
        for (Indicator i : Seeds.TIANNING) {
            rows.add(i.id().equals("TN-15") ? derived(i, "RD / GDP * 100") : i.id().equals("TN-16") ? derived(i, "RD / ")
                    : i);
        }
        Plan plan = Seeds.tianning(rows);
        List<Observation> o = new ArrayList<>(obs("RD", "2020=10", "2023=13.5"));
        o.addAll(obs("GDP", "2020=400", "2023=500"));
        MonitoringData d = new MonitoringData(plan.id(), o, List.of());
        Evaluator evaluator = Evaluator.builder().clock(CLOCK).build();
        PreparedPlan prepared = evaluator.prepare(plan);
        for (int year = 2022; year <= 2024; year++) {
            PlanEvaluation e = prepared.evaluate(d, Year.of(year));
            Assessment unreadable = e.assessment("TN-16").orElseThrow();
            assertEquals(Status.NOT_ASSESSABLE, unreadable.status());
            assertTrue(unreadable.explanation().en().contains("formula cannot be read"), unreadable.explanation().en());
            for (Indicator i : List.of(rows.get(14), rows.get(15))) {
                assertEquals(evaluator.assess(i, d, plan.period(), Year.of(year)), e.assessment(i.id()).orElseThrow());
            }
        }
        // 13.5 / 500 * 100 = 2.7 in 2023
        assertEquals(new java.math.BigDecimal("2.7"), prepared.evaluate(d, Year.of(2023)).assessment("TN-15")
                .orElseThrow().metrics().latestValue().stripTrailingZeros());
    }

    private static Indicator derived(Indicator i, String formula) {
        return new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.attribute(), i.direction(),
                i.baseline(), i.target(), i.targetWording(), i.responsibleDepartments(), i.notes(), formula,
                i.extensions());
    }

    @Test
    void anEmptyPlanHasEmptySummaries() {
        Plan empty = Seeds.tianning(List.<Indicator>of());
        PlanEvaluation e = Evaluator.builder().build().prepare(empty)
                .evaluate(new MonitoringData(empty.id(), List.of(), List.of()), Year.of(2023));
        assertEquals(List.of(), e.assessments());
        assertEquals(List.of(), e.byCategory());
        assertEquals(List.of(), e.byDepartment());
        assertEquals(List.of(), e.attention());
    }
}
