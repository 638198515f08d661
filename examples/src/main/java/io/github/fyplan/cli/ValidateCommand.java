package io.github.fyplan.cli;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fyplan validate PLAN...}: reads and validates plan files and prints every finding. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Reads plan files and checks them; prints every finding.",
            "Exit code 0 when no plan has errors, 1 when some plan has errors, 2 when a file cannot be read."})
final class ValidateCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan files in fyplan's JSON format.")
    List<Path> plans;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The findings' language: zh (default) or en.")
    String lang;

    ValidateCommand(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public Integer call() {
        Locale locale = CommonOptions.locale(spec, lang);
        plans.forEach(p -> Cli.requireReadable(spec, p, "plan"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int errors = 0;
        int warnings = 0;
        int unreadable = 0;
        for (int i = 0; i < plans.size(); i++) {
            Path plan = plans.get(i);
            Cli.progress(spec, i, plans.size(), plan);
            try {
                List<Finding> findings = services.validate(plan);
                int e = Cli.printFindings(out, plan, findings, locale);
                errors += e;
                warnings += findings.size() - e;
            } catch (UnreadableInputException ex) {
                // One unreadable plan does not stop the others.
                unreadable++;
                err.println("fyplan validate: " + ex.getMessage());
                err.flush();
            }
        }
        out.println(plans.size() + " plan(s): " + errors + " error(s), " + warnings + " warning(s)"
                + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
        out.flush();
        if (unreadable > 0) {
            return ExitCodes.USAGE;
        }
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
