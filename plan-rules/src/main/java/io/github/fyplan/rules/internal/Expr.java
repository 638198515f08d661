package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.RuleUsageException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed formula: numbers, variables, negation and the four operations. */
public sealed interface Expr {

    /**
     * Evaluates; exact except for division ({@link BigMath#MC}).
     *
     * @param values the variables' values
     * @return the value, or empty after a division by zero
     */
    default Optional<BigDecimal> eval(Map<String, BigDecimal> values) {
        return Optional.ofNullable(value(values));
    }

    /**
     * Evaluates like {@link #eval}, without an {@code Optional} per node: formulas are evaluated for
     * every year of every derived indicator.
     *
     * @param values the variables' values
     * @return the value, or null after a division by zero
     */
    BigDecimal value(Map<String, BigDecimal> values);

    /**
     * Adds the variables used to a set.
     *
     * @param into the set
     */
    void collect(Set<String> into);

    /** A number. @param value the number */
    record Num(BigDecimal value) implements Expr {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            return value;
        }

        @Override
        public void collect(Set<String> into) {
            // no variable
        }
    }

    /** A variable. @param id its id */
    record Var(String id) implements Expr {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            BigDecimal v = values.get(id);
            if (v == null) {
                throw new RuleUsageException("no value given for '" + id + "' of the formula; given: " + values.keySet());
            }
            return v;
        }

        @Override
        public void collect(Set<String> into) {
            into.add(id);
        }
    }

    /** A negation. @param operand the operand */
    record Neg(Expr operand) implements Expr {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            BigDecimal v = operand.value(values);
            return v == null ? null : v.negate();
        }

        @Override
        public void collect(Set<String> into) {
            operand.collect(into);
        }
    }

    /** A binary operation. @param op one of + - * / @param left the left operand @param right the right operand */
    record Bin(char op, Expr left, Expr right) implements Expr {
        @Override
        public BigDecimal value(Map<String, BigDecimal> values) {
            BigDecimal a = left.value(values);
            BigDecimal b = right.value(values);
            if (a == null || b == null) {
                return null;
            }
            switch (op) {
                case '+':
                    return a.add(b);
                case '-':
                    return a.subtract(b);
                case '*':
                    return a.multiply(b);
                default:
                    return b.signum() == 0 ? null : BigMath.div(a, b);
            }
        }

        @Override
        public void collect(Set<String> into) {
            left.collect(into);
            right.collect(into);
        }
    }
}
