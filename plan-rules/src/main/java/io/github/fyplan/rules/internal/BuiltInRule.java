package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.NoTarget;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.metrics.Formula;
import io.github.fyplan.rules.metrics.InvalidFormulaException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The built-in rule: every target form of the model. Stateless and thread-safe. */
public final class BuiltInRule implements IndicatorRule {
    /** The rule's name in assessments. */
    public static final String NAME = "built-in";
    /** The one instance. */
    public static final BuiltInRule INSTANCE = new BuiltInRule();

    /** Composite status: the first of these any component has, unless all are achieved. */
    private static final List<Status> WORST_FIRST = List.of(Status.CONSTRAINT_BREACHED, Status.NOT_ACHIEVED,
            Status.MOVING_AWAY, Status.OFF_TRACK, Status.LAGGING, Status.NOT_ASSESSABLE, Status.NO_DATA,
            Status.NEEDS_JUDGEMENT, Status.NO_TARGET, Status.ON_TRACK, Status.CONSTRAINT_MET, Status.ACHIEVED);
    /** Each status' position in {@link #WORST_FIRST} by ordinal, or −1: a lookup instead of list searches. */
    private static final int[] WORST_RANK = new int[Status.values().length];

    static {
        Arrays.fill(WORST_RANK, -1);
        for (int r = 0; r < WORST_FIRST.size(); r++) {
            WORST_RANK[WORST_FIRST.get(r).ordinal()] = r;
        }
    }

    private BuiltInRule() {
    }

    @Override
    public Assessment assess(Indicator indicator, List<Observation> observations, EvaluationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(observations, "observations");
        return assess(indicator, (id, asOf) -> Values.of(Series.of(observations, id, asOf)), context);
    }

    /**
     * Assesses an indicator on the values a source gives; {@link #assess(Indicator, List, EvaluationContext)}
     * on the observations the source stands for gives the same assessment.
     *
     * @param indicator the indicator
     * @param source    its series' values (for a derived indicator, the values its formula gives)
     * @param context   the context
     * @return the assessment
     */
    Assessment assess(Indicator indicator, SeriesSource source, EvaluationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(context, "context");
        if (indicator.isDerived()) {
            try {
                Formula.parse(indicator.formula());
            } catch (InvalidFormulaException e) {
                return unreadableFormula(indicator, e, context);
            }
        }
        return assessReadable(indicator, source, context);
    }

    /**
     * Assesses an indicator of a plan whose observations are indexed, like {@link #assess(Indicator,
     * SeriesSource, EvaluationContext)} on {@link Inputs#valuesFor(Indicator, SeriesIndex)}, reading a
     * derived indicator's formula as the plan's layout read it, with what the rule reads first of the
     * indicator already read.
     *
     * @param indicator the indicator
     * @param reads     the first reads of its plan's indicators
     * @param position  the indicator's position in the plan
     * @param layout    the plan's layout
     * @param index     the plan's observations by series
     * @param context   the context
     * @return the assessment
     */
    public Assessment assess(Indicator indicator, FirstReads reads, int position, PlanLayout layout,
            SeriesIndex index, EvaluationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(context, "context");
        if (!indicator.isDerived()) {
            return assessTarget(indicator, reads.targets[position], reads.quantified[position],
                    reads.polarity[position], indicator.id(), indicator.baseline(), index, context)
                    .toAssessment(indicator.id(), context);
        }
        InvalidFormulaException unreadable = layout.formulaError(position);
        if (unreadable != null) {
            return unreadableFormula(indicator, unreadable, context);
        }
        return assessReadable(indicator, Inputs.valuesFor(layout.formula(position), indicator.id(), index), context);
    }

    private static Assessment unreadableFormula(Indicator indicator, InvalidFormulaException e, EvaluationContext c) {
        String why = e.getMessage();
        return new Outcome().set(Status.NOT_ASSESSABLE, () -> "its formula cannot be read: " + why,
                () -> "计算公式无法解析：" + why).toAssessment(indicator.id(), c);
    }

    /** Assesses an indicator whose formula, if any, is readable. */
    private Assessment assessReadable(Indicator indicator, SeriesSource source, EvaluationContext context) {
        Target target = indicator.target();
        return assessTarget(indicator, target, target.isQuantified(), indicator.direction().polarity(),
                indicator.id(), indicator.baseline(), source, context).toAssessment(indicator.id(), context);
    }

