package io.github.fyplan.report.adapter;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.report.ComparisonRow;
import io.github.fyplan.report.ComparisonSide;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.SeriesPoint;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Metrics;
import io.github.fyplan.rules.PlanEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns two evaluations and a {@link ComparisonMapping} into a {@link PlanComparison}: one row per
 * match, in the mapping's order, its topic followed by the match's note, each side with the
 * indicator's latest value and status (mapped by {@link StatusMapping}). Stateless and thread-safe.
 */
public final class PlanComparisons {
    private PlanComparisons() {
    }

    /**
     * Builds the comparison.
     *
     * @param left            the first plan
     * @param leftEvaluation  its evaluation
     * @param right           the second plan
     * @param rightEvaluation its evaluation
     * @param mapping         the matches, in either orientation
     * @param locale          the language of topics and notes
     * @param illustrative    whether the data is illustrative, not official statistics
     * @return the comparison
     * @throws InvalidContentException  if the mapping is not about these plans or names an unknown
     *                                  indicator
     * @throws IllegalArgumentException if the evaluations are of other plans or of different years
     */
    public static PlanComparison of(Plan left, PlanEvaluation leftEvaluation, Plan right, PlanEvaluation rightEvaluation,
            ComparisonMapping mapping, Locale locale, boolean illustrative) {
        Objects.requireNonNull(locale, "locale");
        if (!left.id().equals(leftEvaluation.planId()) || !right.id().equals(rightEvaluation.planId())) {
            throw new IllegalArgumentException("the evaluations are of " + leftEvaluation.planId() + " and "
                    + rightEvaluation.planId() + ", not of " + left.id() + " and " + right.id());
        }
        if (!leftEvaluation.asOf().equals(rightEvaluation.asOf())) {
            throw new IllegalArgumentException("the evaluations are as of different years: " + leftEvaluation.asOf()
                    + " and " + rightEvaluation.asOf());
        }
        ComparisonMapping oriented = mapping.orientedTo(left, right);
        boolean zh = EvaluationReports.isChinese(locale);
        List<ComparisonRow> rows = new ArrayList<>();
        for (ComparisonMapping.Match m : oriented.matches()) {
            String note = m.note(locale);
            String topic = note.isEmpty() ? m.topic(locale) : m.topic(locale) + (zh ? "（" + note + "）" : " (" + note + ")");
            rows.add(new ComparisonRow(topic, side(left, leftEvaluation, m.leftId()),
                    side(right, rightEvaluation, m.rightId())));
        }
        String method = EvaluationReports.methodName(leftEvaluation.method(), locale);
        if (leftEvaluation.method() != rightEvaluation.method()) {
            method = method + " / " + EvaluationReports.methodName(rightEvaluation.method(), locale);
        }
        return new PlanComparison(EvaluationReports.header(left), EvaluationReports.header(right),
                leftEvaluation.asOf().getValue(), method, illustrative, rows);
    }

    private static ComparisonSide side(Plan plan, PlanEvaluation evaluation, String id) {
        Indicator indicator = plan.indicator(id).orElseThrow();
        Assessment a = evaluation.assessment(id).orElseThrow(
                () -> new IllegalArgumentException("the evaluation of " + plan.id() + " has no assessment of " + id));
        Metrics m = a.metrics();
        SeriesPoint latest = m.latestYear() != null && m.latestValue() != null
                ? new SeriesPoint(m.latestYear().getValue(), m.latestValue()) : null;
        return new ComparisonSide(id, indicator.name(), indicator.unit(), indicator.targetWording(), latest,
                StatusMapping.toReport(a.status()));
    }
}
