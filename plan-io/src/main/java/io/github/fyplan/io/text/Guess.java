package io.github.fyplan.io.text;

import java.util.Objects;

/**
 * Something the importer decided that the text does not say outright, such as a category carried
 * down from the row above, a unit split from an indicator's name, or the separator of a list.
 *
 * @param lineNumber the line it concerns, counting from 1
 * @param what       what was guessed, such as {@code category of TN-02}
 * @param value      the value chosen, and on what grounds
 */
public record Guess(int lineNumber, String what, String value) {

    /** Checks that no component is null. */
    public Guess {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(value, "value");
    }
}
