package io.github.fyplan.report;

import java.util.List;
import java.util.Objects;

/**
 * What a plan overview shows: the plan's structure outline, its indicator table and its boxes.
 * Immutable and thread-safe.
 *
 * @param plan       the plan
 * @param outline    the headings, in document order
 * @param indicators the indicators, in table order
 * @param boxes      the boxes (专栏), in document order
 */
public record PlanOverview(
        PlanHeader plan,
        List<OutlineEntry> outline,
        List<OverviewIndicator> indicators,
        List<BoxSummary> boxes) {

    /** Checks that no component is null and copies the lists. */
    public PlanOverview {
        Objects.requireNonNull(plan, "plan");
        outline = List.copyOf(outline);
        indicators = List.copyOf(indicators);
        boxes = List.copyOf(boxes);
    }
}
