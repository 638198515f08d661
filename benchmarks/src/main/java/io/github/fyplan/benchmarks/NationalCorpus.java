package io.github.fyplan.benchmarks;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic corpus at national scale: {@value #NATIONAL_PLANS} plans of
 * {@value #INDICATORS_PER_PLAN} indicators each, every indicator (and every series a derived
 * indicator's formula uses) observed in each of the {@value #YEARS} years 2020 (the base year) to
 * 2025 (the plan's last year).
 *
 * <p>Plans come from plan-model's {@link RandomPlans} fixtures (valid plans with every target
 * form, awkward decimals and mixed Chinese/ASCII text), widened to 40 indicators and given unique
 * region codes {@code 100000 + index} and ids {@code cn-<code>-14th}. Each plan draws from its own
 * {@link SplittableRandom#split() split} of one seeded generator, so the same seed and size always
 * give equal corpora, and a plan does not depend on how many plans follow it.
 *
 * <p>Observed values follow a compound path from the baseline (or a random start when the indicator
 * has none) at a yearly rate drawn from [-3%, +12%], rounded to two decimals, all
 * {@link ObservationStatus#FINAL}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plans      the plans, in order
 * @param monitoring each plan's monitoring data, in the same order
 */
public record NationalCorpus(List<Plan> plans, List<MonitoringData> monitoring) {

    /** Plans in the national corpus: {@value}. */
    public static final int NATIONAL_PLANS = 3_000;
    /** Indicators per plan: {@value}. */
    public static final int INDICATORS_PER_PLAN = 40;
    /** Observed years per indicator, 2020 to 2025: {@value}. */
    public static final int YEARS = 6;
    /** The seed of the national corpus: {@value} (the day the 14th plan outline was published). */
    public static final long SEED = 20210313L;

    /** Checks the components and copies the lists. */
    public NationalCorpus {
        plans = List.copyOf(plans);
        monitoring = List.copyOf(monitoring);
        if (plans.size() != monitoring.size()) {
            throw new IllegalArgumentException(plans.size() + " plans but " + monitoring.size() + " monitoring data");
        }
    }

    /**
     * The national corpus: {@value #NATIONAL_PLANS} plans from {@link #SEED}.
     *
     * @return the corpus
     */
    public static NationalCorpus national() {
        return generate(NATIONAL_PLANS, SEED);
    }

    /**
     * Generates a corpus.
     *
     * @param planCount the number of plans
     * @param seed      the seed
     * @return the corpus; equal for equal arguments
     */
    public static NationalCorpus generate(int planCount, long seed) {
        if (planCount < 0 || planCount > 900_000) {
            throw new IllegalArgumentException("planCount must be 0 to 900000: " + planCount);
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<Plan> plans = new ArrayList<>(planCount);
        List<MonitoringData> data = new ArrayList<>(planCount);
        for (int i = 0; i < planCount; i++) {
            SplittableRandom r = root.split();
            Plan plan = plan(r, i);
            plans.add(plan);
            data.add(observations(r, plan));
        }
        return new NationalCorpus(plans, data);
    }

    /**
     * The number of indicators over all plans.
     *
     * @return the count
     */
    public int indicatorCount() {
        return plans.stream().mapToInt(p -> p.indicators().size()).sum();
    }

    /**
     * The number of observations over all plans.
     *
     * @return the count
     */
    public int observationCount() {
        return monitoring.stream().mapToInt(d -> d.observations().size()).sum();
    }

    private static Plan plan(SplittableRandom r, int index) {
        Plan base = RandomPlans.plan(r);
        PlanPeriod period = base.period();
        List<Indicator> indicators = new ArrayList<>(INDICATORS_PER_PLAN);
        for (int n = 1; n <= INDICATORS_PER_PLAN; n++) {
            indicators.add(RandomPlans.indicator(r, n, period, base.series()));
        }
        String code = String.format(Locale.ROOT, "%06d", 100_000 + index);
        String id = "cn-" + code + "-14th";
        return new Plan(id, base.title(), base.language(), new Region(code, base.region().name(),
                base.region().level()), period, base.body(), base.goals(), indicators, base.boxes(), base.series(),
                base.corrections(), base.extensions());
    }

    private static MonitoringData observations(SplittableRandom r, Plan plan) {
        int from = plan.period().baseYear().getValue();
        List<Observation> observations = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            Baseline b = i.baseline();
            path(r, i.id(), b == null ? RandomPlans.decimal(r) : b.value(), from, observations);
        }
        for (SeriesDefinition s : plan.series()) {
            path(r, s.id(), RandomPlans.decimal(r), from, observations);
        }
        return new MonitoringData(plan.id(), observations, List.of());
    }

    private static void path(SplittableRandom r, String seriesId, BigDecimal start, int from, List<Observation> out) {
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(r.nextInt(-300, 1_201), 4));
        BigDecimal value = start;
        for (int k = 0; k < YEARS; k++) {
            out.add(new Observation(seriesId, Year.of(from + k), value.setScale(2, RoundingMode.HALF_EVEN),
                    ObservationStatus.FINAL, "", ""));
            value = value.multiply(factor).setScale(6, RoundingMode.HALF_EVEN);
        }
    }

    /** A summary of the corpus' size (the records themselves are too many to print). */
    @Override
    public String toString() {
        return "NationalCorpus[" + plans.size() + " plans, " + indicatorCount() + " indicators, "
                + observationCount() + " observations]";
    }
}
