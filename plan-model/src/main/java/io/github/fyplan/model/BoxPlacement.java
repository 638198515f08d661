package io.github.fyplan.model;

/**
 * Where a key-project box (专栏) sits in the body; the box itself is in {@link Plan#boxes()}.
 *
 * @param boxNumber the number of the box, as in {@code 专栏4}
 */
public record BoxPlacement(int boxNumber) implements Block {
}
