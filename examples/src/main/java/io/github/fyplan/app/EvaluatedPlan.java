package io.github.fyplan.app;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.adapter.EvaluationReports;
import io.github.fyplan.rules.PlanEvaluation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plan, the monitoring data it was evaluated with, and the evaluation, with what a report states
 * about the inputs. Immutable and thread-safe.
 *
 * @param plan          the plan
 * @param data          the merged monitoring data
 * @param evaluation    the evaluation
 * @param illustrative  whether the data is labelled illustrative
 * @param sources       a note on the inputs, such as the file names
 * @param inputFindings the readers' warnings and the data files skipped
 * @param fixedClock    whether the evaluation was dated by a fixed clock (the day after the
 *                      evaluation year ends) rather than the day it ran; the report then says so
 */
public record EvaluatedPlan(Plan plan, MonitoringData data, PlanEvaluation evaluation, boolean illustrative,
        String sources, List<Finding> inputFindings, boolean fixedClock) {

    /** Checks that no component is null and copies the findings. */
    public EvaluatedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(sources, "sources");
        inputFindings = List.copyOf(inputFindings);
    }

    /**
     * The evaluation report in a language.
     *
     * @param locale Chinese for a {@code zh} locale, English otherwise
     * @return the report
     */
    public EvaluationReport report(Locale locale) {
        String note = !fixedClock ? sources : "zh".equals(locale.getLanguage())
                ? sources + "；评估日期为固定值（评估年度结束后次日），重复运行结果一致"
                : sources + "; the evaluation is dated by a fixed clock (the day after the evaluation year ends),"
                    + " so re-runs give identical output";
        return EvaluationReports.of(plan, data, evaluation, locale, illustrative, note, inputFindings);
    }
}
