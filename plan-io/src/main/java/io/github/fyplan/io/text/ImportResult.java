package io.github.fyplan.io.text;

import io.github.fyplan.model.Plan;
import java.util.Objects;

/**
 * What an import produced: the plan as read, and the report of what was found, guessed and left
 * unplaced.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan   the plan read from the text
 * @param report what the importer found, guessed and could not place
 */
public record ImportResult(Plan plan, ImportReport report) {

    /** Checks that no component is null. */
    public ImportResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
    }
}
