package io.github.fyplan.model.problem;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The input was read, but its content breaks rules: carries every finding, not only the first.
 */
public class InvalidContentException extends FyplanException {
    private static final long serialVersionUID = 1L;

    /** The findings; a list copy is serializable. */
    private final List<Finding> findings;

    /**
     * An exception for findings.
     *
     * @param source   what was read, such as a file name; may be empty
     * @param findings every finding, at least one
     */
    public InvalidContentException(String source, List<Finding> findings) {
        super(summary(source, findings));
        this.findings = List.copyOf(findings);
    }

    /**
     * Every finding.
     *
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }

    private static String summary(String source, List<Finding> findings) {
        String where = source == null || source.isEmpty() ? "" : source + ": ";
        return where + findings.size() + " problem(s)\n" + findings.stream()
                .map(f -> "  " + f.describe(Locale.ROOT)).collect(Collectors.joining("\n"));
    }
}
