package io.github.fyplan.model.problem;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The input could not be read as the format requires: malformed JSON, wrong types, bad bytes, a
 * limit exceeded. Carries every problem found, each with its JSON Pointer and line:column.
 */
public class UnreadableInputException extends FyplanException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<Finding> findings;

    /**
     * An exception for problems in a source.
     *
     * @param source   what was read, such as a file name or {@code <string>}
     * @param findings the problems, at least one
     * @param cause    the underlying cause, or {@code null}
     */
    public UnreadableInputException(String source, List<Finding> findings, Throwable cause) {
        super(summary(source, findings), cause);
        this.source = source;
        this.findings = List.copyOf(findings);
    }

    /**
     * What was read.
     *
     * @return the source's name
     */
    public String source() {
        return source;
    }

    /**
     * Every problem.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    private static String summary(String source, List<Finding> findings) {
        return source + ": cannot read, " + findings.size() + " problem(s)\n" + findings.stream()
                .map(f -> "  " + f.describe(Locale.ROOT)).collect(Collectors.joining("\n"));
    }
}
