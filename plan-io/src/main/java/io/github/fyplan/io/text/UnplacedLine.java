package io.github.fyplan.io.text;

import java.util.Objects;

/**
 * A line of the text the importer could not place in the plan.
 *
 * @param lineNumber the line number, counting from 1
 * @param text       the line once Word artefacts are removed
 * @param reason     why it could not be placed, in English
 */
public record UnplacedLine(int lineNumber, String text, String reason) {

    /** Checks that no component is null. */
    public UnplacedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
