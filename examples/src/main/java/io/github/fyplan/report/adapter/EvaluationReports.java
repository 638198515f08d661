package io.github.fyplan.report.adapter;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.IndicatorRow;
import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.report.PlanHeader;
import io.github.fyplan.report.ReportMetadata;
import io.github.fyplan.report.SeriesPoint;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Attention;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Metrics;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.Thresholds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a {@link PlanEvaluation} of a plan and its monitoring data into an {@link EvaluationReport}
 * in one language. Stateless and thread-safe; the same inputs always give an equal report.
 *
 * <p>Each row takes the status shown by the engine (an office override included) mapped by
 * {@link StatusMapping} (one to one, so the badge and the explanation always name the same status);
 * progress and time elapsed from the engine's metrics; the explanation in the
 * report's language (with the override's reason when there is one, and the engine's reason for
 * giving no grade, such as a missing baseline or target); what an indicator of concern still requires from the evaluation's attention list; the observed values of the
 * indicator's own series up to the evaluation year (one per year, the last given for a year that is
 * observed twice); and the path from {@link TargetPaths}. The baseline is the plan's, or else the
 * one the engine used.
 */
public final class EvaluationReports {
    private EvaluationReports() {
    }

    /**
     * Builds the report.
     *
     * @param plan          the plan evaluated
     * @param data          the monitoring data it was evaluated with
     * @param evaluation    the evaluation
     * @param locale        the report's language: Chinese for a {@code zh} locale, English otherwise
     * @param illustrative  whether the data is illustrative, not official statistics
     * @param sources       a note on the inputs, such as the file names; may be empty
     * @param inputFindings findings about the inputs to list with the data-quality findings, such as
     *                      the readers' warnings; may be empty
     * @return the report
     * @throws IllegalArgumentException if the evaluation is not of this plan
     */
    public static EvaluationReport of(Plan plan, MonitoringData data, PlanEvaluation evaluation, Locale locale,
            boolean illustrative, String sources, List<Finding> inputFindings) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(sources, "sources");
        if (!plan.id().equals(evaluation.planId())) {
            throw new IllegalArgumentException("evaluation of plan '" + evaluation.planId() + "' given with plan '"
                    + plan.id() + "'");
        }
        boolean zh = isChinese(locale);
        Map<String, Attention> attention = evaluation.attention().stream()
                .collect(Collectors.toMap(Attention::indicatorId, Function.identity(), (a, b) -> a));
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            Assessment a = evaluation.assessment(indicator.id()).orElse(null);
            if (a == null) {
                throw new IllegalArgumentException("the evaluation has no assessment of " + indicator.id());
            }
            rows.add(row(plan, data, evaluation, indicator, a, attention.get(indicator.id()), locale));
        }
        String generated = sources + (sources.isEmpty() ? "" : zh ? "；" : "; ")
                + (zh ? "评估日期 " : "evaluated on ") + evaluation.evaluatedOn();
        ReportMetadata metadata = new ReportMetadata(header(plan), evaluation.asOf().getValue(),
                methodName(evaluation.method(), locale), thresholdsText(evaluation.method(), evaluation.thresholds(), locale),
                generated, illustrative);
        List<String> quality = new ArrayList<>();
        for (Finding f : inputFindings) {
            quality.add(line(f, locale));
        }
        for (Finding f : evaluation.dataQuality()) {
            quality.add(line(f, locale));
        }
        return new EvaluationReport(metadata, rows, quality);
    }

    /**
     * The header of a plan.
     *
     * @param plan the plan
     * @return its id, title, region, period and language
     */
    public static PlanHeader header(Plan plan) {
        return new PlanHeader(plan.id(), plan.title(), plan.region().code(), plan.region().name(),
                plan.period().firstYear().getValue(), plan.period().lastYear().getValue(), plan.language());
    }

    /**
     * The method's name in a language.
     *
     * @param method the method
     * @param locale Chinese for a {@code zh} locale, English otherwise
     * @return such as {@code 时间进度法（时间过半、任务过半）}
     */
    public static String methodName(Method method, Locale locale) {
        boolean zh = isChinese(locale);
        if (method == Method.TIME_ELAPSED) {
            return zh ? method.chinese() + "（时间过半、任务过半）" : method.english() + " (progress against time elapsed)";
        }
        if (method == Method.GROWTH_RATIO) {
            return zh ? method.chinese() + "（实际增速/所需增速）" : method.english() + " (actual over required growth, Eurostat)";
        }
        return zh ? method.chinese() + "（近期趋势/所需变化）" : method.english() + " (recent trend over required change, SDSN)";
    }

    /**
     * The method's thresholds in words, naming the report's statuses.
     *
     * @param method     the method
     * @param thresholds the thresholds
     * @param locale     Chinese for a {@code zh} locale, English otherwise
     * @return the thresholds, such as {@code 符合进度：进度 ≥ 时间进度 − 5个百分点；…}
     */
    public static String thresholdsText(Method method, Thresholds thresholds, Locale locale) {
        boolean zh = isChinese(locale);
        String onTrack = IndicatorStatus.ON_TRACK.label(locale);
        String lagging = IndicatorStatus.LAGGING.label(locale);
        String offTrack = IndicatorStatus.OFF_TRACK.label(locale);
        String away = IndicatorStatus.MOVING_AWAY.label(locale);
        String sep = zh ? "；" : "; ";
        String colon = zh ? "：" : ": ";
        if (method == Method.TIME_ELAPSED) {
            String tol = percent(thresholds.timeElapsedTolerance());
            String lag = plain(thresholds.timeElapsedLagging());
            return zh
                    ? onTrack + colon + "进度 ≥ 时间进度 − " + tol + "个百分点" + sep + lagging + colon + "进度/时间进度 ≥ " + lag
                        + sep + offTrack + colon + "进度 ≥ 0" + sep + away + colon + "进度 < 0"
                    : onTrack + colon + "progress ≥ time elapsed − " + tol + " points" + sep + lagging + colon
                        + "progress/time ≥ " + lag + sep + offTrack + colon + "progress ≥ 0" + sep + away + colon
                        + "progress < 0";
        }
        if (method == Method.GROWTH_RATIO) {
            String on = plain(thresholds.growthRatioOnTrack());
            String lag = plain(thresholds.growthRatioLagging());
            return zh
                    ? onTrack + colon + "实际增速/所需增速 ≥ " + on + sep + lagging + colon + "≥ " + lag + sep + offTrack
                        + colon + "≥ 0" + sep + away + colon + "< 0"
                    : onTrack + colon + "actual/required growth ≥ " + on + sep + lagging + colon + "≥ " + lag + sep
                        + offTrack + colon + "≥ 0" + sep + away + colon + "< 0";
        }
        String on = plain(thresholds.trendOnTrack());
        String lag = plain(thresholds.trendLagging());
        int w = thresholds.trendWindowYears();
        return zh
                ? "近" + w + "年变化/所需变化" + colon + onTrack + " ≥ " + on + sep + lagging + " > " + lag + sep + offTrack
                    + " ≥ 0" + sep + away + " < 0"
                : "recent " + w + "-year change/required change" + colon + onTrack + " ≥ " + on + sep + lagging
                    + " > " + lag + sep + offTrack + " ≥ 0" + sep + away + " < 0";
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    private static String line(Finding f, Locale locale) {
        String where = f.jsonPointer().isEmpty() ? "" : " " + f.jsonPointer();
        return f.code() + where + (isChinese(locale) ? "：" : ": ") + f.message(locale);
    }

    private static IndicatorRow row(Plan plan, MonitoringData data, PlanEvaluation evaluation, Indicator indicator,
            Assessment a, Attention attention, Locale locale) {
        Metrics m = a.metrics();
        SeriesPoint baseline = indicator.baseline() != null
                ? new SeriesPoint(indicator.baseline().year().getValue(), indicator.baseline().value())
                : m.baselineYear() != null && m.baselineValue() != null
                    ? new SeriesPoint(m.baselineYear().getValue(), m.baselineValue()) : null;
        List<SeriesPoint> series = series(data, indicator.id(), evaluation.asOf().getValue());
        SeriesPoint latest = m.latestYear() != null && m.latestValue() != null
                ? new SeriesPoint(m.latestYear().getValue(), m.latestValue())
                : series.isEmpty() ? null : series.get(series.size() - 1);
        IndicatorStatus status = StatusMapping.toReport(a.status());
        String explanation = a.explanation().text(locale);
        if (a.isOverridden()) {
            explanation = explanation + (isChinese(locale)
                    ? "（计算结果为" + a.computedStatus().chinese() + "，" + a.override().author() + "改定："
                        + a.override().reason() + "）"
                    : " (computed: " + a.computedStatus().english() + "; set by " + a.override().author() + ": "
                        + a.override().reason() + ")");
        }
        String requirement = attention == null ? "" : attention.stillRequired().text(locale);
        return new IndicatorRow(indicator.number(), indicator.id(), indicator.category(), indicator.name(),
                indicator.unit(), indicator.attribute(), indicator.targetWording(), baseline, latest,
                m.progress(), m.timeElapsed(), status, explanation, requirement, series,
                TargetPaths.of(indicator, m, baseline, evaluation.method()));
    }

    private static List<SeriesPoint> series(MonitoringData data, String id, int asOf) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (Observation o : data.series(id)) {
            if (o.year().getValue() <= asOf) {
                byYear.put(o.year().getValue(), o.value());
            }
        }
        List<SeriesPoint> out = new ArrayList<>();
        byYear.forEach((y, v) -> out.add(new SeriesPoint(y, v)));
        return out;
    }
}
