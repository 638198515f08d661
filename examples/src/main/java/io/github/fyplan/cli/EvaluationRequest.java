package io.github.fyplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the command line asks the evaluation engine for. Immutable and thread-safe.
 *
 * @param plan     the plan file
 * @param data     the monitoring-data files given with {@code --data}; the services pick those that
 *                 belong to the plan; may be empty
 * @param asOfYear the last year to take into account
 * @param method   the evaluation method
 * @param locale   the language of explanations and findings
 */
public record EvaluationRequest(Path plan, List<Path> data, int asOfYear, EvaluationMethod method, Locale locale) {

    /** Checks that no component is null and copies the list. */
    public EvaluationRequest {
        Objects.requireNonNull(plan, "plan");
        data = List.copyOf(data);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(locale, "locale");
    }
}
