package io.github.fyplan.report;

/**
 * The status a report shows for an indicator: exactly the evaluation engine's status, one value per
 * engine status, under the same name ({@code io.github.fyplan.rules.Status}). The label in each
 * language comes from the report's label table, under the key {@code status.} followed by
 * {@link #code()}, and is the engine's own label.
 *
 * <p>Summaries group the statuses in two: <em>favourable</em> ({@link #ACHIEVED}, {@link #ON_TRACK},
 * {@link #CONSTRAINT_MET}) and <em>concerns</em> ({@link #LAGGING}, {@link #OFF_TRACK},
 * {@link #MOVING_AWAY}, {@link #NOT_ACHIEVED}, {@link #CONSTRAINT_BREACHED}); the four statuses that
 * give no grade ({@link #NEEDS_JUDGEMENT}, {@link #NO_TARGET}, {@link #NO_DATA},
 * {@link #NOT_ASSESSABLE}) are in neither group.
 */
public enum IndicatorStatus {
    /** The target is met. */
    ACHIEVED("achieved", Tone.GOOD),
    /** Progress keeps pace with the time elapsed or the rate required. */
    ON_TRACK("on-track", Tone.GOOD),
    /** Progress is behind, but not by much. */
    LAGGING("lagging", Tone.CAUTION),
    /** Progress is far behind or has stalled. */
    OFF_TRACK("off-track", Tone.BAD),
    /** The indicator moves away from its target. */
    MOVING_AWAY("moving-away", Tone.BAD),
    /** The target year has passed, or a judgement was recorded, and the target is not met. */
    NOT_ACHIEVED("not-achieved", Tone.BAD),
    /** A bound to hold every year held in every year observed. */
    CONSTRAINT_MET("constraint-met", Tone.GOOD),
    /** A bound to hold every year was breached. */
    CONSTRAINT_BREACHED("constraint-breached", Tone.BAD),
    /** A qualitative target without a recorded judgement. */
    NEEDS_JUDGEMENT("needs-judgement", Tone.NEUTRAL),
    /** The plan states no target. */
    NO_TARGET("no-target", Tone.NEUTRAL),
    /** No observation to assess the indicator. */
    NO_DATA("no-data", Tone.NEUTRAL),
    /** The data cannot answer (no baseline, unknown direction, unreadable target…). */
    NOT_ASSESSABLE("not-assessable", Tone.NEUTRAL);

    /** How a status reads at a glance; drives the badge colour. */
    public enum Tone {
        /** Achieved, on track or a constraint met (green). */
        GOOD,
        /** Behind, but not by much (amber). */
        CAUTION,
        /** Far behind, moving away, not achieved or a constraint breached (red). */
        BAD,
        /** Not graded (grey). */
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
     * lagging, off track, moving away, not achieved or a constraint breached.
     *
     * @return true for a concern
     */
    public boolean isConcern() {
        return tone == Tone.CAUTION || tone == Tone.BAD;
    }

    /**
     * Whether the status is favourable: achieved, on track or a constraint met.
     *
     * @return true when favourable
     */
    public boolean isFavourable() {
        return tone == Tone.GOOD;
    }

    /**
     * Whether the status is a grade rather than a reason for giving none.
     *
     * @return false for needs judgement, no target, no data and not assessable
     */
    public boolean isGraded() {
        return tone != Tone.NEUTRAL;
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
