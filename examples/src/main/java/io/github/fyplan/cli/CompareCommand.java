package io.github.fyplan.cli;

import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.Renderer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fyplan compare LEFT RIGHT --as-of YEAR}: compares two plans' indicators. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares the matching indicators of two plans as of a year.",
            "Exit code 0 on success, 1 when a plan or its data has errors, 2 on bad usage or unreadable input."})
final class CompareCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "LEFT", description = "The first plan file.")
    Path left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "The second plan file.")
    Path right;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", converter = OutputFormat.Converter.class,
            description = "md (default) or html.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of stdout.")
    Path output;

    CompareCommand(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public Integer call() {
        Renderer<PlanComparison> renderer = format.comparison().orElseThrow(() -> new ParameterException(
                spec.commandLine(), "a comparison can be written as html or md, not "
                + format.name().toLowerCase(Locale.ROOT)));
        EvaluationRequest l = options.request(left);
        EvaluationRequest r = options.request(right);
        PlanComparison comparison = services.compare(l, r);
        Cli.emit(spec, output, renderer.render(comparison, l.locale()));
        return ExitCodes.OK;
    }
}
