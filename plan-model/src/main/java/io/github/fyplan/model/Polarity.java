package io.github.fyplan.model;

/** Which way an indicator improves. */
public enum Polarity {
    /** More is better: GDP, income, green cover. */
    HIGHER_IS_BETTER,
    /** Less is better: unemployment, PM2.5, energy per unit of GDP, accident death rate. */
    LOWER_IS_BETTER,
    /**
     * Not known. Evaluation refuses to guess and reports the indicator as not assessable, rather
     * than defaulting a direction silently.
     */
    UNKNOWN
}
