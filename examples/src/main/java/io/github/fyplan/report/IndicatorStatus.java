package io.github.fyplan.report;

/**
 * The status a report shows for an indicator. An adapter maps the evaluation engine's result to
 * one of these; the label in each language comes from the report's label table, under the key
 * {@code status.} followed by {@link #code()}.
 */
public enum IndicatorStatus {
    /** The target is already met. */
    ACHIEVED("achieved", Tone.GOOD),
    /** Progress keeps pace with the time elapsed, or the required rate. */
    ON_TRACK("on-track", Tone.GOOD),
    /** Some progress, but not enough to reach the target on time at the current pace. */
    MODERATE("moderate", Tone.FAIR),
    /** Progress falls clearly behind the time elapsed. */
    LAGGING("lagging", Tone.POOR),
    /** The indicator moves away from its target. */
    MOVING_AWAY("moving-away", Tone.BAD),
    /** A binding indicator whose commitment is not met. */
    BREACHED("breached", Tone.BAD),
    /** A qualitative target that needs a recorded judgement. */
    NEEDS_JUDGEMENT("needs-judgement", Tone.NEUTRAL),
    /** No data to assess the indicator. */
    NO_DATA("no-data", Tone.NEUTRAL);

    /** How a status reads at a glance; drives the badge colour. */
    public enum Tone {
        /** Achieved or on schedule. */
        GOOD,
        /** Some progress. */
        FAIR,
        /** Behind schedule. */
        POOR,
        /** Moving away or a binding commitment missed. */
        BAD,
        /** Not assessed. */
        NEUTRAL
    }

    private final String code;
    private final Tone tone;

    IndicatorStatus(String code, Tone tone) {
        this.code = code;
        this.tone = tone;
    }

    /**
     * The stable code, such as {@code on-track}, used in CSV output, CSS classes and label keys.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * How the status reads at a glance.
     *
     * @return the tone
     */
    public Tone tone() {
        return tone;
    }

    /**
     * The status as a report labels it, from the report's label table.
     *
     * @param locale English for an {@code en} locale, Chinese otherwise; the default locale is
     *               never consulted
     * @return such as {@code 滞后} or {@code lagging}
     */
    public String label(java.util.Locale locale) {
        return io.github.fyplan.report.internal.Labels.of(locale).get("status." + code);
    }

    /**
     * Whether the status is a concern that a report lists with what the indicator still requires:
     * lagging, moving away or breached.
     *
     * @return true for a concern
     */
    public boolean isConcern() {
        return this == LAGGING || this == MOVING_AWAY || this == BREACHED;
    }

    /**
     * Whether the status is favourable: achieved or on track.
     *
     * @return true when favourable
     */
    public boolean isFavourable() {
        return tone == Tone.GOOD;
    }

    /**
     * The status for a code.
     *
     * @param code a code such as {@code lagging}
     * @return the status
     * @throws IllegalArgumentException if no status has the code
     */
    public static IndicatorStatus fromCode(String code) {
        for (IndicatorStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status code '" + code + "'");
    }
}
