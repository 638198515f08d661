package io.github.fyplan.rules.testkit;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.Component;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.QualitativeKind;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.model.target.UnparsedTarget;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.MissingValueStrategy;
import io.github.fyplan.rules.Thresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Generators of observation series, indicators and whole rule inputs, each driven only by the
 * {@link RandomGenerator} it is given. Values are {@link BigDecimal}s with two decimals unless said
 * otherwise. Thread-safe (stateless).
 */
public final class Generators {
    private Generators() {
    }

    /**
     * A series grown at a compound rate, exactly: start × (1 + rate)^(year − from).
     *
     * @param seriesId the series id
     * @param from     the first year, which has {@code start}
     * @param to       the last year
     * @param start    the first value
     * @param rate     the annual growth as a fraction, such as {@code 0.06}
     * @return a generator that ignores its randomness and returns the series, oldest first
     */
    public static Generator<List<Observation>> compound(String seriesId, Year from, Year to, BigDecimal start,
            BigDecimal rate) {
        return r -> {
            List<Observation> out = new ArrayList<>();
            BigDecimal factor = BigDecimal.ONE.add(rate);
            for (int k = 0; !from.plusYears(k).isAfter(to); k++) {
                out.add(observation(seriesId, from.plusYears(k), start.multiply(factor.pow(k))));
            }
            return out;
        };
    }

