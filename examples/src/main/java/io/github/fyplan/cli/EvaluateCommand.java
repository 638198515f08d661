package io.github.fyplan.cli;

import io.github.fyplan.report.EvaluationReport;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fyplan evaluate PLAN --as-of YEAR}: evaluates a plan and prints the result. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates a plan against its monitoring data as of a year and prints the result"
            + " as Markdown (or CSV).",
            "Exit code 0 on success (lagging indicators are results, not errors), 1 when the plan or data"
                + " has errors, 2 on bad usage or unreadable input."})
final class EvaluateCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    Path plan;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", converter = OutputFormat.Converter.class,
            description = "md (default), csv or html.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of stdout.")
    Path output;

    EvaluateCommand(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public Integer call() {
        EvaluationRequest request = options.request(plan);
        EvaluationReport report = services.evaluate(request);
        Cli.emit(spec, output, format.evaluation().render(report, request.locale()));
        return ExitCodes.OK;
    }
}
