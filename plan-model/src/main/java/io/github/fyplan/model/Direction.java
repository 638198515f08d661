package io.github.fyplan.model;

import java.util.List;
import java.util.Objects;

/**
 * Which way an indicator improves, and whether that was stated or inferred.
 *
 * <p>Indicator tables do not say which indicators are better when lower. Tools that default the
 * direction silently misjudge whole dashboards, so a direction always says how it was obtained.
 *
 * @param polarity which way is better
 * @param source   stated or inferred
 * @param basis    why: for an inferred direction the name fragment it was inferred from, for a
 *                 stated one the sentence or person; may be empty
 */
public record Direction(Polarity polarity, DirectionSource source, String basis) {

    /** Name fragments of indicators that measure a reduction: a larger reduction is better. */
    private static final List<String> REDUCTION_WORDS = List.of("降低", "下降", "减少");
    /** Name fragments of indicators that are better when lower. */
    private static final List<String> LOWER_WORDS =
            List.of("失业率", "PM2.5", "细颗粒物", "浓度", "能耗", "排放", "死亡率", "事故");

    /** Checks that no component is null. */
    public Direction {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * A direction the document or a reviewer states.
     *
     * @param polarity which way is better
     * @param basis    the sentence or person that says so
     * @return a stated direction
     */
    public static Direction stated(Polarity polarity, String basis) {
        return new Direction(polarity, DirectionSource.STATED, basis);
    }

    /**
     * Infers the direction from an indicator's name. A name that speaks of a reduction
     * (降低, 下降, 减少) measures the reduction, which is better when higher; a name with a word of
     * harm (失业率, 浓度, 能耗, 排放, 死亡率, PM2.5 …) is better when lower; anything else is better when
     * higher. The result says which word decided.
     *
     * @param indicatorName the indicator's name as printed
     * @return an inferred direction with its basis
     */
    public static Direction inferFrom(CharSequence indicatorName) {
        String name = indicatorName.toString();
        for (String w : REDUCTION_WORDS) {
            if (name.contains(w)) {
                return new Direction(Polarity.HIGHER_IS_BETTER, DirectionSource.INFERRED,
                        "name measures a reduction (" + w + ")");
            }
        }
        for (String w : LOWER_WORDS) {
            if (name.contains(w)) {
                return new Direction(Polarity.LOWER_IS_BETTER, DirectionSource.INFERRED,
                        "name contains " + w);
            }
        }
        return new Direction(Polarity.HIGHER_IS_BETTER, DirectionSource.INFERRED,
                "no word of harm or reduction in the name");
    }

    /**
     * Whether the direction was inferred rather than stated.
     *
     * @return true when inferred
     */
    public boolean isInferred() {
        return source == DirectionSource.INFERRED;
    }
}
