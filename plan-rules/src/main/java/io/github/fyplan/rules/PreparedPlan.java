package io.github.fyplan.rules;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.rules.internal.BuiltInRule;
import io.github.fyplan.rules.internal.FirstReads;
import io.github.fyplan.rules.internal.Inputs;
import io.github.fyplan.rules.internal.PlanEvaluator;
import io.github.fyplan.rules.internal.PlanLayout;
import io.github.fyplan.rules.internal.SeriesIndex;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plan made ready for evaluation by one {@link Evaluator}, to evaluate it again and again: each
 * year of annual tracking, the mid-term and the final evaluation, or each time its monitoring data
 * changes. Get one with {@link Evaluator#prepare(Plan)}.
 *
 * <p>Preparing does once what depends on the plan and the evaluator alone: it decides which rule
 * assesses each indicator (the first custom rule bound to it, or the built-in rule), lays out the
 * groups the summaries count (by category, attribute and department), lists the series the plan
 * knows and reads its derived indicators' formulas. {@link #evaluate} then does
 * only what depends on the data and the year, and gives the evaluation {@link Evaluator#evaluate}
 * gives, which prepares the plan each time.
 *
 * <p>Immutable and thread-safe, like the plan and the evaluator it holds.
 * <pre>{@code
 * PreparedPlan prepared = evaluator.prepare(plan);
 * for (int year = 2021; year <= 2025; year++) {
 *     PlanEvaluation e = prepared.evaluate(data, Year.of(year));
 * }
 * }</pre>
 */
public final class PreparedPlan {
    private final Evaluator evaluator;
    private final Plan plan;
    private final PlanLayout layout;
    /** The custom rule of each indicator, in table order; null for the built-in rule. */
    private final RuleBinding[] rules;

    PreparedPlan(Evaluator evaluator, Plan plan) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.layout = PlanLayout.of(plan);
        List<Indicator> indicators = plan.indicators();
        this.rules = new RuleBinding[indicators.size()];
        for (int k = 0; k < rules.length; k++) {
            rules[k] = evaluator.bindingOf(indicators.get(k));
        }
    }

    /**
     * The plan.
     *
     * @return the plan
     */
    public Plan plan() {
        return plan;
    }

    /**
     * The evaluator that prepared the plan, whose settings every evaluation uses.
     *
     * @return the evaluator
     */
    public Evaluator evaluator() {
        return evaluator;
    }

    /**
     * Evaluates the plan as of a year.
     *
     * @param data the plan's monitoring data
     * @param asOf the evaluation year, such as 2023 for a mid-term evaluation of the 14th plan
     * @return the evaluation
     * @throws RuleUsageException if the data belongs to another plan, {@code asOf} is before the base
     *                            year, or a custom rule misbehaves
     */
    public PlanEvaluation evaluate(MonitoringData data, Year asOf) {
        return evaluate(data, asOf, List.of());
    }

    /**
     * Evaluates the plan as of a year, showing the overrides an office recorded for that year.
     *
     * @param data      the plan's monitoring data
     * @param asOf      the evaluation year
     * @param overrides status overrides; those of other years or indicators are ignored
     * @return the evaluation
     * @throws RuleUsageException if the data belongs to another plan, {@code asOf} is before the base
     *                            year, or a custom rule misbehaves
     */
    public PlanEvaluation evaluate(MonitoringData data, Year asOf, List<StatusOverride> overrides) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(overrides, "overrides");
        if (!plan.id().equals(data.planId())) {
            throw new RuleUsageException("monitoring data of plan '" + data.planId() + "' given to evaluate plan '"
                    + plan.id() + "'");
        }
        EvaluationContext context = evaluator.context(plan.period(), asOf);
        // One pass groups the plan's observations by series; every indicator then reads its own.
        SeriesIndex index = SeriesIndex.of(data.observations());
        List<Indicator> indicators = plan.indicators();
        int n = rules.length;
        FirstReads reads = FirstReads.of(indicators);
        Assessment[] assessments = new Assessment[n];
        for (int k = 0; k < n; k++) {
            Indicator indicator = indicators.get(k);
            List<Judgement> judgements = Inputs.judgementsOf(indicator.id(), data);
            EvaluationContext c = judgements.isEmpty() ? context : context.withJudgements(judgements);
            Assessment a = rules[k] != null
                    ? Evaluator.assessCustom(rules[k], indicator, Inputs.observationsFor(indicator, data), c)
                    : BuiltInRule.INSTANCE.assess(indicator, reads, k, layout, index, c);
            for (StatusOverride o : overrides) {
                if (o.indicatorId().equals(indicator.id()) && o.year().equals(asOf)) {
                    a = a.withOverride(o);
                }
            }
            assessments[k] = a;
        }
        return PlanEvaluator.summarize(layout, data, index, asOf, LocalDate.now(evaluator.clock()),
                evaluator.method(), evaluator.thresholds(), Arrays.asList(assessments));
    }

    @Override
    public String toString() {
        return "PreparedPlan[" + plan.id() + ", " + rules.length + " indicators]";
    }
}