    /**
     * Assesses a target on a series; {@code stated} is the indicator's stated baseline (null for a
     * composite's component), made a {@link Point} only by the target forms that use it; {@code quantified}
     * is {@code target.isQuantified()} and {@code polarity} the indicator's.
     */
    private Outcome assessTarget(Indicator ind, Target target, boolean quantified, Polarity polarity, String seriesId,
            Baseline stated, SeriesSource source, EvaluationContext c) {
        if (target instanceof NoTarget) {
            return new Outcome().set(Status.NO_TARGET, () -> "the plan states no target", () -> "规划未设定目标值");
        }
        if (target instanceof QualitativeTarget q) {
            return qualitative(ind, q, seriesId, c);
        }
        if (!quantified) {
            String wording = ind.targetWording();
            return new Outcome().set(Status.NOT_ASSESSABLE, () -> "the target wording '" + wording
                    + "' was not understood", () -> "目标表述“" + wording + "”无法解析");
        }
        if (polarity == Polarity.UNKNOWN) {
            return new Outcome().set(Status.NOT_ASSESSABLE, () -> "the direction (higher or lower is better) is unknown, "
                    + "and no direction is assumed", () -> "指标方向未知，不作默认假设");
        }
        if (target instanceof CompositeTarget ct) {
            return composite(ind, ct, polarity, seriesId, source, c);
        }
        Values series = source.values(seriesId, c.asOf());
        boolean binding = ind.isBinding();
        boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
        if (target instanceof LevelTarget t) {
            return LevelAssessor.level(c, series, levelBase(stated, series, c), t.comparison(), t.value(), t.year(), binding);
        }
        if (target instanceof AboutTarget t) {
            return LevelAssessor.level(c, series, levelBase(stated, series, c), higher ? Comparison.AT_LEAST : Comparison.AT_MOST,
                    higher ? t.lowerBound() : t.upperBound(), t.year(), binding);
        }
        if (target instanceof RangeTarget t) {
            Comparison cmp = higher ? (t.lowInclusive() ? Comparison.AT_LEAST : Comparison.MORE_THAN)
                    : (t.highInclusive() ? Comparison.AT_MOST : Comparison.LESS_THAN);
            return nearEnd(LevelAssessor.level(c, series, levelBase(stated, series, c), cmp, higher ? t.low() : t.high(),
                    t.year(), binding), t, higher);
        }
        if (target instanceof ChangeTarget t) {
            Point from = stated != null && stated.year().equals(t.baseYear()) ? point(stated) : pointAt(series, t.baseYear());
            if (from == null) {
                return new Outcome().set(Status.NOT_ASSESSABLE, () -> "no value for " + Fmt.y(t.baseYear())
                                + ", the year the change is measured from",
                        () -> "缺少变化基准年" + Fmt.y(t.baseYear()) + "年数值");
            }
            return LevelAssessor.level(c, series, from, t.comparison(), t.impliedLevel(from.value()), t.year(), binding);
        }
        if (target instanceof EveryYearTarget t) {
            return LevelAssessor.holdEveryYear(c, series, t.comparison(), t.value(), t.from(), t.to(), binding, null, null);
        }
        if (target instanceof AverageGrowthTarget t) {
            Point from = stated != null && stated.year().equals(t.from()) ? point(stated) : pointAt(series, t.from());
            return SpanAssessor.averageGrowth(c, series, from, t);
        }
        if (target instanceof CumulativeTarget t) {
            return SpanAssessor.cumulative(c, series, t);
        }
        ReductionRateTarget t = (ReductionRateTarget) target;
        return SpanAssessor.reduction(c, series, t, binding);
    }

    /**
     * Names the range a level outcome judged by its near end: the reason is followed by the range and the
     * end used ("(the range [3, 3.5] is judged by its near end 3)"). A directional indicator is judged by
     * the end it approaches; a value beyond the far end is not penalised.
     */
    private static Outcome nearEnd(Outcome o, RangeTarget t, boolean higher) {
        // Rendered on demand, like every reason (see Outcome): most explanations are never read.
        return o.append(() -> " (the range " + range(t) + " is judged by its near end " + Fmt.v(nearEndOf(t, higher)) + ")",
                () -> "（目标区间" + range(t) + "，按近端" + Fmt.v(nearEndOf(t, higher)) + "评估）");
    }

    private static String range(RangeTarget t) {
        return (t.lowInclusive() ? "[" : "(") + Fmt.v(t.low()) + ", " + Fmt.v(t.high()) + (t.highInclusive() ? "]" : ")");
    }

    private static BigDecimal nearEndOf(RangeTarget t, boolean higher) {
        return higher ? t.low() : t.high();
    }

    /** The base of a level: the stated baseline whatever its year, else the series' value of the base year. */
    private static Point levelBase(Baseline stated, Values series, EvaluationContext c) {
        return stated != null ? point(stated) : pointAt(series, c.period().baseYear());
    }

    private static Point point(Baseline b) {
        return new Point(b.year(), b.value());
    }

