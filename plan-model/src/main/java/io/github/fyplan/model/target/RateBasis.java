package io.github.fyplan.model.target;

/** Whether a reduction rate is per year or over the whole period. */
public enum RateBasis {
    /** The reduction is required in each year (or as the annual average). */
    ANNUAL,
    /** The reduction is over the whole period, base year to last year. */
    WHOLE_PERIOD,
    /** The document does not say; validation reports the ambiguity as a warning. */
    UNSPECIFIED
}
