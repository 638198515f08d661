package io.github.fyplan.cli;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.report.ReportFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Helpers the subcommands share: input checks, progress lines, output and findings. */
final class Cli {
    private Cli() {
    }

    /** Fails with a usage error unless the file exists and can be read. */
    static void requireReadable(CommandSpec spec, Path file, String role) {
        String reason = null;
        if (!Files.exists(file)) {
            reason = "no such file";
        } else if (Files.isDirectory(file)) {
            reason = "it is a directory";
        } else if (!Files.isReadable(file)) {
            reason = "permission denied";
        }
        if (reason != null) {
            throw new ParameterException(spec.commandLine(),
                    "cannot read " + role + " file '" + file + "': " + reason);
        }
    }

    /** Prints a progress line on stderr when a command runs over more than one plan. */
    static void progress(CommandSpec spec, int index, int count, Path file) {
        if (count > 1) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("fyplan " + spec.name() + ": [" + (index + 1) + "/" + count + "] " + file);
            err.flush();
        }
    }

    /** Writes a text to a file atomically, or to stdout when the file is null. */
    static void emit(CommandSpec spec, Path output, String text) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            ReportFiles.writeAtomically(output, text);
            PrintWriter err = spec.commandLine().getErr();
            err.println("fyplan " + spec.name() + ": wrote " + output);
            err.flush();
        }
    }

    /** Prints findings, one line each, prefixed with their source; returns the number of errors. */
    static int printFindings(PrintWriter w, Path source, List<Finding> findings, Locale locale) {
        int errors = 0;
        for (Finding f : findings) {
            w.println(source + ": " + f.describe(locale));
            if (f.isError()) {
                errors++;
            }
        }
        w.flush();
        return errors;
    }

    /** The file name without its last extension: {@code tianning.json} is {@code tianning}. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
