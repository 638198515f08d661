package io.github.fyplan.report;

import java.util.Objects;

/**
 * Which plan a report is about, as its header shows it. Immutable and thread-safe.
 *
 * @param planId     the plan's identifier, such as {@code cn-320402-14th}
 * @param title      the plan's full title
 * @param regionCode the administrative division code, such as {@code 320402}
 * @param regionName the region's name, such as {@code 天宁区}
 * @param startYear  the first year of the plan period, such as 2021
 * @param endYear    the last year of the plan period, such as 2025
 * @param language   the plan document's language as a BCP 47 tag, such as {@code zh-CN}
 */
public record PlanHeader(
        String planId,
        String title,
        String regionCode,
        String regionName,
        int startYear,
        int endYear,
        String language) {

    /** Checks that no component is null. */
    public PlanHeader {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(language, "language");
    }
}
