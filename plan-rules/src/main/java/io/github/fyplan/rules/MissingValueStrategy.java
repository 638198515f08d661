package io.github.fyplan.rules;

/**
 * What a rule does when values in the span it looks at are missing, as DHIS2's validation rules do.
 * A missing value is never treated as zero: when a rule is not skipped it works on the values present
 * and names the missing years. The built-in rule applies it to every target form that reads values by
 * year (level, about, range, change, average growth, cumulative, every-year and reduction-rate targets,
 * and the components of a composite), over the years of the target's span up to the evaluation year.
 */
public enum MissingValueStrategy {
    /** Skip the rule (status {@link Status#NO_DATA}) if any value of the span is missing. */
    SKIP_IF_ANY_VALUE_MISSING,
    /** Skip the rule only if every value of the span is missing; the default. */
    SKIP_IF_ALL_VALUES_MISSING,
    /**
     * Never skip: compute on the values present, even none. A cumulative total over no values is the
     * empty sum, and the assessment names every missing year.
     */
    NEVER_SKIP
}