    /**
     * A random walk: from {@code start}, each year adds a step uniformly drawn in [−maxStep, maxStep].
     *
     * @param seriesId the series id
     * @param from     the first year
     * @param to       the last year
     * @param start    the first value
     * @param maxStep  the largest step, positive
     * @return the generator, oldest first
     */
    public static Generator<List<Observation>> randomWalk(String seriesId, Year from, Year to, BigDecimal start,
            BigDecimal maxStep) {
        long cents = maxStep.movePointRight(2).longValue();
        return r -> {
            List<Observation> out = new ArrayList<>();
            BigDecimal v = start;
            for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
                out.add(observation(seriesId, y, v));
                v = v.add(BigDecimal.valueOf(r.nextLong(-cents, cents + 1), 2));
            }
            return out;
        };
    }

    /**
     * A series with random years left out.
     *
     * @param series the full series
     * @param keep   the chance of keeping each value, 0 to 1
     * @return the generator
     */
    public static Generator<List<Observation>> withGaps(Generator<List<Observation>> series, double keep) {
        return r -> series.generate(r).stream().filter(o -> r.nextDouble() < keep).toList();
    }

    /**
     * The values of a series in random order.
     *
     * @param series the series
     * @return the generator
     */
    public static Generator<List<Observation>> shuffled(Generator<List<Observation>> series) {
        return r -> shuffle(series.generate(r), r);
    }

    /**
     * A list in random order (Fisher–Yates), the input unchanged.
     *
     * @param <T>    the element type
     * @param list   the list
     * @param random the randomness
     * @return a shuffled copy
     */
    public static <T> List<T> shuffle(List<T> list, RandomGenerator random) {
        List<T> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /**
     * Messy but valid observations: random years in a span, with gaps, zeros, negative values, large
     * values, and the same year observed more than once with different statuses.
     *
     * @param seriesId the series id
     * @param from     the first year
     * @param to       the last year
     * @return the generator, in random order
     */
    public static Generator<List<Observation>> messy(String seriesId, Year from, Year to) {
        return r -> {
            List<Observation> out = new ArrayList<>();
            for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
                int copies = r.nextInt(10) == 0 ? 2 : r.nextInt(3) == 0 ? 0 : 1;
                for (int c = 0; c < copies; c++) {
                    out.add(new Observation(seriesId, y, value(r), ObservationStatus.values()[r.nextInt(3)], "", ""));
                }
            }
            return shuffle(out, r);
        };
    }

    /**
     * A random value: mostly positive with two decimals, sometimes zero, negative or very large.
     *
     * @param r the randomness
     * @return the value
     */
    public static BigDecimal value(RandomGenerator r) {
        int kind = r.nextInt(20);
        if (kind == 0) {
            return BigDecimal.ZERO;
        }
        if (kind == 1) {
            return BigDecimal.valueOf(-r.nextLong(1, 100_000), 2);
        }
        if (kind == 2) {
            return BigDecimal.valueOf(r.nextLong(1, Long.MAX_VALUE / 4), r.nextInt(0, 4));
        }
        return BigDecimal.valueOf(r.nextLong(1, 1_000_000), 2);
    }

    /**
     * Indicators of every target form of the model (level either way, about, range, every year,
     * average growth, cumulative, change, reduction rate, qualitative, composite, none, unparsed), with
     * random values, attribute, direction (sometimes unknown) and baseline (sometimes none).
     *
     * @param period the plan period the targets refer to
     * @return the generator
     */
    public static Generator<Indicator> indicators(PlanPeriod period) {
        return r -> {
            Target target = target(r, period, true);
            Polarity polarity = r.nextInt(10) == 0 ? Polarity.UNKNOWN
                    : r.nextBoolean() ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
            Baseline baseline = r.nextInt(4) == 0 ? null
                    : new Baseline(period.baseYear().minusYears(r.nextInt(10) == 0 ? 1 : 0), value(r), "generated");
            Attribute attribute = r.nextBoolean() ? Attribute.BINDING : Attribute.EXPECTED;
            return new Indicator("GEN-" + r.nextInt(1, 100), 1, "generated", "generated indicator", "", attribute,
                    Direction.stated(polarity, "generated"), baseline, target, "generated", List.of(), List.of(), null,
                    Map.of());
        };
    }

    private static Target target(RandomGenerator r, PlanPeriod p, boolean allowComposite) {
        BigDecimal v = value(r);
        Comparison cmp = Comparison.values()[r.nextInt(4)];
        Year last = p.lastYear();
        switch (r.nextInt(allowComposite ? 13 : 12)) {
            case 0:
                return new LevelTarget(cmp, v, last);
            case 1:
                return new AboutTarget(v.abs(), new BigDecimal("0.05"), last);
            case 2:
                return new RangeTarget(v, r.nextBoolean(), v.add(value(r).abs()), r.nextBoolean(), last);
            case 3:
                return new EveryYearTarget(cmp, v, p.firstYear(), last);
            case 4:
                return new AverageGrowthTarget(BigDecimal.valueOf(r.nextInt(-500, 1500), 2), cmp, p.baseYear(), last);
            case 5:
                return new CumulativeTarget(v, cmp, p.firstYear(), last);
            case 6:
                return new ChangeTarget(ChangeKind.values()[r.nextInt(3)], BigDecimal.valueOf(r.nextInt(-50, 300)), cmp,
                        p.baseYear(), last);
            case 7:
                return new ReductionRateTarget(BigDecimal.valueOf(r.nextInt(1, 500), 2),
                        RateBasis.values()[r.nextInt(3)], p.baseYear(), last);
            case 8:
                return new QualitativeTarget(QualitativeKind.values()[r.nextInt(3)], "达到省、市要求");
            case 9:
                return new NoTarget();
            case 10:
                return new UnparsedTarget("稳步提升");
            case 11:
                return new LevelTarget(cmp, v, last.minusYears(r.nextInt(0, 3)));
            default:
                List<Component> parts = new ArrayList<>();
                int n = r.nextInt(1, 4);
                for (int i = 0; i < n; i++) {
                    parts.add(new Component("part" + i, target(r, p, false)));
                }
                return new CompositeTarget(parts);
        }
    }

    /**
     * Messy observations of an indicator and of up to three components ({@code id#0} …), from two
     * years before the base year to three years after the last.
     *
     * @param indicator the indicator
     * @param period    the plan period
     * @return the generator, in random order
     */
    public static Generator<List<Observation>> observationsOf(Indicator indicator, PlanPeriod period) {
        return r -> {
            List<Observation> out = new ArrayList<>();
            Year from = period.baseYear().minusYears(2);
            Year to = period.lastYear().plusYears(3);
            out.addAll(messy(indicator.id(), from, to).generate(r));
            for (int k = 0; k < 3; k++) {
                out.addAll(messy(CompositeTarget.componentSeriesId(indicator.id(), k), from, to).generate(r));
            }
            return shuffle(out, r);
        };
    }

    /**
     * Whole valid rule inputs for the 14th plan's period: an indicator of any form, messy observations,
     * and a context with a random year (base year to three years after the last), method,
     * missing-value strategy and judgements.
     *
     * @return the generator
     */
    public static Generator<RuleCase> ruleCases() {
        return ruleCases(PlanPeriod.fourteenthPlan());
    }

    /**
     * Whole valid rule inputs for a period.
     *
     * @param period the plan period
     * @return the generator
     */
    public static Generator<RuleCase> ruleCases(PlanPeriod period) {
        return r -> {
            Indicator indicator = indicators(period).generate(r);
            List<Observation> observations = observationsOf(indicator, period).generate(r);
            List<Judgement> judgements = new ArrayList<>();
            for (String id : List.of(indicator.id(), indicator.id() + "#0", indicator.id() + "#1")) {
                if (r.nextBoolean()) {
                    judgements.add(new Judgement(id, period.firstYear().plusYears(r.nextInt(0, 6)),
                            JudgementOutcome.values()[r.nextInt(2)], "generated", LocalDate.of(2024, 1, 1), ""));
                }
            }
            Year asOf = period.baseYear().plusYears(r.nextInt(0, period.lengthInYears() + 4));
            EvaluationContext context = new EvaluationContext(period, asOf, Method.values()[r.nextInt(3)],
                    Thresholds.defaults(), MissingValueStrategy.values()[r.nextInt(3)], judgements);
            return new RuleCase(indicator, observations, context);
        };
    }

    private static Observation observation(String seriesId, Year year, BigDecimal value) {
        return new Observation(seriesId, year, value, ObservationStatus.FINAL, "generated", "");
    }
}
