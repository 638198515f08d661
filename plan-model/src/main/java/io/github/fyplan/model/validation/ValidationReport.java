package io.github.fyplan.model.validation;

import io.github.fyplan.model.internal.Checks;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Every finding of one validation, errors and warnings, in a stable order (by path, then code).
 *
 * @param findings the findings
 */
public record ValidationReport(List<Finding> findings) {

    /** Checks that the list and its elements are not null and copies it. */
    public ValidationReport {
        findings = Checks.list(findings, "findings");
    }

    /**
     * The errors.
     *
     * @return findings of severity error
     */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * The warnings.
     *
     * @return findings of severity warning
     */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /**
     * Whether any finding is an error.
     *
     * @return true when there are errors
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /**
     * Throws when there are errors; warnings pass.
     *
     * @param source what was validated, for the message
     * @return this report, when it has no errors
     * @throws InvalidContentException carrying every finding, when any is an error
     */
    public ValidationReport orThrow(String source) {
        if (hasErrors()) {
            throw new InvalidContentException(source, findings);
        }
        return this;
    }

}
