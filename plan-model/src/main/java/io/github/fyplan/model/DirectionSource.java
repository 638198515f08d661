package io.github.fyplan.model;

/** Where an indicator's direction came from. */
public enum DirectionSource {
    /** The document, or a person who checked it, says so. */
    STATED,
    /** Inferred from the indicator's name; the basis says from what. */
    INFERRED
}
