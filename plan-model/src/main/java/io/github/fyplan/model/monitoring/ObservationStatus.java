package io.github.fyplan.model.monitoring;

/** How final an observed value is. */
public enum ObservationStatus {
    /** A first estimate, to be confirmed. */
    PRELIMINARY,
    /** The published value. */
    FINAL,
    /** A value revised after publication. */
    REVISED
}
