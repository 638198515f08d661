package io.github.fyplan.io.text;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.Region;
import java.util.Objects;

/**
 * What the importer is told about a plan rather than reading it from the text: the outline's text
 * does not reliably state its id, its exact title, its region code or its period.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                an identifier, such as {@code cn-320402-14th}
 * @param title             the plan's title as printed
 * @param language          the language of the text as a BCP 47 tag, such as {@code zh-CN}
 * @param region            the region the plan governs
 * @param period            the years the plan covers; target wording is read against it
 * @param indicatorIdPrefix the prefix of indicator ids: {@code TN} gives {@code TN-01},
 *                          {@code TN-02} …
 */
public record PlanIdentity(
        String id,
        String title,
        String language,
        Region region,
        PlanPeriod period,
        String indicatorIdPrefix) {

    /** Checks that no component is null. */
    public PlanIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(indicatorIdPrefix, "indicatorIdPrefix");
    }

    /**
     * An identity for a plan written in Simplified Chinese ({@code zh-CN}).
     *
     * @param id                the plan id
     * @param title             the title as printed
     * @param region            the region
     * @param period            the period
     * @param indicatorIdPrefix the prefix of indicator ids, such as {@code WJ}
     * @return the identity
     * @throws NullPointerException if an argument is null
     */
    public static PlanIdentity of(String id, String title, Region region, PlanPeriod period,
            String indicatorIdPrefix) {
        return new PlanIdentity(id, title, "zh-CN", region, period, indicatorIdPrefix);
    }

    /**
     * The id of the indicator in a row of the table: the prefix, a hyphen and the row number with
     * at least two digits.
     *
     * @param rowNumber the row number (序号)
     * @return the id, such as {@code TN-07}
     */
    public String indicatorId(int rowNumber) {
        return String.format(java.util.Locale.ROOT, "%s-%02d", indicatorIdPrefix, rowNumber);
    }
}
