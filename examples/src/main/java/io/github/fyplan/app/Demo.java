package io.github.fyplan.app;

import io.github.fyplan.cli.EvaluationMethod;
import io.github.fyplan.io.EvaluationWriter;
import io.github.fyplan.io.MonitoringDataReader;
import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.ReadResult;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.report.CsvReportRenderer;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.HtmlComparisonRenderer;
import io.github.fyplan.report.HtmlOverviewRenderer;
import io.github.fyplan.report.HtmlReportRenderer;
import io.github.fyplan.report.MarkdownComparisonRenderer;
import io.github.fyplan.report.MarkdownOverviewRenderer;
import io.github.fyplan.report.MarkdownReportRenderer;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.ReportFiles;
import io.github.fyplan.report.adapter.ComparisonMapping;
import io.github.fyplan.report.adapter.PlanComparisons;
import io.github.fyplan.report.adapter.PlanOverviews;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The demonstration: evaluates the two bundled seed plans (Tianning, Wujin) with the bundled
 * illustrative monitoring data and writes every report. Everything comes from the class path, so it
 * runs from the jar without arguments.
 *
 * <p>Into the output directory it writes, per plan ({@code tianning/}, {@code wujin/}):
 * {@code evaluation.html} (Chinese), {@code evaluation.en.html}, {@code evaluation.md},
 * {@code evaluation.csv}, {@code evaluation.json} (the evaluation for other systems, see
 * plan-io's {@link EvaluationWriter}), {@code overview.html} and {@code overview.md}; and at the top
 * {@code comparison.html} and {@code comparison.md}. Files are written atomically.
 *
 * <p>The output depends only on the bundled data, the year and the method: evaluations are dated by
 * a fixed clock, the first day after the evaluation year ends (2024-01-01 for 2023), and the reports
 * say so; re-running gives identical bytes. Stateless and thread-safe.
 */
public final class Demo {
    /** The default evaluation year: a mid-term evaluation of the 14th plan. */
    public static final int DEFAULT_AS_OF = 2023;

    /** The plans of the demonstration, by directory name, in output order. */
    public static final List<String> PLANS = List.of("tianning", "wujin");

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private Demo() {
    }

    /**
     * The fixed clock of the demonstration: midnight UTC of the first day after the year ends.
     *
     * @param asOf the evaluation year
     * @return the clock
     */
    public static Clock clock(int asOf) {
        return Clock.fixed(LocalDate.of(asOf + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /**
     * Reads a bundled seed plan and its demonstration data and evaluates it.
     *
     * @param name   {@code tianning} or {@code wujin}
     * @param asOf   the evaluation year
     * @param method the method
     * @return the plan, its data and the evaluation
     * @throws UnreadableInputException if a bundled resource is missing or unreadable (a broken build)
     * @throws IllegalArgumentException if the name is not one of {@link #PLANS}
     */
    public static EvaluatedPlan evaluate(String name, int asOf, EvaluationMethod method) {
        if (!PLANS.contains(name)) {
            throw new IllegalArgumentException("no bundled plan '" + name + "', expected one of " + PLANS);
        }
        Objects.requireNonNull(method, "method");
        String planResource = "seeds/" + name + ".plan.json";
        String csv = "demo/" + name + ".observations.csv";
        String json = "demo/" + name + ".judgements.json";
        ReadResult<Plan> read;
        try (InputStream in = open(planResource)) {
            read = PlanReader.strict().read(in, planResource);
        } catch (IOException e) {
            throw new FyplanException("cannot close " + planResource + ": " + e, e);
        }
        Plan plan = read.value();
        List<Finding> findings = new ArrayList<>(read.findings());
        List<MonitoringData> parts = new ArrayList<>();
        try (InputStream in = open(csv)) {
            ReadResult<MonitoringData> d = MonitoringDataReader.strict().readCsv(in, csv, plan.id());
            parts.add(d.value());
            findings.addAll(d.findings());
        } catch (IOException e) {
            throw new FyplanException("cannot close " + csv + ": " + e, e);
        }
        try (InputStream in = open(json)) {
            ReadResult<MonitoringData> d = MonitoringDataReader.strict().readJson(in, json);
            parts.add(d.value());
            findings.addAll(d.findings());
        } catch (IOException e) {
            throw new FyplanException("cannot close " + json + ": " + e, e);
        }
        MonitoringData data = Monitoring.merge(plan.id(), parts);
        PlanEvaluation evaluation = FyplanServices.evaluator(method, clock(asOf)).evaluate(plan, data, Year.of(asOf));
        return new EvaluatedPlan(plan, data, evaluation, Monitoring.isIllustrative(data),
                String.join(", ", planResource, csv, json), findings, true);
    }

    /**
     * Writes every report of the demonstration.
     *
     * @param out    the output directory; created if missing
     * @param asOf   the evaluation year
     * @param method the method
     * @return the HTML files written, as absolute paths: the Chinese reports first (evaluations,
     *         overviews, comparison), then the English evaluations
     * @throws FyplanException if a file cannot be written or a bundled resource is broken
     */
    public static List<Path> run(Path out, int asOf, EvaluationMethod method) {
        Objects.requireNonNull(out, "out");
        Path dir = out.toAbsolutePath().normalize();
        List<EvaluatedPlan> plans = new ArrayList<>();
        for (String name : PLANS) {
            plans.add(evaluate(name, asOf, method));
        }
        List<Path> chinese = new ArrayList<>();
        List<Path> overviews = new ArrayList<>();
        List<Path> english = new ArrayList<>();
        for (int i = 0; i < PLANS.size(); i++) {
            EvaluatedPlan p = plans.get(i);
            Path planDir = dir.resolve(PLANS.get(i));
            EvaluationReport zh = p.report(ZH);
            EvaluationReport en = p.report(EN);
            chinese.add(ReportFiles.writeAtomically(planDir.resolve("evaluation.html"), new HtmlReportRenderer().render(zh, ZH)));
            english.add(ReportFiles.writeAtomically(planDir.resolve("evaluation.en.html"), new HtmlReportRenderer().render(en, EN)));
            ReportFiles.writeAtomically(planDir.resolve("evaluation.md"), new MarkdownReportRenderer().render(zh, ZH));
            ReportFiles.writeAtomically(planDir.resolve("evaluation.csv"), new CsvReportRenderer().render(zh, ZH));
            EvaluationWriter.create().write(p.evaluation(), planDir.resolve("evaluation.json"));
            PlanOverview overview = PlanOverviews.of(p.plan());
            overviews.add(ReportFiles.writeAtomically(planDir.resolve("overview.html"), new HtmlOverviewRenderer().render(overview, ZH)));
            ReportFiles.writeAtomically(planDir.resolve("overview.md"), new MarkdownOverviewRenderer().render(overview, ZH));
        }
        PlanComparison comparison = comparison(plans.get(0), plans.get(1), ZH);
        Path html = ReportFiles.writeAtomically(dir.resolve("comparison.html"), new HtmlComparisonRenderer().render(comparison, ZH));
        ReportFiles.writeAtomically(dir.resolve("comparison.md"), new MarkdownComparisonRenderer().render(comparison, ZH));
        List<Path> written = new ArrayList<>(chinese);
        written.addAll(overviews);
        written.add(html);
        written.addAll(english);
        return written;
    }

    /**
     * The comparison of the two seed plans with the bundled mapping.
     *
     * @param left   the first plan, evaluated
     * @param right  the second plan, evaluated
     * @param locale the language of topics and notes
     * @return the comparison
     */
    public static PlanComparison comparison(EvaluatedPlan left, EvaluatedPlan right, Locale locale) {
        return PlanComparisons.of(left.plan(), left.evaluation(), right.plan(), right.evaluation(),
                ComparisonMapping.bundled(), locale, left.illustrative() || right.illustrative());
    }

    private static InputStream open(String resource) {
        InputStream in = Demo.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UnreadableInputException(resource, List.of(new Finding("FYP-EX-030",
                    io.github.fyplan.model.problem.Severity.ERROR, "", null, "fyplan.demo.missing", java.util.Map.of(),
                    "the bundled resource " + resource + " is missing from the class path",
                    "类路径中缺少内置资源 " + resource)), null);
        }
        return in;
    }
}
