package io.github.fyplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fyplan import TEXT}: imports a plan from the text of its outline and writes its JSON. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a plan from the text of its outline and writes it as JSON.",
            "Findings go to stderr. Exit code 0 without errors, 1 when the imported plan has errors"
                + " (the JSON is still written so it can be corrected), 2 when the text cannot be read."})
final class ImportCommand implements Callable<Integer> {
    private final Services services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The outline as UTF-8 text.")
    Path text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the plan's JSON; stdout when omitted.")
    Path output;

    @Option(names = "--force", description = "Overwrite the output file if it exists.")
    boolean force;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The findings' language: zh (default) or en.")
    String lang;

    @Option(names = "--id", paramLabel = "ID",
            description = "The plan id, such as cn-320402-14th (default: derived from the region).")
    String id;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "The plan's title as printed (default: derived from the region's name).")
    String title;

    @Option(names = "--region-code", paramLabel = "CODE",
            description = "The region's six-digit division code, such as 320402.")
    String regionCode;

    @Option(names = "--region-name", paramLabel = "NAME", description = "The region's name, such as 天宁区.")
    String regionName;

    @Option(names = "--indicator-prefix", paramLabel = "PREFIX",
            description = "The prefix of indicator ids, such as TN for TN-01 (default: derived).")
    String indicatorPrefix;

    ImportCommand(Services services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public Integer call() {
        java.util.Locale locale = CommonOptions.locale(spec, lang);
        Cli.requireReadable(spec, text, "text");
        if (output != null && Files.exists(output) && !force) {
            throw new ParameterException(spec.commandLine(),
                    "output file '" + output + "' exists; use --force to overwrite it");
        }
        ImportResult result = services.importText(text,
                new ImportOptions(id, title, regionCode, regionName, indicatorPrefix));
        int errors = Cli.printFindings(spec.commandLine().getErr(), text, result.findings(), locale);
        String json = result.planJson().endsWith("\n") ? result.planJson() : result.planJson() + "\n";
        Cli.emit(spec, output, json);
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
