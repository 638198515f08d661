package io.github.fyplan.report;

import java.util.List;
import java.util.Objects;

/**
 * A comparison of two plans' indicators as of one year. Immutable and thread-safe.
 *
 * @param left         the first plan
 * @param right        the second plan
 * @param asOfYear     the last year taken into account
 * @param methodName   the evaluation method's name as shown
 * @param illustrative true when the data is illustrative and not official statistics
 * @param rows         the matched pairs, in display order
 */
public record PlanComparison(
        PlanHeader left,
        PlanHeader right,
        int asOfYear,
        String methodName,
        boolean illustrative,
        List<ComparisonRow> rows) {

    /** Checks that no component is null and copies the rows. */
    public PlanComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(methodName, "methodName");
        rows = List.copyOf(rows);
    }
}
