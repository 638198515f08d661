package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.Component;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

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

    private BuiltInRule() {
    }

    @Override
    public Assessment assess(Indicator indicator, List<Observation> observations, EvaluationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(observations, "observations");
        return assess(indicator, (id, asOf) -> Series.of(observations, id, asOf), context);
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
    public Assessment assess(Indicator indicator, SeriesSource source, EvaluationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(context, "context");
        if (indicator.isDerived()) {
            try {
                Formula.parse(indicator.formula());
            } catch (InvalidFormulaException e) {
                return new Outcome().set(Status.NOT_ASSESSABLE, "its formula cannot be read: " + e.getMessage(),
                        "计算公式无法解析：" + e.getMessage()).toAssessment(indicator.id(), context);
            }
        }
        Point base = indicator.baseline() == null ? null
                : new Point(indicator.baseline().year(), indicator.baseline().value());
        return assessTarget(indicator, indicator.target(), indicator.id(), base, source, context)
                .toAssessment(indicator.id(), context);
    }

    private Outcome assessTarget(Indicator ind, Target target, String seriesId, Point stated, SeriesSource source,
            EvaluationContext c) {
        if (target instanceof NoTarget) {
            return new Outcome().set(Status.NO_TARGET, "the plan states no target", "规划未设定目标值");
        }
        if (target instanceof QualitativeTarget q) {
            return qualitative(ind, q, seriesId, c);
        }
        if (!target.isQuantified()) {
            return new Outcome().set(Status.NOT_ASSESSABLE, "the target wording '" + ind.targetWording()
                    + "' was not understood", "目标表述“" + ind.targetWording() + "”无法解析");
        }
        if (ind.direction().polarity() == Polarity.UNKNOWN) {
            return new Outcome().set(Status.NOT_ASSESSABLE, "the direction (higher or lower is better) is unknown, "
                    + "and no direction is assumed", "指标方向未知，不作默认假设");
        }
        if (target instanceof CompositeTarget ct) {
            return composite(ind, ct, seriesId, source, c);
        }
        TreeMap<Year, BigDecimal> series = source.values(seriesId, c.asOf());
        Point base = stated != null ? stated : pointAt(series, c.period().baseYear());
        boolean binding = ind.isBinding();
        boolean higher = ind.direction().polarity() == Polarity.HIGHER_IS_BETTER;
        if (target instanceof LevelTarget t) {
            return LevelAssessor.level(c, series, base, t.comparison(), t.value(), t.year(), binding);
        }
        if (target instanceof AboutTarget t) {
            return LevelAssessor.level(c, series, base, higher ? Comparison.AT_LEAST : Comparison.AT_MOST,
                    higher ? t.lowerBound() : t.upperBound(), t.year(), binding);
        }
        if (target instanceof RangeTarget t) {
            Comparison cmp = higher ? (t.lowInclusive() ? Comparison.AT_LEAST : Comparison.MORE_THAN)
                    : (t.highInclusive() ? Comparison.AT_MOST : Comparison.LESS_THAN);
            return LevelAssessor.level(c, series, base, cmp, higher ? t.low() : t.high(), t.year(), binding);
        }
        if (target instanceof ChangeTarget t) {
            Point from = stated != null && stated.year().equals(t.baseYear()) ? stated : pointAt(series, t.baseYear());
            if (from == null) {
                return new Outcome().set(Status.NOT_ASSESSABLE, "no value for " + Fmt.y(t.baseYear())
                                + ", the year the change is measured from",
                        "缺少变化基准年" + Fmt.y(t.baseYear()) + "年数值");
            }
            return LevelAssessor.level(c, series, from, t.comparison(), t.impliedLevel(from.value()), t.year(), binding);
        }
        if (target instanceof EveryYearTarget t) {
            return LevelAssessor.holdEveryYear(c, series, t.comparison(), t.value(), t.from(), t.to(), binding, "", "");
        }
        if (target instanceof AverageGrowthTarget t) {
            Point from = stated != null && stated.year().equals(t.from()) ? stated : pointAt(series, t.from());
            return SpanAssessor.averageGrowth(c, series, from, t);
        }
        if (target instanceof CumulativeTarget t) {
            return SpanAssessor.cumulative(c, series, t);
        }
        ReductionRateTarget t = (ReductionRateTarget) target;
        return SpanAssessor.reduction(c, series, t, binding);
    }

    private static Point pointAt(TreeMap<Year, BigDecimal> series, Year year) {
        BigDecimal v = series.get(year);
        return v == null ? null : new Point(year, v);
    }

    private Outcome qualitative(Indicator ind, QualitativeTarget q, String seriesId, EvaluationContext c) {
        List<Judgement> js = c.judgements().stream()
                .filter(j -> j.indicatorId().equals(seriesId) && !j.year().isAfter(c.asOf()))
                .sorted(Comparator.comparing(Judgement::year).thenComparing(Judgement::judgedOn)
                        .thenComparing(Judgement::outcome).thenComparing(Judgement::judgedBy))
                .toList();
        Outcome o = new Outcome();
        String what = "'" + q.statement() + "'";
        if (js.isEmpty()) {
            return o.set(Status.NEEDS_JUDGEMENT, "the qualitative target " + what + " has no recorded judgement up to "
                    + Fmt.y(c.asOf()), "定性目标“" + q.statement() + "”截至" + Fmt.y(c.asOf()) + "年尚无研判结论");
        }
        Judgement last = js.get(js.size() - 1);
        String by = "judged " + (last.outcome() == JudgementOutcome.MET ? "met" : "not met") + " for "
                + Fmt.y(last.year()) + " by " + last.judgedBy();
        String byZh = last.judgedBy() + "研判" + Fmt.y(last.year()) + "年" + (last.outcome() == JudgementOutcome.MET ? "达到" : "未达到");
        if (ind.isBinding()) {
            List<Year> notMet = js.stream().filter(j -> j.outcome() == JudgementOutcome.NOT_MET)
                    .map(Judgement::year).distinct().toList();
            o.breached = notMet;
            if (!notMet.isEmpty()) {
                return o.set(Status.CONSTRAINT_BREACHED, "the binding requirement " + what + " was judged not met in "
                                + Fmt.years(notMet, ", ") + "; latest " + by,
                        "约束性要求“" + q.statement() + "”在" + Fmt.years(notMet, "、") + "年未达到；最新：" + byZh);
            }
            return o.set(Status.CONSTRAINT_MET, "the binding requirement " + what + " " + by,
                    "约束性要求“" + q.statement() + "”：" + byZh);
        }
        return o.set(last.outcome() == JudgementOutcome.MET ? Status.ACHIEVED : Status.NOT_ACHIEVED,
                "the qualitative target " + what + " " + by, "定性目标“" + q.statement() + "”：" + byZh);
    }

    private Outcome composite(Indicator ind, CompositeTarget ct, String seriesId, SeriesSource source,
            EvaluationContext c) {
        Outcome o = new Outcome();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ct.components().size(); i++) {
            Component comp = ct.components().get(i);
            String id = seriesId + "#" + i;
            Assessment a = assessTarget(ind, comp.target(), id, null, source, c).toAssessment(id, c);
            o.components.add(a);
            parts.add((comp.subject().isEmpty() ? id : comp.subject()) + " " + a.computedStatus().english());
        }
        boolean all = !o.components.isEmpty() && o.components.stream()
                .allMatch(a -> a.computedStatus() == Status.ACHIEVED || a.computedStatus() == Status.CONSTRAINT_MET);
        Status s = all ? Status.ACHIEVED : WORST_FIRST.stream()
                .filter(w -> o.components.stream().anyMatch(a -> a.computedStatus() == w)).findFirst()
                .orElse(Status.NOT_ASSESSABLE);
        List<String> partsZh = new ArrayList<>();
        for (int i = 0; i < o.components.size(); i++) {
            String subject = ct.components().get(i).subject();
            partsZh.add((subject.isEmpty() ? o.components.get(i).indicatorId() : subject)
                    + o.components.get(i).computedStatus().chinese());
        }
        return o.set(s, "composite target, met only when every component is: " + String.join("; ", parts),
                "复合目标须各项均达到：" + String.join("；", partsZh));
    }
}
