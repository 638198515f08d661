package io.github.fyplan.rules;

import io.github.fyplan.model.problem.FyplanException;

/**
 * Misuse of the rules API: an evaluation year before the base year, monitoring data of another
 * plan, a custom rule that throws or returns an assessment of another indicator. A target that is
 * missed is a result, never this exception.
 */
public class RuleUsageException extends FyplanException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what was wrong, with the offending value and where
     */
    public RuleUsageException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what was wrong
     * @param cause   the underlying cause
     */
    public RuleUsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
