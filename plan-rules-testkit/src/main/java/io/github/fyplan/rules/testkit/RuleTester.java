package io.github.fyplan.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Direction;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.TargetWording;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.MissingValueStrategy;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.Thresholds;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Unit-tests a rule in a few lines: given these observations, as of this year, expect this status.
 *
 * <pre>{@code
 * Indicator income = RuleTester.indicator("TN-19", "居民人均可支配收入", "9").withBaseline(...);
 * RuleTester.of(myRule).indicator(income)
 *         .observed(2021, "7.0").observed(2023, "7.8")
 *         .asOf(2023)
 *         .expectStatus(Status.LAGGING);
 * }</pre>
 *
 * <p>Defaults: the 14th plan's period, the time-elapsed method, default thresholds, skip only if all
 * values are missing, no judgements. Not thread-safe: use one tester per test.
 */
public final class RuleTester {
    private final IndicatorRule rule;
    private Indicator indicator;
    private PlanPeriod period = PlanPeriod.fourteenthPlan();
    private Method method = Method.TIME_ELAPSED;
    private Thresholds thresholds = Thresholds.defaults();
    private MissingValueStrategy missingValues = MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING;
    private final List<Observation> observations = new ArrayList<>();
    private final List<Judgement> judgements = new ArrayList<>();
    private Year asOf;

    private RuleTester(IndicatorRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * A tester of a rule.
     *
     * @param rule the rule under test
     * @return the tester
     */
    public static RuleTester of(IndicatorRule rule) {
        return new RuleTester(rule);
    }

    /**
     * A tester of the built-in rule.
     *
     * @return the tester
     */
    public static RuleTester builtIn() {
        return of(IndicatorRule.builtIn());
    }

    /**
     * An expected (预期性) indicator of the 14th plan read from the table's wording, with the direction
     * inferred from its name and the target parsed by {@link TargetWording#parse}.
     *
     * @param id      the id, such as {@code TN-19}
     * @param name    the name as printed, such as {@code 居民人均可支配收入}
     * @param wording the target cell as printed, such as {@code 9}
     * @return the indicator, without baseline
     */
    public static Indicator indicator(String id, String name, String wording) {
        PlanPeriod p = PlanPeriod.fourteenthPlan();
        return new Indicator(id, 1, "", name, "", Attribute.EXPECTED, Direction.inferFrom(name), null,
                TargetWording.parse(wording, name, p), wording, List.of(), List.of(), null, Map.of());
    }

    /**
     * Like {@link #indicator(String, String, String)}, with a baseline for the base year 2020.
     *
     * @param id       the id
     * @param name     the name as printed
     * @param wording  the target cell as printed
     * @param baseline the 2020 value, such as {@code "6.5"}
     * @return the indicator
     */
    public static Indicator indicator(String id, String name, String wording, String baseline) {
        return indicator(id, name, wording).withBaseline(new Baseline(Year.of(2020), new BigDecimal(baseline), "test"));
    }

    /**
     * Sets the indicator.
     *
     * @param newIndicator the indicator
     * @return this tester
     */
    public RuleTester indicator(Indicator newIndicator) {
        this.indicator = Objects.requireNonNull(newIndicator, "indicator");
        return this;
    }

    /**
     * Sets the plan period; the default is the 14th plan's.
     *
     * @param newPeriod the period
     * @return this tester
     */
    public RuleTester period(PlanPeriod newPeriod) {
        this.period = Objects.requireNonNull(newPeriod, "period");
        return this;
    }

    /**
     * Sets the method.
     *
     * @param newMethod the method
     * @return this tester
     */
    public RuleTester method(Method newMethod) {
        this.method = Objects.requireNonNull(newMethod, "method");
        return this;
    }

    /**
     * Sets the thresholds.
     *
     * @param newThresholds the thresholds
     * @return this tester
     */
    public RuleTester thresholds(Thresholds newThresholds) {
        this.thresholds = Objects.requireNonNull(newThresholds, "thresholds");
        return this;
    }

    /**
     * Sets the missing-value strategy.
     *
     * @param strategy the strategy
     * @return this tester
     */
    public RuleTester missingValues(MissingValueStrategy strategy) {
        this.missingValues = Objects.requireNonNull(strategy, "strategy");
        return this;
    }

    /**
     * Adds a final observation of the indicator itself.
     *
     * @param year  the year
     * @param value the value as text, such as {@code "7.8"}
     * @return this tester
     * @throws IllegalStateException if no indicator is set yet
     */
    public RuleTester observed(int year, String value) {
        if (indicator == null) {
            throw new IllegalStateException("set the indicator before observed(year, value)");
        }
        return observed(indicator.id(), year, value);
    }

    /**
     * Adds a final observation of any series, such as a component {@code WJ-33#0}.
     *
     * @param seriesId the series id
     * @param year     the year
     * @param value    the value as text
     * @return this tester
     */
    public RuleTester observed(String seriesId, int year, String value) {
        observations.add(Observation.of(seriesId, year, value));
        return this;
    }

    /**
     * Adds observations.
     *
     * @param more the observations
     * @return this tester
     */
    public RuleTester observations(List<Observation> more) {
        observations.addAll(more);
        return this;
    }

    /**
     * Adds a recorded judgement.
     *
     * @param judgement the judgement
     * @return this tester
     */
    public RuleTester judgement(Judgement judgement) {
        judgements.add(Objects.requireNonNull(judgement, "judgement"));
        return this;
    }

    /**
     * Sets the evaluation year.
     *
     * @param year the year
     * @return this tester
     */
    public RuleTester asOf(int year) {
        this.asOf = Year.of(year);
        return this;
    }

    /**
     * The input as set so far.
     *
     * @return the rule case
     * @throws IllegalStateException if the indicator or the year is not set
     */
    public RuleCase toCase() {
        if (indicator == null || asOf == null) {
            throw new IllegalStateException("set the indicator and asOf(year) first");
        }
        return new RuleCase(indicator, observations,
                new EvaluationContext(period, asOf, method, thresholds, missingValues, judgements));
    }

    /**
     * Runs the rule.
     *
     * @return its assessment
     * @throws IllegalStateException if the indicator or the year is not set
     */
    public Assessment assess() {
        return toCase().applyTo(rule);
    }

    /**
     * Runs the rule and asserts the status shown.
     *
     * @param expected the expected status
     * @return the assessment, for further assertions
     * @throws org.opentest4j.AssertionFailedError if the status differs; the message quotes the
     *                                             explanation
     */
    public Assessment expectStatus(Status expected) {
        Assessment a = assess();
        assertEquals(expected, a.status(), () -> indicator.id() + " as of " + asOf + ": " + a.explanation().en());
        return a;
    }
}
