package io.github.fyplan.benchmarks;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.PreparedPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 5: assessing the national corpus ({@link NationalCorpus#national()}: 3,000 plans × 40
 * indicators, six years of observations each) with plan-rules' {@link Evaluator}, on one thread.
 *
 * <p>One invocation handles the next plan of the corpus (round-robin over the 3,000); the score
 * is per indicator ({@link OperationsPerInvocation} = 40), so every benchmark here reports indicators
 * per second per core:
 * <ul>
 *   <li>{@link #evaluatePlans}: {@link Evaluator#evaluate} of each plan (assessments plus the plan's
 *       summaries: groupings, attention list, data-quality checks); goal: at least 1,000,000/s;</li>
 *   <li>{@link #evaluatePreparedPlans}: {@link PreparedPlan#evaluate} of each plan, every plan
 *       {@link Evaluator#prepare prepared} once before the measurement, as a system that evaluates
 *       its plans each year or each time their data change keeps them; the same evaluation;</li>
 *   <li>{@link #assessIndicators}: {@link Evaluator#assess(Indicator, MonitoringData,
 *       io.github.fyplan.model.PlanPeriod, Year)} of each indicator alone;</li>
 *   <li>{@link #readObservations}: the floor, a plain loop over each plan's observations that
 *       only reads their year and value (all six years, and the series' observations).</li>
 * </ul>
 * The evaluation year is a parameter: 2023 (mid-term, graded by the method) and 2025 (final).
 *
 * <p>Three forks, one after the other: the corpus does not fit in the processor's caches, so the
 * scores depend on memory that the host shares with other machines, and its speed drifts over minutes.
 * Fifteen iterations over three forks give a mean (and a median) less at the mercy of one bad minute.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AssessmentBenchmark {
    /** Indicators in the national corpus, the operations of one invocation. */
    static final int INDICATORS = NationalCorpus.NATIONAL_PLANS * NationalCorpus.INDICATORS_PER_PLAN;

    /** The national corpus. */
    @State(Scope.Benchmark)
    public static class Corpus {
        Plan[] plans;
        MonitoringData[] data;

        /** Generates the corpus and checks its size. */
        @Setup(Level.Trial)
        public void setUp() {
            NationalCorpus c = NationalCorpus.national();
            if (c.indicatorCount() != INDICATORS) {
                throw new IllegalStateException("expected " + INDICATORS + " indicators: " + c);
            }
            plans = c.plans().toArray(Plan[]::new);
            data = c.monitoring().toArray(MonitoringData[]::new);
            System.out.println();
            System.out.println(c);
        }
    }

    /** The evaluator and the evaluation year. */
    @State(Scope.Benchmark)
    public static class Evaluation {
        /** The evaluation year. */
        @Param({"2023", "2025"})
        public int asOf;

        Year year;
        Evaluator evaluator;

        /** Builds the default evaluator (time-elapsed method) with a fixed clock. */
        @Setup(Level.Trial)
        public void setUp() {
            year = Year.of(asOf);
            evaluator = Evaluator.builder()
                    .clock(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC))
                    .build();
        }
    }

    /** The corpus' plans prepared by the evaluation's evaluator, before the measurement. */
    @State(Scope.Benchmark)
    public static class Prepared {
        PreparedPlan[] plans;

        /**
         * Prepares every plan.
         *
         * @param c the corpus
         * @param e the evaluation
         */
        @Setup(Level.Trial)
        public void setUp(Corpus c, Evaluation e) {
            plans = new PreparedPlan[c.plans.length];
            for (int i = 0; i < plans.length; i++) {
                plans[i] = e.evaluator.prepare(c.plans[i]);
            }
        }
    }

    /** The next plan to handle, per thread: the corpus is handled round-robin, one plan per invocation. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(Corpus c) {
            int i = next;
            next = i + 1 == c.plans.length ? 0 : i + 1;
            return i;
        }
    }

    /**
     * Evaluates the next plan of the corpus (40 indicators).
     *
     * @param c  the corpus
     * @param e  the evaluation
     * @param k  the cursor
     * @return the evaluation
     */
    @Benchmark
    @OperationsPerInvocation(NationalCorpus.INDICATORS_PER_PLAN)
    public PlanEvaluation evaluatePlans(Corpus c, Evaluation e, Cursor k) {
        int i = k.advance(c);
        return e.evaluator.evaluate(c.plans[i], c.data[i], e.year);
    }

    /**
     * Evaluates the next prepared plan of the corpus (40 indicators).
     *
     * @param c the corpus
     * @param p the prepared plans
     * @param e the evaluation
     * @param k the cursor
     * @return the evaluation
     */
    @Benchmark
    @OperationsPerInvocation(NationalCorpus.INDICATORS_PER_PLAN)
    public PlanEvaluation evaluatePreparedPlans(Corpus c, Prepared p, Evaluation e, Cursor k) {
        int i = k.advance(c);
        return p.plans[i].evaluate(c.data[i], e.year);
    }

    /**
     * Assesses each indicator of the next plan on its own.
     *
     * @param c  the corpus
     * @param e  the evaluation
     * @param k  the cursor
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(NationalCorpus.INDICATORS_PER_PLAN)
    public void assessIndicators(Corpus c, Evaluation e, Cursor k, Blackhole bh) {
        int i = k.advance(c);
        Plan plan = c.plans[i];
        MonitoringData data = c.data[i];
        for (Indicator indicator : plan.indicators()) {
            bh.consume(e.evaluator.assess(indicator, data, plan.period(), e.year));
        }
    }

    /**
     * Reads the year and value of every observation of the next plan, nothing else.
     *
     * @param c  the corpus
     * @param k  the cursor
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(NationalCorpus.INDICATORS_PER_PLAN)
    public void readObservations(Corpus c, Cursor k, Blackhole bh) {
        List<Observation> observations = c.data[k.advance(c)].observations();
        for (int j = 0, n = observations.size(); j < n; j++) {
            Observation o = observations.get(j);
            bh.consume(o.year().getValue());
            bh.consume(o.value().signum());
        }
    }
}
