package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.rules.internal.Inputs;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Whole-plan evaluation indexes a plan's observations by series once; assessing an indicator on its
 * own scans them. Both must give the assessment the built-in rule gives on the plain list of the
 * indicator's observations, whatever the order, duplicates and statuses of the observations. A plan
 * prepared once and evaluated for each year gives what evaluating it afresh gives.
 */
class IndexedEvaluationProperties {

    @Test
    void evaluatingAPlanAssessesEachIndicatorAsAssessingItAloneDoes() {
        sameAssessments(false);
    }

    /** Data listing each series once, years increasing, as data files do: the index shares its arrays. */
    @Test
    void evaluatingDataInSeriesOrderAssessesEachIndicatorAsAssessingItAloneDoes() {
        sameAssessments(true);
    }

    private static void sameAssessments(boolean inSeriesOrder) {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            RandomGenerator r = RandomPlans.seeded(seed);
            Plan plan = RandomPlans.plan(r);
            MonitoringData data = inSeriesOrder ? inSeriesOrder(denseData(r, plan)) : denseData(r, plan);
            Evaluator evaluator = Evaluator.builder().build();
            PreparedPlan prepared = evaluator.prepare(plan); // one preparation serves every year
            for (int asOf = plan.period().baseYear().getValue(); asOf <= plan.period().lastYear().getValue() + 1;
                    asOf++) {
                Year year = Year.of(asOf);
                PlanEvaluation whole = prepared.evaluate(data, year);
                assertEquals(evaluator.evaluate(plan, data, year), whole, () -> "seed " + seed);
                for (int k = 0; k < plan.indicators().size(); k++) {
                    Indicator i = plan.indicators().get(k);
                    EvaluationContext c = evaluator.context(plan.period(), year)
                            .withJudgements(Inputs.judgementsOf(i.id(), data));
                    Assessment onList = evaluator.assess(i, Inputs.observationsFor(i, data), c);
                    assertEquals(onList, whole.assessments().get(k), () -> "seed " + seed + ", " + i.id());
                    assertEquals(onList, evaluator.assess(i, data, plan.period(), year), () -> "seed " + seed);
                }
            }
        });
    }

    /** The first observation of each series and year, ordered by series, then year. */
    private static MonitoringData inSeriesOrder(MonitoringData data) {
        java.util.Map<String, java.util.TreeMap<Integer, Observation>> bySeries = new java.util.TreeMap<>();
        for (Observation o : data.observations()) {
            bySeries.computeIfAbsent(o.seriesId(), k -> new java.util.TreeMap<>()).putIfAbsent(o.year().getValue(), o);
        }
        List<Observation> out = new ArrayList<>();
        bySeries.values().forEach(years -> out.addAll(years.values()));
        return new MonitoringData(data.planId(), out, data.judgements());
    }

    /**
     * Observations of every indicator, component and series in most years around the period, some
     * years twice with other statuses or values, all shuffled; and the fixture's sparse data.
     */
    private static MonitoringData denseData(RandomGenerator r, Plan plan) {
        List<String> ids = PlanSeriesIds.of(plan);
        MonitoringData sparse = RandomPlans.monitoring(r, plan);
        List<Observation> all = new ArrayList<>(sparse.observations());
        int from = plan.period().baseYear().getValue() - 1;
        int to = plan.period().lastYear().getValue() + 1;
        ObservationStatus[] statuses = ObservationStatus.values();
        for (String id : ids) {
            for (int y = from; y <= to; y++) {
                for (int copies = r.nextInt(10) < 8 ? 1 : r.nextInt(3); copies > 0; copies--) {
                    all.add(new Observation(id, Year.of(y), RandomPlans.decimal(r), statuses[r.nextInt(statuses.length)],
                            r.nextBoolean() ? "" : "公报", ""));
                }
            }
        }
        Collections.shuffle(all, new Random(r.nextLong()));
        return new MonitoringData(plan.id(), all, sparse.judgements());
    }
}
