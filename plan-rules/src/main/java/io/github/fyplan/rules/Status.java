package io.github.fyplan.rules;

/**
 * The result of assessing one indicator as of a year. Each value has an English and a Chinese label.
 *
 * <p>Graded statuses ({@link #MOVING_AWAY} &lt; {@link #OFF_TRACK} &lt; {@link #LAGGING} &lt;
 * {@link #ON_TRACK} &lt; {@link #ACHIEVED}) are ordered by {@link #rank()}; the other statuses say why
 * no grade was given.
 */
public enum Status {
    /** The target is met. */
    ACHIEVED("achieved", "已完成", 5),
    /** Progress keeps pace with the time elapsed or the rate required. */
    ON_TRACK("on track", "符合进度", 4),
    /** Progress is behind, but not by much (moderate progress, moderately improving). */
    LAGGING("lagging", "滞后", 3),
    /** Progress is far behind or has stalled (insufficient progress, stagnating). */
    OFF_TRACK("off track", "严重滞后", 2),
    /** The indicator moves away from the target. */
    MOVING_AWAY("moving away", "背离目标", 1),
    /** The target year has passed, or a judgement was recorded, and the target is not met. */
    NOT_ACHIEVED("not achieved", "未完成", 0),
    /** A bound to hold every year (a binding constraint) held in every year observed. */
    CONSTRAINT_MET("constraint met", "约束达标", 5),
    /** A bound to hold every year was breached; the assessment names the years. */
    CONSTRAINT_BREACHED("constraint breached", "约束未达标", 0),
    /** A qualitative target without a recorded judgement. */
    NEEDS_JUDGEMENT("needs judgement", "待研判", -1),
    /** The plan states no target. */
    NO_TARGET("no target stated", "未设目标", -1),
    /** There is no observation to assess, or the rule was skipped for missing values. */
    NO_DATA("no data", "无数据", -1),
    /** The data cannot answer: no baseline, unknown direction, undefined growth, unreadable target. */
    NOT_ASSESSABLE("not assessable", "无法评估", -1);

    private final String english;
    private final String chinese;
    private final int rank;

    Status(String english, String chinese, int rank) {
        this.english = english;
        this.chinese = chinese;
        this.rank = rank;
    }

    /**
     * The English label, such as {@code on track}.
     *
     * @return the label
     */
    public String english() {
        return english;
    }

    /**
     * The Chinese label, such as {@code 符合进度}.
     *
     * @return the label
     */
    public String chinese() {
        return chinese;
    }

    /**
     * How favourable the status is: 5 for achieved or a constraint met, 4 on track, 3 lagging, 2 off
     * track, 1 moving away, 0 not achieved or a constraint breached, −1 for a status that gives no
     * grade.
     *
     * @return the rank
     */
    public int rank() {
        return rank;
    }

    /**
     * Whether the status is a grade rather than a reason for giving none.
     *
     * @return false for needs judgement, no target, no data and not assessable
     */
    public boolean isGraded() {
        return rank >= 0;
    }

    /**
     * Whether the status calls for attention: lagging, off track, moving away, not achieved or a
     * constraint breached.
     *
     * @return true when the indicator needs attention
     */
    public boolean needsAttention() {
        return rank >= 0 && rank <= 3;
    }
}
