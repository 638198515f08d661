package io.github.fyplan.report;

import java.util.Objects;

/**
 * One box (专栏) of a plan as an overview lists it. Immutable and thread-safe.
 *
 * @param label    the box's label as printed, such as {@code 专栏8}
 * @param title    the box's title
 * @param groups   the number of project groups or actions in the box
 * @param projects the number of named projects listed in the box
 */
public record BoxSummary(String label, String title, int groups, int projects) {

    /** Checks that no component is null and the counts are not negative. */
    public BoxSummary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
        if (groups < 0 || projects < 0) {
            throw new IllegalArgumentException("counts must not be negative in " + label);
        }
    }
}
