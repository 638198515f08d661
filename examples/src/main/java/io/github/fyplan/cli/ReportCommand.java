package io.github.fyplan.cli;

import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.Renderer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fyplan report PLAN...}: writes an evaluation report (or an overview) per plan. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes one report per plan into a directory: an evaluation report as of a year,"
            + " or with --overview the plan's structure, indicators and boxes.",
            "Files are named after the plan file: tianning.json gives tianning.html"
                + " (tianning-overview.html with --overview).",
            "A plan that fails does not stop the others. Exit code 0 on success, 1 when a plan or its data"
                + " has errors, 2 on bad usage or unreadable input (the highest over all plans)."})
final class ReportCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan files.")
    List<Path> plans;

    @Option(names = "--overview", description = "Write an overview of each plan instead of an evaluation.")
    boolean overview;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            converter = OutputFormat.Converter.class,
            description = "html (default), md or csv (csv for evaluations only).")
    OutputFormat format;

    @Option(names = {"-d", "--output-dir"}, paramLabel = "DIR", defaultValue = ".",
            description = "The directory to write into (default: the current directory).")
    Path outputDir;

    ReportCommand(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public Integer call() {
        Locale locale = options.locale();
        Set<String> stems = new HashSet<>();
        for (Path p : plans) {
            Cli.requireReadable(spec, p, "plan");
            if (!stems.add(Cli.stem(p))) {
                throw new ParameterException(spec.commandLine(), "two plan files are named '" + Cli.stem(p)
                        + "': their reports would overwrite each other");
            }
        }
        int worst = ExitCodes.OK;
        if (overview) {
            Renderer<PlanOverview> renderer = format.overview().orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "an overview can be written as html or md, not "
                    + format.name().toLowerCase(Locale.ROOT)));
            for (int i = 0; i < plans.size(); i++) {
                Path plan = plans.get(i);
                Cli.progress(spec, i, plans.size(), plan);
                Path target = outputDir.resolve(Cli.stem(plan) + "-overview." + renderer.fileExtension());
                worst = Math.max(worst, attempt(() -> Cli.emit(spec, target,
                        renderer.render(services.readPlan(plan), locale))));
            }
        } else {
            Renderer<EvaluationReport> renderer = format.evaluation();
            List<EvaluationRequest> requests = plans.stream().map(options::request).toList();
            for (int i = 0; i < plans.size(); i++) {
                Path plan = plans.get(i);
                EvaluationRequest request = requests.get(i);
                Cli.progress(spec, i, plans.size(), plan);
                Path target = outputDir.resolve(Cli.stem(plan) + "." + renderer.fileExtension());
                worst = Math.max(worst, attempt(() -> Cli.emit(spec, target,
                        renderer.render(services.evaluate(request), locale))));
            }
        }
        return worst;
    }

    /**
     * Runs one plan's work; a fyplan failure is reported and the next plan still runs, so that one
     * bad plan in a batch does not hide the others' reports.
     */
    private int attempt(Runnable work) {
        try {
            work.run();
            return ExitCodes.OK;
        } catch (FyplanException e) {
            if (plans.size() == 1) {
                throw e;
            }
            spec.commandLine().getErr().println("fyplan report: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.of(e);
        }
    }
}
