package io.github.fyplan.model;

import java.util.Objects;

/**
 * A paragraph of prose, exactly as written once Word artefacts are removed.
 *
 * @param text the paragraph's text
 */
public record Paragraph(String text) implements Block {

    /** Checks that the text is not null. */
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
