package io.github.fyplan.rules;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.monitoring.Judgement;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * What a rule needs besides the indicator and its observations. Immutable.
 *
 * @param period        the plan's period (base year, first and last year)
 * @param asOf          the evaluation year; observations and judgements after it are not used
 * @param method        the method that grades progress
 * @param thresholds    the thresholds of the methods
 * @param missingValues what to do with missing values
 * @param judgements    the recorded judgements of the indicator (and of its components), any order
 */
public record EvaluationContext(
        PlanPeriod period,
        Year asOf,
        Method method,
        Thresholds thresholds,
        MissingValueStrategy missingValues,
        List<Judgement> judgements) {

    /**
     * Checks that no component is null, copies the judgements, and rejects an evaluation year
     * before the base year.
     *
     * @throws RuleUsageException if {@code asOf} is before the period's base year
     */
    public EvaluationContext {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(missingValues, "missingValues");
        judgements = List.copyOf(judgements);
        if (asOf.isBefore(period.baseYear())) {
            throw new RuleUsageException("evaluation year " + asOf + " is before the plan's base year "
                    + period.baseYear() + "; evaluate as of " + period.baseYear() + " or later");
        }
    }

    /**
     * A context with the default method, thresholds and missing-value strategy and no judgements.
     *
     * @param period the plan's period
     * @param asOf   the evaluation year
     * @return the context
     * @throws RuleUsageException if {@code asOf} is before the base year
     */
    public static EvaluationContext of(PlanPeriod period, Year asOf) {
        return new EvaluationContext(period, asOf, Method.TIME_ELAPSED, Thresholds.defaults(),
                MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING, List.of());
    }

    /**
     * A copy with another method.
     *
     * @param newMethod the method
     * @return the copy
     */
    public EvaluationContext withMethod(Method newMethod) {
        return new EvaluationContext(period, asOf, newMethod, thresholds, missingValues, judgements);
    }

    /**
     * A copy with another missing-value strategy.
     *
     * @param strategy the strategy
     * @return the copy
     */
    public EvaluationContext withMissingValues(MissingValueStrategy strategy) {
        return new EvaluationContext(period, asOf, method, thresholds, strategy, judgements);
    }

    /**
     * A copy with other judgements.
     *
     * @param newJudgements the judgements
     * @return the copy
     */
    public EvaluationContext withJudgements(List<Judgement> newJudgements) {
        return new EvaluationContext(period, asOf, method, thresholds, missingValues, newJudgements);
    }
}
