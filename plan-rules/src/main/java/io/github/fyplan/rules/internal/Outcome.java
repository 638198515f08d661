package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Metrics;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.Thresholds;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;

/**
 * A mutable result under construction inside the built-in rule; turned into an {@link Assessment}.
 * The reason is kept as two renderers, not texts: the assessment's {@link Explanation} renders them
 * only when its text is read (see {@link Explanation#onDemand}). A renderer must therefore capture only
 * values that do not change afterwards (locals, never this outcome's mutable fields).
 */
final class Outcome {
    Status status;
    Supplier<String> en;
    Supplier<String> zh;
    boolean graded;
    Year latestYear;
    BigDecimal latestValue;
    Year baselineYear;
    BigDecimal baselineValue;
    Year targetYear;
    BigDecimal targetLevel;
    BigDecimal progress;
    BigDecimal timeElapsed;
    BigDecimal actualGrowth;
    BigDecimal requiredGrowth;
    BigDecimal score;
    BigDecimal projectedEndValue;
    BigDecimal runningTotal;
    BigDecimal requiredYearlyAmount;
    List<Year> breached = List.of();
    List<Year> missing = List.of();
    /** The components' assessments of a composite target; empty (and shared) for any other. */
    List<Assessment> components = List.of();

    /** Sets the status and its reason, rendered on demand; returns this. */
    Outcome set(Status s, Supplier<String> english, Supplier<String> chinese) {
        this.status = s;
        this.en = english;
        this.zh = chinese;
        return this;
    }

    /**
     * Appends a clause to the reason in both languages, rendered on demand with it (the clauses, like
     * the reason, must capture only values that do not change afterwards); returns this.
     */
    Outcome append(Supplier<String> english, Supplier<String> chinese) {
        Supplier<String> reasonEn = en;
        Supplier<String> reasonZh = zh;
        this.en = () -> reasonEn.get() + english.get();
        this.zh = () -> reasonZh.get() + chinese.get();
        return this;
    }

    /** Like {@link #set} for a status the method graded: the explanation names method and thresholds. */
    Outcome graded(Status s, Supplier<String> english, Supplier<String> chinese) {
        this.graded = true;
        return set(s, english, chinese);
    }

    Assessment toAssessment(String id, EvaluationContext c) {
        Explanation ex = new Line(id, status, en, zh, graded ? c.method() : null, c.thresholds()).explanation();
        // An outcome without a number (no target, qualitative, not understood, composite) shares Metrics.NONE.
        Metrics m = latestYear == null && latestValue == null && baselineYear == null && baselineValue == null
                && targetYear == null && targetLevel == null && progress == null && timeElapsed == null
                && actualGrowth == null && requiredGrowth == null && score == null && projectedEndValue == null
                && runningTotal == null && requiredYearlyAmount == null ? Metrics.NONE
                : new Metrics(latestYear, latestValue, baselineYear, baselineValue, targetYear, targetLevel,
                        progress, timeElapsed, actualGrowth, requiredGrowth, score, projectedEndValue, runningTotal,
                        requiredYearlyAmount);
        return new Assessment(id, c.asOf(), status, null, c.method(), c.thresholds(), BuiltInRule.NAME, m,
                breached, missing, components, ex);
    }

    /**
     * The line that explains an assessment: the indicator, the reason, the status, and for a graded one
     * the method. It is the English renderer of the assessment's explanation, and its {@link #chinese}
     * view the Chinese one: one immutable object and a small view rather than two lambdas that each
     * capture all of it, as every assessment has an explanation and most are never read.
     *
     * @param id     the indicator (or component) id
     * @param status the status
     * @param en     renders the English reason
     * @param zh     renders the Chinese reason
     * @param graded the method that graded the status, or null
     * @param t      the thresholds
     */
    private record Line(String id, Status status, Supplier<String> en, Supplier<String> zh, Method graded,
            Thresholds t) implements Supplier<String> {

        /** The explanation rendered from this line. */
        Explanation explanation() {
            return Explanation.onDemand(this, this::chinese);
        }

        /** The English line. */
        @Override
        public String get() {
            return id + ": " + en.get() + ": " + status.english()
                    + (graded == null ? "" : GradedSuffix.of(graded, t).en()) + ".";
        }

        /** The Chinese line. */
        String chinese() {
            return id + "：" + zh.get() + "，" + status.chinese()
                    + (graded == null ? "" : GradedSuffix.of(graded, t).zh()) + "。";
        }
    }
}
