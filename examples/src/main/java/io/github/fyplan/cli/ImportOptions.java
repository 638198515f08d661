package io.github.fyplan.cli;

import java.util.Optional;

/**
 * What the {@code import} command was told about a plan's identity; each value is {@code null} when
 * not given, and the services then derive a default. Immutable and thread-safe.
 *
 * @param id              the plan id, such as {@code cn-320402-14th}, or {@code null}
 * @param title           the plan's title as printed, or {@code null}
 * @param regionCode      the six- or twelve-digit division code, or {@code null}
 * @param regionName      the region's name, such as {@code 天宁区}, or {@code null}
 * @param indicatorPrefix the prefix of indicator ids, such as {@code TN}, or {@code null}
 */
public record ImportOptions(String id, String title, String regionCode, String regionName, String indicatorPrefix) {

    /** No identity given: every value is derived. */
    public static final ImportOptions NONE = new ImportOptions(null, null, null, null, null);

    /**
     * Whether no value was given.
     *
     * @return true when every value is to be derived
     */
    public boolean isEmpty() {
        return id == null && title == null && regionCode == null && regionName == null && indicatorPrefix == null;
    }

    /**
     * The id, if given.
     *
     * @return the id
     */
    public Optional<String> idIfGiven() {
        return Optional.ofNullable(id);
    }
}
