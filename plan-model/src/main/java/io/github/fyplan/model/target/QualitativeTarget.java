package io.github.fyplan.model.target;

import java.util.Objects;

/**
 * A target without a number, met only when a recorded judgement says so.
 *
 * @param kind      what it asks for
 * @param statement the wording as printed
 */
public record QualitativeTarget(QualitativeKind kind, String statement) implements Target {

    /** Checks that no component is null. */
    public QualitativeTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(statement, "statement");
    }

    @Override
    public boolean isQuantified() {
        return false;
    }
}
