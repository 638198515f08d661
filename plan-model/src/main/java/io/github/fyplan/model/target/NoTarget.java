package io.github.fyplan.model.target;

/** The target cell is blank (Wujin 21): no target stated. */
public record NoTarget() implements Target {

    @Override
    public boolean isQuantified() {
        return false;
    }
}
