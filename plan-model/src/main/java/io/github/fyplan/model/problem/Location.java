package io.github.fyplan.model.problem;

/**
 * A place in a source text, one-based.
 *
 * @param line   the line, from 1
 * @param column the column, from 1
 */
public record Location(int line, int column) {

    /** Checks that line and column are positive. */
    public Location {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, were " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
