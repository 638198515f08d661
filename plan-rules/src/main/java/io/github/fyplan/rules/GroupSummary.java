package io.github.fyplan.rules;

import io.github.fyplan.rules.internal.StatusCounts;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many indicators of a group (a category, an attribute, a department, a status) have each status.
 *
 * @param key          the group: the category as printed, {@code BINDING} or {@code EXPECTED}, the
 *                     department's name (empty for indicators without one), or the status's name
 * @param indicatorIds the indicators of the group, in table order
 * @param counts       the number of indicators per shown status; statuses without one are absent
 */
public record GroupSummary(String key, List<String> indicatorIds, Map<Status, Integer> counts) {

    /** Checks that no component is null and copies the list and the map (in status order). */
    public GroupSummary {
        Objects.requireNonNull(key, "key");
        indicatorIds = List.copyOf(indicatorIds);
        counts = StatusCounts.copyOf(counts);
    }

    /**
     * The number of indicators in the group.
     *
     * @return the size
     */
    public int total() {
        return indicatorIds.size();
    }

    /**
     * The number of indicators with a status.
     *
     * @param status the status
     * @return the count, 0 when none
     */
    public int count(Status status) {
        return counts.getOrDefault(status, 0);
    }
}
