package io.github.fyplan.model.target;

/** How a change from the base year is stated. */
public enum ChangeKind {
    /** A percentage of the base value, signed: 降低30% is −30. */
    PERCENT,
    /** An amount in the indicator's unit, signed: 增加1000亿元 is +1000. */
    AMOUNT,
    /** A multiple of the base value: 翻一番 is 2. */
    FACTOR
}
