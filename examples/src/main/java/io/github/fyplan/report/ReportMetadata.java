package io.github.fyplan.report;

import java.util.Objects;

/**
 * What an evaluation report states about itself: the plan, the year it looks at, the method and
 * its thresholds, where the data came from, and whether the data is illustrative. Immutable and
 * thread-safe.
 *
 * @param plan          the plan
 * @param asOfYear      the last year the evaluation takes into account, such as 2023
 * @param methodName    the evaluation method's name as shown, such as {@code 时间过半、任务过半}
 * @param thresholds    the method's thresholds in words, such as
 *                      {@code 进度 ≥ 时间进度：符合进度；≥ 60%：滞后；其余：严重滞后}
 * @param generatedFrom a note on the inputs, such as the plan and data file names; empty for none
 * @param illustrative  true when the data is illustrative and not official statistics: the report
 *                      then carries a banner that says so
 */
public record ReportMetadata(
        PlanHeader plan,
        int asOfYear,
        String methodName,
        String thresholds,
        String generatedFrom,
        boolean illustrative) {

    /** Checks that no component is null. */
    public ReportMetadata {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(generatedFrom, "generatedFrom");
    }
}
