package io.github.fyplan.io.internal;

import io.github.fyplan.model.problem.Severity;

/** Where a binder reports problems: by property path, located later by the sink. */
public interface ProblemSink {
    /**
     * Records a problem.
     *
     * @param severity the severity
     * @param path     the property path
     * @param key      the message key
     * @param args     alternating names and values
     */
    void report(Severity severity, String path, String key, String... args);

    /**
     * Throws when any error was recorded.
     *
     * @throws io.github.fyplan.model.problem.UnreadableInputException carrying every finding
     */
    void throwIfErrors();
}
