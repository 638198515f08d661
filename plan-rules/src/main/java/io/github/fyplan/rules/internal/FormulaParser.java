package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.metrics.InvalidFormulaException;
import java.math.BigDecimal;

/**
 * A recursive-descent parser for formulas:
 * <pre>
 * expr   = term (("+" | "-") term)*
 * term   = factor (("*" | "/") factor)*
 * factor = ("+" | "-") factor | number | id | "[" any-but-"]" "]" | "(" expr ")"
 * </pre>
 * Bare ids are letters (including Chinese), digits and underscores, starting with a letter or an
 * underscore; any other id, such as {@code TN-15} or {@code WJ-33#0}, goes in square brackets.
 */
public final class FormulaParser {
    /** The longest formula accepted. */
    public static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private FormulaParser(String text) {
        this.text = text;
    }

    /**
     * Parses a formula.
     *
     * @param text the formula
     * @return the expression
     * @throws InvalidFormulaException if the text is not a formula
     */
    public static Expr parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new InvalidFormulaException(text.substring(0, 40) + "…", 1,
                    "longer than " + MAX_LENGTH + " characters (" + text.length() + ")");
        }
        FormulaParser p = new FormulaParser(text);
        p.skip();
        if (p.pos == text.length()) {
            throw p.error("empty formula; expected a number, an id or '('");
        }
        Expr e = p.expr();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'; expected an operator or the end");
        }
        return e;
    }

    private Expr expr() {
        Expr left = term();
        while (true) {
            skip();
            if (peek('+') || peek('-')) {
                char op = text.charAt(pos++);
                left = new Expr.Bin(op, left, term());
            } else {
                return left;
            }
        }
    }

    private Expr term() {
        Expr left = factor();
        while (true) {
            skip();
            if (peek('*') || peek('/')) {
                char op = text.charAt(pos++);
                left = new Expr.Bin(op, left, factor());
            } else {
                return left;
            }
        }
    }

    private Expr factor() {
        skip();
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        try {
            if (pos >= text.length()) {
                throw error("unexpected end; expected a number, an id or '('");
            }
            char c = text.charAt(pos);
            if (c == '-' || c == '+') {
                pos++;
                Expr operand = factor();
                return c == '-' ? new Expr.Neg(operand) : operand;
            }
            if (c == '(') {
                pos++;
                Expr inner = expr();
                skip();
                if (!peek(')')) {
                    throw error("expected ')'");
                }
                pos++;
                return inner;
            }
            if (c == '[') {
                int end = text.indexOf(']', pos + 1);
                if (end < 0) {
                    throw error("'[' without ']'");
                }
                String id = text.substring(pos + 1, end).strip();
                if (id.isEmpty()) {
                    throw error("empty id in '[]'");
                }
                pos = end + 1;
                return new Expr.Var(id);
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                return new Expr.Var(text.substring(start, pos));
            }
            throw error("unexpected '" + c + "'; expected a number, an id or '('");
        } finally {
            depth--;
        }
    }

    private Expr number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String n = text.substring(start, pos);
        if (!isDecimal(n) || n.length() > 40) {
            pos = start;
            throw error("malformed number '" + n + "'");
        }
        return new Expr.Num(new BigDecimal(n));
    }

    /** Digits with an optional decimal part, {@code \d+(\.\d+)?}, checked without a regular expression. */
    private static boolean isDecimal(String n) {
        int dot = n.indexOf('.');
        if (dot == 0 || dot == n.length() - 1 || (dot > 0 && n.indexOf('.', dot + 1) >= 0)) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            // Only ASCII digits, as \d means: Character.isDigit also lets in full-width and other digits.
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InvalidFormulaException error(String problem) {
        return new InvalidFormulaException(text, pos + 1, problem);
    }
}
