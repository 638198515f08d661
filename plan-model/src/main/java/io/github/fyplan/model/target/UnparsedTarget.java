package io.github.fyplan.model.target;

import java.util.Objects;

/**
 * Wording that {@link TargetWording} does not understand, kept as written so nothing is lost.
 *
 * @param text the wording
 */
public record UnparsedTarget(String text) implements Target {

    /** Checks that the text is not null. */
    public UnparsedTarget {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean isQuantified() {
        return false;
    }
}
