package io.github.fyplan.cli;

import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;

/** The exit codes of the {@code fyplan} command and how exceptions map to them. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Findings of error severity, invalid content, or another fyplan error. */
    public static final int FINDINGS = 1;
    /** Bad usage (unknown option, missing argument, bad value) or unreadable input. */
    public static final int USAGE = 2;
    /** An unexpected internal error: a bug worth reporting. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /**
     * The exit code for an exception that ended a command.
     *
     * @param e the exception
     * @return {@link #USAGE} for unreadable input, {@link #FINDINGS} for invalid content and other
     *         fyplan exceptions, {@link #INTERNAL} for anything else
     */
    public static int of(Throwable e) {
        if (e instanceof UnreadableInputException) {
            return USAGE;
        }
        if (e instanceof InvalidContentException || e instanceof FyplanException) {
            return FINDINGS;
        }
        return INTERNAL;
    }
}
