package io.github.fyplan.rules.metrics;

import io.github.fyplan.model.problem.FyplanException;

/** A formula that does not follow the syntax of {@code docs/FORMULAS.md}; the message names the column. */
public class InvalidFormulaException extends FyplanException {
    private static final long serialVersionUID = 1L;

    /** The formula text. */
    private final String formula;
    /** The one-based column of the problem. */
    private final int column;

    /**
     * An exception for a formula.
     *
     * @param formula the formula text
     * @param column  the one-based column of the problem
     * @param problem what is wrong there
     */
    public InvalidFormulaException(String formula, int column, String problem) {
        super("formula '" + formula + "', column " + column + ": " + problem);
        this.formula = formula;
        this.column = column;
    }

    /**
     * The formula text.
     *
     * @return the text
     */
    public String formula() {
        return formula;
    }

    /**
     * The one-based column of the problem.
     *
     * @return the column
     */
    public int column() {
        return column;
    }
}
