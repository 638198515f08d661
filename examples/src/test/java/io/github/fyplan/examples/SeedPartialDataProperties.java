package io.github.fyplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shipped, reviewed seed plans ({@code seeds/tianning.plan.json} and {@code seeds/wujin.plan.json})
 * evaluated on random partial monitoring data: a random subset of the indicators (and of a composite's
 * components), each observed in a random subset of 2020–2025 (so with gaps), with plausible positive
 * values near its baseline or target, sometimes no data at all; as of a random year 2020–2026, by each
 * of the three methods, with no judgements.
 */
class SeedPartialDataProperties {
    private static final List<Plan> SEEDS = List.of(Bundled.plan("tianning"), Bundled.plan("wujin"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSeedsAreTheReviewedPlans() {
        assertEquals(List.of("cn-320402-14th", "cn-320412-14th"), SEEDS.stream().map(Plan::id).toList());
        assertEquals(41, SEEDS.get(0).indicators().size());
        assertEquals(37, SEEDS.get(1).indicators().size());
        // With no data at all, the seeds cover every status an indicator without observations can have.
        Map<Status, Integer> expected = new EnumMap<>(Status.class);
        for (Plan plan : SEEDS) {
            PlanEvaluation none = Evaluator.builder().clock(CLOCK).build()
                    .evaluate(plan, new MonitoringData(plan.id(), List.of(), List.of()), Year.of(2023));
            for (int i = 0; i < plan.indicators().size(); i++) {
                Indicator ind = plan.indicators().get(i);
                Status s = withoutData(ind, ind.target(), ind.baseline());
                assertEquals(s, none.assessments().get(i).status(), ind.id());
                expected.merge(s, 1, Integer::sum);
            }
        }
        assertEquals(Set.of(Status.NO_DATA, Status.NOT_ASSESSABLE, Status.NEEDS_JUDGEMENT, Status.NO_TARGET),
                expected.keySet());
    }

    @Test
    void evaluatingTheSeedPlansOnPartialDataKeepsItsInvariants() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Year asOf = Year.of(r.nextInt(2020, 2027));
            for (Plan plan : SEEDS) {
                List<Observation> observations = partialData(r, plan);
                List<Observation> shuffled = new ArrayList<>(observations);
                Collections.shuffle(shuffled, new Random(seed));
                for (Method method : Method.values()) {
                    Evaluator evaluator = Evaluator.builder().method(method).clock(CLOCK).build();
                    PlanEvaluation ev = evaluator.evaluate(plan, new MonitoringData(plan.id(), observations, List.of()),
                            asOf);
                    checkInvariants(plan, observations, asOf, method, ev);
                    assertEquals(ev, evaluator.evaluate(plan, new MonitoringData(plan.id(), shuffled, List.of()), asOf),
                            () -> plan.id() + " as of " + asOf + " by " + method + ": the order of observations matters");
                }
            }
        });
    }

    private static void checkInvariants(Plan plan, List<Observation> observations, Year asOf, Method method,
            PlanEvaluation ev) {
        List<Indicator> indicators = plan.indicators();
        assertEquals(plan.id(), ev.planId());
        assertEquals(asOf, ev.asOf());
        assertEquals(method, ev.method());
        // One assessment per indicator, in table order, each of its indicator, as of the year, by the method.
        assertEquals(indicators.size(), ev.assessments().size());
        Map<Status, Integer> counted = new EnumMap<>(Status.class);
        Set<String> observedUpToAsOf = new HashSet<>();
        for (Observation o : observations) {
            if (!o.year().isAfter(asOf)) {
                observedUpToAsOf.add(o.seriesId());
            }
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            Assessment a = ev.assessments().get(i);
            String where = plan.id() + " " + ind.id() + " as of " + asOf + " by " + method;
            assertEquals(ind.id(), a.indicatorId(), where);
            assertEquals(asOf, a.asOf(), where);
            assertEquals(method, a.method(), where);
            assertFalse(a.explanation().en().isBlank(), where);
            assertTrue(a.explanation().en().startsWith(ind.id() + ": "), where);
            counted.merge(a.status(), 1, Integer::sum);
            // Independent of the data: a blank cell is no target; a qualitative target, with no judgement
            // recorded, waits for one.
            assertEquals(ind.target() instanceof NoTarget, a.status() == Status.NO_TARGET, where);
            if (ind.target() instanceof QualitativeTarget) {
                assertEquals(Status.NEEDS_JUDGEMENT, a.status(), where);
            }
            boolean observed = observedUpToAsOf.contains(ind.id());
            if (ind.target() instanceof CompositeTarget ct) {
                assertEquals(ct.components().size(), a.components().size(), where);
                for (int c = 0; c < ct.components().size(); c++) {
                    String component = CompositeTarget.componentSeriesId(ind.id(), c);
                    assertEquals(component, a.components().get(c).indicatorId(), where);
                    observed |= observedUpToAsOf.contains(component);
                }
            }
            if (!observed) {
                assertEquals(withoutData(ind, ind.target(), ind.baseline()), a.status(), () -> where
                        + " has no observation up to the year: " + a.explanation().en());
            }
        }
        // The counts by status add up to the indicators, and are the statuses counted.
        assertEquals(indicators.size(), ev.byStatus().values().stream().mapToInt(Integer::intValue).sum());
        for (Status s : Status.values()) {
            assertEquals(counted.getOrDefault(s, 0), ev.byStatus().getOrDefault(s, 0), s.name());
        }
    }

    /**
     * The status of a target with no observation up to the evaluation year and no judgement, as the
     * built-in rule decides it (BuiltInRule, LevelAssessor, SpanAssessor): never a constraint status or a
     * graded one, as a bound held every year with no year observed cannot be judged (no data).
     * {@code stated} is the indicator's baseline (null for a composite's component).
     */
    private static Status withoutData(Indicator ind, Target target, Baseline stated) {
        if (target instanceof NoTarget) {
            return Status.NO_TARGET;
        }
        if (target instanceof QualitativeTarget) {
            return Status.NEEDS_JUDGEMENT;
        }
        if (!target.isQuantified() || ind.direction().polarity() == Polarity.UNKNOWN) {
            return Status.NOT_ASSESSABLE;
        }
        if (target instanceof CompositeTarget ct) {
            // The least favourable component: not assessable comes before no data.
            Status worst = Status.NO_TARGET;
            for (var component : ct.components()) {
                Status s = withoutData(ind, component.target(), null);
                if (s == Status.NOT_ASSESSABLE || (s == Status.NO_DATA && worst != Status.NOT_ASSESSABLE)) {
                    worst = s;
                }
            }
            return worst;
        }
        if (target instanceof ChangeTarget t) {
            // Measured from the value of its base year: only a stated baseline of that year gives it.
            return stated != null && stated.year().equals(t.baseYear()) ? Status.NO_DATA : Status.NOT_ASSESSABLE;
        }
        if (target instanceof AverageGrowthTarget t) {
            return stated != null && stated.year().equals(t.from()) ? Status.NO_DATA : Status.NOT_ASSESSABLE;
        }
        if (target instanceof ReductionRateTarget t) {
            return t.basis() == RateBasis.UNSPECIFIED ? Status.NOT_ASSESSABLE : Status.NO_DATA;
        }
        // Level, about, range, every-year and cumulative targets: nothing observed, no data.
        return Status.NO_DATA;
    }

    /**
     * Random partial data: one plan in six has none; otherwise each indicator (or composite component)
     * is observed with probability one half, each in a random subset of 2020–2025.
     */
    private static List<Observation> partialData(SplittableRandom r, Plan plan) {
        List<Observation> out = new ArrayList<>();
        if (r.nextInt(6) == 0) {
            return out;
        }
        for (Indicator ind : plan.indicators()) {
            List<String> series = new ArrayList<>();
            if (ind.target() instanceof CompositeTarget ct) {
                for (int c = 0; c < ct.components().size(); c++) {
                    series.add(CompositeTarget.componentSeriesId(ind.id(), c));
                }
            } else {
                series.add(ind.id());
            }
            for (String id : series) {
                if (r.nextBoolean()) {
                    continue;
                }
                BigDecimal scale = scale(ind, id.contains("#") ? ((CompositeTarget) ind.target()).components()
                        .get(Integer.parseInt(id.substring(id.indexOf('#') + 1))).target() : ind.target());
                for (int y = 2020; y <= 2025; y++) {
                    if (r.nextInt(3) > 0) {
                        BigDecimal factor = BigDecimal.valueOf(50 + r.nextInt(101), 2);
                        out.add(Observation.of(id, y, scale.multiply(factor).round(new MathContext(3)).toPlainString()));
                    }
                }
            }
        }
        return out;
    }

    /** A plausible size for a series' values: its baseline, else its target's number, else 100. */
    private static BigDecimal scale(Indicator ind, Target t) {
        BigDecimal s = null;
        if (ind.baseline() != null && t == ind.target()) {
            s = ind.baseline().value();
        } else if (t instanceof LevelTarget l) {
            s = l.value();
        } else if (t instanceof AboutTarget a) {
            s = a.value();
        } else if (t instanceof RangeTarget g) {
            s = g.low();
        } else if (t instanceof EveryYearTarget e) {
            s = e.value();
        } else if (t instanceof CumulativeTarget c) {
            s = c.total().divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
        } else if (t instanceof ReductionRateTarget d) {
            s = d.percent();
        }
        return s == null || s.signum() <= 0 ? BigDecimal.valueOf(100) : s;
    }
}
