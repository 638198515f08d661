package io.github.fyplan.examples;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.Metrics;
import io.github.fyplan.rules.Status;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A custom rule, stricter than the built-in one, for binding qualitative requirements such as
 * 完成市下达任务 (complete the task the city assigns) or 达到省、市要求: the task is set every year,
 * so every plan year up to the evaluation year must be judged met. The built-in rule reads only the
 * judgements recorded; this rule also names the years nobody judged.
 *
 * <p>Each year counts its latest judgement (by {@code judgedOn}; on the same day "not met" wins). Any
 * year not met → {@link Status#CONSTRAINT_BREACHED}; else any year unjudged →
 * {@link Status#NEEDS_JUDGEMENT}; else {@link Status#CONSTRAINT_MET}. Before the first plan year has
 * passed → {@link Status#NO_DATA}. Other indicators are left to the built-in rule. Stateless and
 * thread-safe.
 */
public final class YearByYearRule implements IndicatorRule {
    /** The rule's name, recorded in its assessments. */
    public static final String NAME = "year-by-year";

    /** Creates the rule. */
    public YearByYearRule() {
    }
    @Override
    public Assessment assess(Indicator indicator, List<Observation> observations, EvaluationContext context) {
        if (!indicator.isBinding() || !(indicator.target() instanceof QualitativeTarget q)) {
            return IndicatorRule.builtIn().assess(indicator, observations, context);
        }
        Year last = context.asOf().isBefore(context.period().lastYear()) ? context.asOf() : context.period().lastYear();
        List<Year> notMet = new ArrayList<>();
        List<Year> unjudged = new ArrayList<>();
        for (Year y = context.period().firstYear(); !y.isAfter(last); y = y.plusYears(1)) {
            Optional<Judgement> latest = latestJudgement(indicator.id(), y, context.judgements());
            if (latest.isEmpty()) {
                unjudged.add(y);
            } else if (latest.get().outcome() == JudgementOutcome.NOT_MET) {
                notMet.add(y);
            }
        }
        String task = "“" + q.statement() + "”";
        Status status;
        Explanation why;
        if (last.isBefore(context.period().firstYear())) {
            status = Status.NO_DATA;
            why = new Explanation("no plan year has ended by " + context.asOf(), context.asOf() + "年尚无已结束的规划年度");
        } else if (!notMet.isEmpty()) {
            status = Status.CONSTRAINT_BREACHED;
            why = new Explanation(task + " not met in " + years(notMet, ", "), task + "在" + years(notMet, "、") + "年未完成");
        } else if (!unjudged.isEmpty()) {
            status = Status.NEEDS_JUDGEMENT;
            why = new Explanation(task + " not judged for " + years(unjudged, ", "),
                    task + "缺少" + years(unjudged, "、") + "年的研判结论");
        } else {
            status = Status.CONSTRAINT_MET;
            why = new Explanation(task + " met in every year to " + last, task + "截至" + last + "年逐年完成");
        }
        return new Assessment(indicator.id(), context.asOf(), status, null, context.method(), context.thresholds(),
                NAME, Metrics.NONE, notMet, unjudged, List.of(), why);
    }

    private static String years(List<Year> years, String separator) {
        return years.stream().map(Year::toString).collect(Collectors.joining(separator));
    }

    private static Optional<Judgement> latestJudgement(String id, Year year, List<Judgement> judgements) {
        return judgements.stream().filter(j -> j.indicatorId().equals(id) && j.year().equals(year))
                .max(Comparator.comparing(Judgement::judgedOn).thenComparing(j -> j.outcome() == JudgementOutcome.NOT_MET));
    }
}
