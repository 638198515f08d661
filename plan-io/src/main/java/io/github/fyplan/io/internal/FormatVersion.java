package io.github.fyplan.io.internal;

import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.problem.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of a document's {@code formatVersion}, shared by the plan and monitoring-data readers:
 * a missing or malformed version is an error, an unsupported major version stops the read at once
 * (nothing else in the document can be trusted), and a newer minor version is a warning.
 */
public final class FormatVersion {
    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private FormatVersion() {
    }

    /**
     * Reports a missing {@code formatVersion}.
     *
     * @param sink the sink
     * @param path the field's path
     */
    public static void missing(ProblemSink sink, String path) {
        sink.report(Severity.ERROR, path, Problems.MISSING, "name", "formatVersion");
    }

    /**
     * Checks a present {@code formatVersion}.
     *
     * @param sink  the sink
     * @param path  the field's path
     * @param text  the value when it is a string, else null
     * @param shown the value as written, for messages
     */
    public static void check(ProblemSink sink, String path, String text, String shown) {
        Matcher m = VERSION.matcher(text == null ? "" : text);
        if (text == null || !m.matches()) {
            sink.report(Severity.ERROR, path, Problems.VERSION, "version", shown,
                    "supported", "1.x (written as a string such as \"" + PlanFormat.FORMAT_VERSION + "\")");
            sink.throwIfErrors();
            return;
        }
        if (!m.group(1).equals("1")) {
            sink.report(Severity.ERROR, path, Problems.VERSION, "version", text, "supported", "1.x");
            sink.throwIfErrors();
        }
        if (Integer.parseInt(m.group(2)) > 0) {
            sink.report(Severity.WARNING, path, Problems.NEWER_MINOR, "version", text,
                    "supported", PlanFormat.FORMAT_VERSION);
        }
    }
}
