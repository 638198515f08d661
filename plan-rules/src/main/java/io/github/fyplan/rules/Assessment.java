package io.github.fyplan.rules;

import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * The assessment of one indicator as of a year: the status, the numbers behind it, and a one-line
 * explanation in English and Chinese. Immutable.
 *
 * <p>When an office overrides the computed status, both are kept: {@link #computedStatus()} is what
 * the rule found, {@link #status()} is what is shown, and {@link #isOverridden()} says which.
 *
 * @param indicatorId    the indicator assessed
 * @param asOf           the evaluation year
 * @param computedStatus the status the rule computed
 * @param override       the office's override, or {@code null}
 * @param method         the method that graded progress
 * @param thresholds     the thresholds used
 * @param rule           the rule that produced it: {@code built-in} or a custom rule's name
 * @param metrics        the numbers behind the status
 * @param breachedYears  the years a bound to hold every year was breached, oldest first
 * @param missingYears   the years of the span looked at without a value, oldest first
 * @param components     for a composite target, one assessment per component, in order
 * @param explanation    one line in English and Chinese that quotes the numbers
 */
public record Assessment(
        String indicatorId,
        Year asOf,
        Status computedStatus,
        StatusOverride override,
        Method method,
        Thresholds thresholds,
        String rule,
        Metrics metrics,
        List<Year> breachedYears,
        List<Year> missingYears,
        List<Assessment> components,
        Explanation explanation) {

    /** Checks that no component but {@code override} is null and copies the lists. */
    public Assessment {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(computedStatus, "computedStatus");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(metrics, "metrics");
        breachedYears = List.copyOf(breachedYears);
        missingYears = List.copyOf(missingYears);
        components = List.copyOf(components);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A simple assessment without metrics, for a custom rule.
     *
     * @param indicatorId the indicator
     * @param context     the evaluation context the rule received
     * @param rule        the rule's name
     * @param status      the status
     * @param explanation the explanation
     * @return the assessment
     */
    public static Assessment of(String indicatorId, EvaluationContext context, String rule, Status status,
            Explanation explanation) {
        return new Assessment(indicatorId, context.asOf(), status, null, context.method(), context.thresholds(),
                rule, Metrics.NONE, List.of(), List.of(), List.of(), explanation);
    }

    /**
     * The status shown: the override's when there is one, else the computed one.
     *
     * @return the status shown
     */
    public Status status() {
        return override == null ? computedStatus : override.status();
    }

    /**
     * Whether an override is shown instead of the computed status.
     *
     * @return true when overridden
     */
    public boolean isOverridden() {
        return override != null;
    }

    /**
     * A copy with an override; the computed status is kept.
     *
     * @param newOverride the override, or {@code null} to remove it
     * @return the copy
     */
    public Assessment withOverride(StatusOverride newOverride) {
        return new Assessment(indicatorId, asOf, computedStatus, newOverride, method, thresholds, rule, metrics,
                breachedYears, missingYears, components, explanation);
    }

    /**
     * A copy naming another rule.
     *
     * @param newRule the rule's name
     * @return the copy
     */
    public Assessment withRule(String newRule) {
        return new Assessment(indicatorId, asOf, computedStatus, override, method, thresholds, newRule, metrics,
                breachedYears, missingYears, components, explanation);
    }
}
