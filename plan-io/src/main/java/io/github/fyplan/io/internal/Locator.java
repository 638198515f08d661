package io.github.fyplan.io.internal;

import io.github.fyplan.model.problem.Location;

/** Finds where a JSON Pointer's value is written in a document, for placing findings. */
public interface Locator {
    /**
     * The place of a pointer's value, or of its nearest ancestor when the value is not in the
     * document (a missing field is placed at its object).
     *
     * @param pointer a JSON Pointer
     * @return the place, or null when not even the root has one
     */
    Location locate(String pointer);
}
