package io.github.fyplan.rules.metrics;

import io.github.fyplan.rules.internal.Expr;
import io.github.fyplan.rules.internal.FormulaParser;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A derived indicator's formula over other series, such as {@code RD_SPENDING / GDP * 100}, parsed
 * by a small parser of fyplan's own and evaluated on {@link BigDecimal} (no scripting engine).
 *
 * <p>Syntax (see {@code docs/FORMULAS.md}): numbers, ids, {@code + - * /}, unary minus and
 * parentheses, with the usual precedence. Bare ids are letters, digits and underscores; ids with
 * other characters go in square brackets: {@code [TN-15]}, {@code [WJ-33#0]}. Addition, subtraction
 * and multiplication are exact; division is rounded to {@link DerivedMetrics#PRECISION}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Formula {
    /** The number of slots of the cache of parsed formulas, a power of two. */
    static final int CACHE_SLOTS = 64;
    /**
     * The formulas parsed last, one per slot by the hash of their text: evaluating a plan reads each
     * derived indicator's formula, and the same few formulas recur across indicators and plans. A
     * formula is immutable (its fields are final), so a slot may be read and replaced by any thread
     * without locking; two texts of the same slot only replace each other, and the cache never holds
     * more than {@value #CACHE_SLOTS} formulas. Unreadable texts are not kept.
     */
    private static final AtomicReferenceArray<Formula> RECENT = new AtomicReferenceArray<>(CACHE_SLOTS);

    private final String source;
    private final Expr expr;
    private final Set<String> variables;

    private Formula(String source, Expr expr) {
        this.source = source;
        this.expr = expr;
        Set<String> vars = new TreeSet<>();
        expr.collect(vars);
        this.variables = Collections.unmodifiableSet(vars);
    }

    /**
     * Parses a formula. A text parsed recently may give the same (immutable) formula again.
     *
     * @param text the formula
     * @return the formula
     * @throws InvalidFormulaException if the text is not a formula; the message names the column
     */
    public static Formula parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int h = s.hashCode();
        int slot = (h ^ (h >>> 16)) & (CACHE_SLOTS - 1);
        Formula f = RECENT.getAcquire(slot);
        if (f == null || !f.source.equals(s)) {
            f = new Formula(s, FormulaParser.parse(s));
            RECENT.setRelease(slot, f);
        }
        return f;
    }

    /** The number of formulas the cache holds now, at most {@link #CACHE_SLOTS}: for tests. */
    static int cached() {
        int n = 0;
        for (int i = 0; i < RECENT.length(); i++) {
            n += RECENT.get(i) == null ? 0 : 1;
        }
        return n;
    }

    /**
     * The ids the formula uses, sorted.
     *
     * @return the ids
     */
    public Set<String> variables() {
        return variables;
    }

    /**
     * Evaluates the formula.
     *
     * @param values a value for every id the formula uses
     * @return the value; empty when it divides by zero
     * @throws io.github.fyplan.rules.RuleUsageException if an id has no value
     */
    public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
        return expr.eval(Objects.requireNonNull(values, "values"));
    }

    /**
     * The formula as written.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && f.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }
}
