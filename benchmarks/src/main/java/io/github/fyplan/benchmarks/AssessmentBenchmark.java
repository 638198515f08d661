package io.github.fyplan.benchmarks;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.Evaluator;
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
 * <p>One invocation handles the whole corpus; the score is per indicator
 * ({@link OperationsPerInvocation} = 120,000), so every benchmark here reports indicators per
 * second per core:
 * <ul>
 *   <li>{@link #evaluatePlans}: {@link Evaluator#evaluate} of each plan (assessments plus the plan's
 *       summaries: groupings, attention list, data-quality checks); goal: at least 1,000,000/s;</li>
 *   <li>{@link #assessIndicators}: {@link Evaluator#assess(Indicator, MonitoringData,
 *       io.github.fyplan.model.PlanPeriod, Year)} of each indicator alone;</li>
 *   <li>{@link #readObservations}: the floor, a plain loop over each plan's observations that
 *       only reads their year and value.</li>
 * </ul>
 * The evaluation year is a parameter: 2023 (mid-term, graded by the method) and 2025 (final).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
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

    /**
     * Evaluates every plan of the corpus.
     *
     * @param c  the corpus
     * @param e  the evaluation
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(INDICATORS)
    public void evaluatePlans(Corpus c, Evaluation e, Blackhole bh) {
        for (int i = 0; i < c.plans.length; i++) {
            bh.consume(e.evaluator.evaluate(c.plans[i], c.data[i], e.year));
        }
    }

    /**
     * Assesses every indicator of the corpus on its own.
     *
     * @param c  the corpus
     * @param e  the evaluation
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(INDICATORS)
    public void assessIndicators(Corpus c, Evaluation e, Blackhole bh) {
        for (int i = 0; i < c.plans.length; i++) {
            Plan plan = c.plans[i];
            MonitoringData data = c.data[i];
            for (Indicator indicator : plan.indicators()) {
                bh.consume(e.evaluator.assess(indicator, data, plan.period(), e.year));
            }
        }
    }

    /**
     * Reads the year and value of every observation of the corpus, nothing else.
     *
     * @param c  the corpus
     * @param bh the sink
     */
    @Benchmark
    @OperationsPerInvocation(INDICATORS)
    public void readObservations(Corpus c, Blackhole bh) {
        for (MonitoringData data : c.data) {
            List<Observation> observations = data.observations();
            for (int j = 0, n = observations.size(); j < n; j++) {
                Observation o = observations.get(j);
                bh.consume(o.year().getValue());
                bh.consume(o.value().signum());
            }
        }
    }
}
