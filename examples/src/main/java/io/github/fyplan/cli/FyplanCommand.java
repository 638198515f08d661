package io.github.fyplan.cli;

import io.github.fyplan.model.problem.FyplanException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code fyplan} command: {@code validate}, {@code import}, {@code evaluate}, {@code report},
 * {@code compare} and {@code demo}, each with {@code --help}.
 *
 * <p>Exit codes are those of {@link ExitCodes}: 0 success, 1 findings of error severity or invalid
 * content, 2 bad usage or unreadable input, 3 an internal error. Error messages go to stderr,
 * prefixed with the command's name; results go to stdout or to files written atomically; a progress
 * line goes to stderr when a command runs over several plans.
 *
 * <p>Use {@link #run(Services, PrintWriter, PrintWriter, String...)} to run it with other services
 * or streams, as tests do. Not thread-safe: one instance per run.
 */
@Command(name = "fyplan", mixinStandardHelpOptions = true, version = "fyplan 0.1.0",
        description = "Five-year-plan outlines (规划纲要) as validated data: validate, import, evaluate,"
            + " report and compare; demo writes reports on the bundled seed plans.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings of error severity or invalid content",
            "2:bad usage or unreadable input", "3:internal error"})
public final class FyplanCommand implements Callable<Integer> {

    /** Kept referenced so that its level holds: Hibernate Validator's start-up notice is not for users. */
    private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

    @Spec
    CommandSpec spec;

    /** Creates the top-level command; subcommands are added by {@link #commandLine}. */
    public FyplanCommand() {
    }

    /**
     * Without a command: prints the usage to stderr and fails as bad usage.
     *
     * @return {@link ExitCodes#USAGE}
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Builds the command line with every subcommand bound to the services.
     *
     * @param services the services that do the work
     * @param out      where results and help go
     * @param err      where errors and progress go
     * @return the configured command line
     */
    public static CommandLine commandLine(Services services, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(services, "services");
        CommandLine cl = new CommandLine(new FyplanCommand())
                .addSubcommand(new ValidateCommand(services))
                .addSubcommand(new ImportCommand(services))
                .addSubcommand(new EvaluateCommand(services))
                .addSubcommand(new ReportCommand(services))
                .addSubcommand(new CompareCommand(services))
                .addSubcommand(new DemoCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(FyplanCommand::onUsageError);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> onFailure(ex, commandLine));
        return cl;
    }

    /**
     * Runs the command.
     *
     * @param services the services that do the work
     * @param out      where results and help go
     * @param err      where errors and progress go
     * @param args     the arguments
     * @return the exit code
     */
    public static int run(Services services, PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(services, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The program's entry point: runs with the services found by {@link Services#load()}, writing
     * UTF-8, and exits with the command's exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(Services.load(), out, err, args));
    }

    private static int onUsageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int onFailure(Exception ex, CommandLine cl) {
        PrintWriter err = cl.getErr();
        if (ex instanceof FyplanException) {
            err.println(prefix(cl) + ex.getMessage());
        } else {
            err.println(prefix(cl) + "internal error: " + ex);
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.of(ex);
    }

    private static String prefix(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName() + ": ";
    }
}
