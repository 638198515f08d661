package io.github.fyplan.report;

import java.util.Objects;

/**
 * One heading of a plan's structure outline. Immutable and thread-safe.
 *
 * @param level the depth, from 1 (part or chapter) down to sections and items
 * @param label the heading's number as printed, such as {@code 第一章} or {@code 一、}; may be empty
 * @param title the heading's title
 */
public record OutlineEntry(int level, String label, String title) {

    /** Checks the level and that no component is null. */
    public OutlineEntry {
        if (level < 1) {
            throw new IllegalArgumentException("level starts at 1, was " + level);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
    }
}
