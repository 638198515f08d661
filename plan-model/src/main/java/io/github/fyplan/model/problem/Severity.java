package io.github.fyplan.model.problem;

/** How serious a finding is. */
public enum Severity {
    /** The data is wrong: a plan with errors must not be used for evaluation. */
    ERROR,
    /** An oddity worth a look that real plans have (Tianning 22's "%" with 0.93): the plan loads. */
    WARNING;

    /** Bean Validation payload that marks a constraint as a warning. */
    public interface Warning extends jakarta.validation.Payload {
    }
}
