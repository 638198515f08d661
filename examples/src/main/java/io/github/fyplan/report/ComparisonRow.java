package io.github.fyplan.report;

import java.util.Objects;

/**
 * One row of a two-plan comparison: a topic and the matching indicator of each plan. A side is
 * {@code null} when that plan has no matching indicator; at least one side is present. Immutable
 * and thread-safe.
 *
 * @param topic what the pair measures, such as {@code PM2.5浓度}
 * @param left  the first plan's indicator, or {@code null}
 * @param right the second plan's indicator, or {@code null}
 */
public record ComparisonRow(String topic, ComparisonSide left, ComparisonSide right) {

    /** Checks the topic and that at least one side is present. */
    public ComparisonRow {
        Objects.requireNonNull(topic, "topic");
        if (left == null && right == null) {
            throw new IllegalArgumentException("comparison row '" + topic + "' has neither side");
        }
    }
}
