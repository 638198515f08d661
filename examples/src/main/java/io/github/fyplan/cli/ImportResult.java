package io.github.fyplan.cli;

import io.github.fyplan.model.problem.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of importing a plan from text. Immutable and thread-safe.
 *
 * @param planId   the imported plan's identifier
 * @param planJson the plan in fyplan's JSON format, ready to write
 * @param findings what the importer and the validation found; may be empty
 */
public record ImportResult(String planId, String planJson, List<Finding> findings) {

    /** Checks that no component is null and copies the findings. */
    public ImportResult {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(planJson, "planJson");
        findings = List.copyOf(findings);
    }
}
