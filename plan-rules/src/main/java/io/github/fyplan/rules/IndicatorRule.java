package io.github.fyplan.rules;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * A rule that assesses one indicator: a pure function of the indicator, its observations and the
 * context. Implementations must be deterministic, must not throw on any valid input (a missed target
 * is a {@link Status}, not an exception), and must not depend on the order of the observations; the
 * test kit's {@code IndicatorRuleContract} checks these laws.
 *
 * <p>Bind a rule to indicators with {@link RuleBinding}, or publish it through a {@link RuleProvider}
 * found by {@link java.util.ServiceLoader}.
 */
@FunctionalInterface
public interface IndicatorRule {

    /**
     * Assesses an indicator.
     *
     * @param indicator    the indicator
     * @param observations its observations up to the evaluation year, in any order; for a composite
     *                     target also those of its components ({@code <indicatorId>#<index>}); for a
     *                     derived indicator the values its formula gives
     * @param context      the evaluation year, method, thresholds, missing-value strategy, judgements
     * @return the assessment, never null, of this indicator as of {@code context.asOf()}
     */
    Assessment assess(Indicator indicator, List<Observation> observations, EvaluationContext context);

    /**
     * The built-in rule, which handles every target form of the model. Custom rules may delegate to
     * it and adjust its result.
     *
     * @return the built-in rule; thread-safe
     */
    static IndicatorRule builtIn() {
        return BuiltInRule.INSTANCE;
    }
}
