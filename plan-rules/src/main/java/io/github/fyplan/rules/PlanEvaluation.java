package io.github.fyplan.rules;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.rules.internal.StatusCounts;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of a whole plan as of a year: a mid-term (中期评估) or final (末期评估) evaluation as
 * data. Immutable; {@code plan-io} writes it as JSON.
 *
 * @param planId      the plan evaluated
 * @param asOf        the evaluation year
 * @param evaluatedOn the day of the evaluation, from the evaluator's clock
 * @param method      the method that graded progress
 * @param thresholds  the thresholds used
 * @param assessments one assessment per indicator, in table order
 * @param byCategory  summaries per category (类别), in table order
 * @param byAttribute summaries per attribute, binding (约束性) first
 * @param byDepartment summaries per responsible department, by name; indicators without one under the
 *                    empty key, last
 * @param byStatus    the number of indicators per shown status, in status order
 * @param attention   the indicators needing attention, binding first, then least favourable status,
 *                    then table order, with what each still requires
 * @param dataQuality findings on the observations: missing years, values 100× off their neighbours,
 *                    observations of unknown series, duplicates
 */
public record PlanEvaluation(
        String planId,
        Year asOf,
        LocalDate evaluatedOn,
        Method method,
        Thresholds thresholds,
        List<Assessment> assessments,
        List<GroupSummary> byCategory,
        List<GroupSummary> byAttribute,
        List<GroupSummary> byDepartment,
        Map<Status, Integer> byStatus,
        List<Attention> attention,
        List<Finding> dataQuality) {

    /** Checks that no component is null and copies the collections. */
    public PlanEvaluation {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(thresholds, "thresholds");
        assessments = List.copyOf(assessments);
        byCategory = List.copyOf(byCategory);
        byAttribute = List.copyOf(byAttribute);
        byDepartment = List.copyOf(byDepartment);
        byStatus = StatusCounts.copyOf(byStatus);
        attention = List.copyOf(attention);
        dataQuality = List.copyOf(dataQuality);
    }

    /**
     * The assessment of one indicator.
     *
     * @param indicatorId the indicator's id
     * @return the assessment, or empty for an unknown id
     */
    public Optional<Assessment> assessment(String indicatorId) {
        return assessments.stream().filter(a -> a.indicatorId().equals(indicatorId)).findFirst();
    }
}
