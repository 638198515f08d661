package io.github.fyplan.rules;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.internal.BuiltInRule;
import io.github.fyplan.rules.internal.Inputs;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Assesses indicators and evaluates whole plans. Immutable and thread-safe; build one with
 * {@link #builder()}.
 *
 * <p>A mid-term evaluation as of 2023:
 * <pre>{@code
 * PlanEvaluation mid = Evaluator.builder().build().evaluate(plan, data, Year.of(2023));
 * mid.attention().forEach(a -> System.out.println(a.indicatorId() + " " + a.stillRequired().zh()));
 * }</pre>
 *
 * <p>To evaluate one plan many times (each year, or each time its data changes), {@link #prepare} it
 * once: the {@link PreparedPlan} keeps what depends on the plan alone.
 */
public final class Evaluator {
    private final Method method;
    private final Thresholds thresholds;
    private final MissingValueStrategy missingValues;
    private final List<RuleBinding> bindings;
    private final Clock clock;

    private Evaluator(Builder b) {
        this.method = b.method;
        this.thresholds = b.thresholds;
        this.missingValues = b.missingValues;
        this.bindings = List.copyOf(b.bindings);
        this.clock = b.clock;
    }

    /**
     * A builder with the defaults: time-elapsed method, default thresholds, skip only if all values
     * are missing, no custom rule, the UTC system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The method this evaluator grades with.
     *
     * @return the method
     */
    public Method method() {
        return method;
    }

    /**
     * The thresholds this evaluator uses.
     *
     * @return the thresholds
     */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * The custom rules, in priority order.
     *
     * @return the bindings
     */
    public List<RuleBinding> bindings() {
        return bindings;
    }

    /**
     * A context for a period and year with this evaluator's settings and no judgements.
     *
     * @param period the plan's period
     * @param asOf   the evaluation year
     * @return the context
     * @throws RuleUsageException if {@code asOf} is before the base year
     */
    public EvaluationContext context(PlanPeriod period, Year asOf) {
        return new EvaluationContext(period, asOf, method, thresholds, missingValues, List.of());
    }

    /**
     * Assesses one indicator with the first custom rule bound to it, or the built-in rule.
     * Observations after {@code context.asOf()} are not used.
     *
     * @param indicator    the indicator
     * @param observations its observations, in any order (others are ignored)
     * @param context      the context
     * @return the assessment
     * @throws RuleUsageException if a custom rule throws or returns an assessment of another indicator
     */
    public Assessment assess(Indicator indicator, List<Observation> observations, EvaluationContext context) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(context, "context");
        RuleBinding b = bindingOf(indicator);
        return b != null ? assessCustom(b, indicator, observations, context)
                : IndicatorRule.builtIn().assess(indicator, Inputs.observationsOf(indicator.id(), observations,
                        context.asOf()), context);
    }

    /** Assesses an indicator with a custom rule, on its observations up to {@code context.asOf()}. */
    static Assessment assessCustom(RuleBinding b, Indicator indicator, List<Observation> observations,
            EvaluationContext context) {
        return runCustom(b, indicator, Inputs.observationsOf(indicator.id(), observations, context.asOf()), context);
    }

    /** The clock that dates evaluations. */
    Clock clock() {
        return clock;
    }

    /** The first custom rule bound to an indicator, or null for the built-in rule. */
    RuleBinding bindingOf(Indicator indicator) {
        for (RuleBinding b : bindings) {
            if (b.appliesTo(indicator)) {
                return b;
            }
        }
        return null;
    }

    /**
     * Assesses one indicator from monitoring data: its observations (computed by its formula for a
     * derived indicator) and its judgements.
     *
     * @param indicator the indicator
     * @param data      the monitoring data
     * @param period    the plan's period
     * @param asOf      the evaluation year
     * @return the assessment
     * @throws RuleUsageException if {@code asOf} is before the base year, or a custom rule misbehaves
     */
    public Assessment assess(Indicator indicator, MonitoringData data, PlanPeriod period, Year asOf) {
        EvaluationContext c = context(period, asOf).withJudgements(Inputs.judgementsOf(indicator.id(), data));
        List<Observation> own = Inputs.observationsFor(indicator, data);
        if (bindingOf(indicator) != null) {
            return assess(indicator, own, c);
        }
        // These are already the indicator's own, and the built-in rule leaves out years after asOf
        // itself: no second pass to filter them.
        return BuiltInRule.INSTANCE.assess(indicator, own, c);
    }

    /**
     * Evaluates a whole plan as of a year.
     *
     * @param plan the plan
     * @param data its monitoring data
     * @param asOf the evaluation year, such as 2023 for a mid-term evaluation of the 14th plan
     * @return the evaluation
     * @throws RuleUsageException if the data belongs to another plan, {@code asOf} is before the base
     *                            year, or a custom rule misbehaves
     */
    public PlanEvaluation evaluate(Plan plan, MonitoringData data, Year asOf) {
        return evaluate(plan, data, asOf, List.of());
    }

    /**
     * Evaluates a whole plan as of a year, applying the office's overrides for that year.
     *
     * @param plan      the plan
     * @param data      its monitoring data
     * @param asOf      the evaluation year
     * @param overrides overrides; those of other years or unknown indicators are ignored
     * @return the evaluation
     * @throws RuleUsageException if the data belongs to another plan, {@code asOf} is before the base
     *                            year, or a custom rule misbehaves
     */
    public PlanEvaluation evaluate(Plan plan, MonitoringData data, Year asOf, List<StatusOverride> overrides) {
        return prepare(plan).evaluate(data, asOf, overrides);
    }

    /**
     * Makes a plan ready to be evaluated again and again with this evaluator's settings and rules:
     * which rule assesses each indicator is decided here, once.
     *
     * @param plan the plan
     * @return the prepared plan
     */
    public PreparedPlan prepare(Plan plan) {
        return new PreparedPlan(this, plan);
    }

    private static Assessment runCustom(RuleBinding b, Indicator indicator, List<Observation> own,
            EvaluationContext context) {
        EvaluationContext c = b.missingValues() == null ? context : context.withMissingValues(b.missingValues());
        Assessment a;
        try {
            a = b.rule().assess(indicator, own, c);
        } catch (RuntimeException e) {
            throw new RuleUsageException("rule '" + b.name() + "' (" + b.description() + ") threw on indicator "
                    + indicator.id() + " as of " + c.asOf() + ": " + e, e);
        }
        if (a == null || !a.indicatorId().equals(indicator.id())) {
            throw new RuleUsageException("rule '" + b.name() + "' returned "
                    + (a == null ? "null" : "an assessment of " + a.indicatorId()) + " for indicator " + indicator.id());
        }
        return a.rule().equals(b.name()) ? a : a.withRule(b.name());
    }

    /** Builds an {@link Evaluator}. Not thread-safe; the evaluator it builds is. */
    public static final class Builder {
        private Method method = Method.TIME_ELAPSED;
        private Thresholds thresholds = Thresholds.defaults();
        private MissingValueStrategy missingValues = MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING;
        private final List<RuleBinding> bindings = new ArrayList<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the method; the default is {@link Method#TIME_ELAPSED}.
         *
         * @param newMethod the method
         * @return this builder
         */
        public Builder method(Method newMethod) {
            this.method = Objects.requireNonNull(newMethod, "method");
            return this;
        }

        /**
         * Sets the thresholds; the default is {@link Thresholds#defaults()}.
         *
         * @param newThresholds the thresholds
         * @return this builder
         */
        public Builder thresholds(Thresholds newThresholds) {
            this.thresholds = Objects.requireNonNull(newThresholds, "thresholds");
            return this;
        }

        /**
         * Sets the missing-value strategy of the built-in rule and of custom rules without their own.
         *
         * @param strategy the strategy
         * @return this builder
         */
        public Builder missingValues(MissingValueStrategy strategy) {
            this.missingValues = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /**
         * Adds a custom rule; rules added earlier take priority.
         *
         * @param binding the rule and what it applies to
         * @return this builder
         */
        public Builder rule(RuleBinding binding) {
            bindings.add(Objects.requireNonNull(binding, "binding"));
            return this;
        }

        /**
         * Adds a custom rule for one indicator, named after the indicator.
         *
         * @param indicatorId the indicator's id
         * @param rule        the rule
         * @return this builder
         */
        public Builder rule(String indicatorId, IndicatorRule rule) {
            return rule(RuleBinding.forIndicator("custom:" + indicatorId, indicatorId, rule));
        }

        /**
         * Adds the rules of every {@link RuleProvider} the {@link ServiceLoader} finds for this module's
         * layer or class path, in the order it finds them.
         *
         * @return this builder
         */
        public Builder discoverRules() {
            ServiceLoader.load(RuleProvider.class).forEach(p -> bindings.addAll(p.bindings()));
            return this;
        }

        /**
         * Adds the rules of every {@link RuleProvider} visible to a class loader.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder discoverRules(ClassLoader loader) {
            ServiceLoader.load(RuleProvider.class, loader).forEach(p -> bindings.addAll(p.bindings()));
            return this;
        }

        /**
         * Sets the clock that dates evaluations; the default is the UTC system clock.
         *
         * @param newClock the clock
         * @return this builder
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Builds the evaluator.
         *
         * @return the evaluator
         */
        public Evaluator build() {
            return new Evaluator(this);
        }
    }
}
