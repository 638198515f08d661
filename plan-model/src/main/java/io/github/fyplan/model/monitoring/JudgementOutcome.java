package io.github.fyplan.model.monitoring;

/** The outcome of a recorded judgement on a qualitative target. */
public enum JudgementOutcome {
    /** The requirement is met. */
    MET,
    /** The requirement is not met. */
    NOT_MET
}
