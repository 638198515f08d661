package io.github.fyplan.report;

import java.util.Objects;

/**
 * How many indicators of one group (a category, an attribute) a report covers, and how they stand.
 * Immutable and thread-safe.
 *
 * @param <K>        the type of the group's key
 * @param key        the group, such as {@code 经济强} or {@link io.github.fyplan.model.Attribute#BINDING}
 * @param total      the number of indicators
 * @param withData   how many have observed values
 * @param favourable how many are favourable: achieved, on track or a constraint met
 *                   ({@link IndicatorStatus#isFavourable()})
 * @param concerns   how many need attention: lagging, off track, moving away, not achieved or a
 *                   constraint breached ({@link IndicatorStatus#isConcern()})
 */
public record GroupCount<K>(K key, int total, int withData, int favourable, int concerns) {

    /** Checks the key and that the counts are consistent. */
    public GroupCount {
        Objects.requireNonNull(key, "key");
        if (total < 0 || withData < 0 || favourable < 0 || concerns < 0
                || withData > total || favourable + concerns > total) {
            throw new IllegalArgumentException("inconsistent counts for " + key + ": total " + total
                    + ", with data " + withData + ", favourable " + favourable + ", concerns " + concerns);
        }
    }
}
