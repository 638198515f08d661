package io.github.fyplan.model.target;

/**
 * A target in structured form. Each form is a record; tell them apart with {@code instanceof} patterns.
 * Every value is a {@link java.math.BigDecimal} exactly as written.
 */
public sealed interface Target permits LevelTarget, AboutTarget, RangeTarget, EveryYearTarget,
        AverageGrowthTarget, CumulativeTarget, ChangeTarget, ReductionRateTarget, QualitativeTarget,
        CompositeTarget, NoTarget, UnparsedTarget {

    /**
     * Whether the target states a number that data can be compared with.
     *
     * @return false for qualitative, absent and unparsed targets
     */
    default boolean isQuantified() {
        return true;
    }
}
