package io.github.fyplan.cli;

import io.github.fyplan.app.Demo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fyplan demo}: evaluates the bundled seed plans with the bundled illustrative data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Evaluates the two bundled seed plans (Tianning, Wujin) with bundled illustrative data"
            + " (not official statistics) and writes every report: per plan evaluation.html (Chinese),"
            + " evaluation.en.html, evaluation.md, evaluation.csv, evaluation.json, overview.html and overview.md,"
            + " and comparison.html and comparison.md. Needs no arguments.",
            "Prints the absolute path of each HTML file written, the Chinese reports first. Re-runs give"
                + " identical files: evaluations are dated the day after the evaluation year ends.",
            "Exit code 0 on success, 1 when a file cannot be written, 2 on bad usage."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "The directory to write into (default: reports).")
    Path out;

    @Option(names = "--as-of", paramLabel = "YEAR", defaultValue = "2023",
            description = "The last year to take into account (default: 2023; the data covers 2020-2023).")
    int asOf;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "time-elapsed",
            converter = CommonOptions.MethodConverter.class,
            description = "time-elapsed (default), growth-ratio or trend.")
    EvaluationMethod method;

    @Override
    public Integer call() {
        if (asOf < 2020 || asOf > 2025) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--as-of': " + asOf
                    + " is not a year of the seed plans' period 2020-2025");
        }
        List<Path> written = Demo.run(out, asOf, method);
        PrintWriter w = spec.commandLine().getOut();
        written.forEach(w::println);
        w.flush();
        return ExitCodes.OK;
    }
}