    private static Point pointAt(Values series, Year year) {
        BigDecimal v = series.get(year);
        return v == null ? null : new Point(year, v);
    }

    private Outcome qualitative(Indicator ind, QualitativeTarget q, String seriesId, EvaluationContext c) {
        List<Judgement> js = c.judgements().isEmpty() ? List.of() : c.judgements().stream()
                .filter(j -> j.indicatorId().equals(seriesId) && !j.year().isAfter(c.asOf()))
                .sorted(Comparator.comparing(Judgement::year).thenComparing(Judgement::judgedOn)
                        .thenComparing(Judgement::outcome).thenComparing(Judgement::judgedBy))
                .toList();
        Outcome o = new Outcome();
        String statement = q.statement();
        if (js.isEmpty()) {
            Year asOf = c.asOf();
            return o.set(Status.NEEDS_JUDGEMENT, () -> "the qualitative target '" + statement
                    + "' has no recorded judgement up to " + Fmt.y(asOf),
                    () -> "定性目标“" + statement + "”截至" + Fmt.y(asOf) + "年尚无研判结论");
        }
        Judgement last = js.get(js.size() - 1);
        boolean lastMet = last.outcome() == JudgementOutcome.MET;
        if (ind.isBinding()) {
            List<Year> notMet = js.stream().filter(j -> j.outcome() == JudgementOutcome.NOT_MET)
                    .map(Judgement::year).distinct().toList();
            o.breached = notMet;
            if (!notMet.isEmpty()) {
                return o.set(Status.CONSTRAINT_BREACHED, () -> "the binding requirement '" + statement
                                + "' was judged not met in " + Fmt.years(notMet, ", ") + "; latest " + judged(last),
                        () -> "约束性要求“" + statement + "”在" + Fmt.years(notMet, "、") + "年未达到；最新："
                                + judgedZh(last));
            }
            return o.set(Status.CONSTRAINT_MET, () -> "the binding requirement '" + statement + "' " + judged(last),
                    () -> "约束性要求“" + statement + "”：" + judgedZh(last));
        }
        return o.set(lastMet ? Status.ACHIEVED : Status.NOT_ACHIEVED,
                () -> "the qualitative target '" + statement + "' " + judged(last),
                () -> "定性目标“" + statement + "”：" + judgedZh(last));
    }

    /** The latest judgement: "judged met for 2023 by the office". */
    private static String judged(Judgement last) {
        return "judged " + (last.outcome() == JudgementOutcome.MET ? "met" : "not met") + " for "
                + Fmt.y(last.year()) + " by " + last.judgedBy();
    }

    private static String judgedZh(Judgement last) {
        return last.judgedBy() + "研判" + Fmt.y(last.year()) + "年" + (last.outcome() == JudgementOutcome.MET ? "达到" : "未达到");
    }

    private Outcome composite(Indicator ind, CompositeTarget ct, Polarity polarity, String seriesId,
            SeriesSource source, EvaluationContext c) {
        Outcome o = new Outcome();
        Assessment[] components = new Assessment[ct.components().size()];
        for (int i = 0; i < components.length; i++) {
            String id = CompositeTarget.componentSeriesId(seriesId, i);
            Target part = ct.components().get(i).target();
            components[i] = assessTarget(ind, part, part.isQuantified(), polarity, id, null, source, c)
                    .toAssessment(id, c);
        }
        o.components = List.of(components);
        boolean all = !o.components.isEmpty();
        Status worst = null;
        for (Assessment a : components) {
            Status s = a.computedStatus();
            all &= s == Status.ACHIEVED || s == Status.CONSTRAINT_MET;
            int rank = WORST_RANK[s.ordinal()];
            if (rank >= 0 && (worst == null || rank < WORST_RANK[worst.ordinal()])) {
                worst = s;
            }
        }
        Status s = all ? Status.ACHIEVED : worst == null ? Status.NOT_ASSESSABLE : worst;
        List<Assessment> parts = o.components;
        return o.set(s, () -> "composite target, met only when every component is: " + parts(ct, parts, false),
                () -> "复合目标须各项均达到：" + parts(ct, parts, true));
    }

    /** Each component's subject (or id) and status, in English or Chinese. */
    private static String parts(CompositeTarget ct, List<Assessment> parts, boolean chinese) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String subject = ct.components().get(i).subject();
            Assessment a = parts.get(i);
            out.append(i == 0 ? "" : chinese ? "；" : "; ")
                    .append(subject.isEmpty() ? a.indicatorId() : subject)
                    .append(chinese ? "" : " ")
                    .append(chinese ? a.computedStatus().chinese() : a.computedStatus().english());
        }
        return out.toString();
    }
}
