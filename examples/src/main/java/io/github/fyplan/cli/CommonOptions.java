package io.github.fyplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that evaluate: year, method, data and language. */
final class CommonOptions {
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2100;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YEAR",
            description = "The last year to take into account, such as 2023.")
    Integer asOf;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "time-elapsed",
            converter = MethodConverter.class,
            description = "time-elapsed (default), growth-ratio or trend.")
    EvaluationMethod method;

    @Option(names = "--data", paramLabel = "FILE",
            description = "A monitoring-data file; repeat for several.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The report's language: zh (default) or en.")
    String lang;

    /** The picocli converter for {@code --method}. */
    static final class MethodConverter implements picocli.CommandLine.ITypeConverter<EvaluationMethod> {
        @Override
        public EvaluationMethod convert(String value) {
            return EvaluationMethod.fromOptionName(value);
        }
    }

    Locale locale() {
        return locale(spec, lang);
    }

    static Locale locale(CommandSpec spec, String lang) {
        if ("zh".equals(lang)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        throw new ParameterException(spec.commandLine(),
                "Invalid value for option '--lang': '" + lang + "', expected zh or en");
    }

    int requireAsOf() {
        if (asOf == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--as-of=YEAR'");
        }
        if (asOf < FIRST_YEAR || asOf > LAST_YEAR) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--as-of': " + asOf
                    + " is not a year between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return asOf;
    }

    EvaluationRequest request(Path plan) {
        Cli.requireReadable(spec, plan, "plan");
        for (Path d : data) {
            Cli.requireReadable(spec, d, "data");
        }
        return new EvaluationRequest(plan, data, requireAsOf(), method, locale());
    }
}
