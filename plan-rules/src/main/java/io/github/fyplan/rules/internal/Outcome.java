package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.EvaluationContext;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.Metrics;
import io.github.fyplan.rules.Status;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** A mutable result under construction inside the built-in rule; turned into an {@link Assessment}. */
final class Outcome {
    Status status;
    String en;
    String zh;
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
    final List<Assessment> components = new ArrayList<>();

    /** Sets the status and its reason; returns this. */
    Outcome set(Status s, String english, String chinese) {
        this.status = s;
        this.en = english;
        this.zh = chinese;
        return this;
    }

    /** Like {@link #set} for a status the method graded: the explanation names method and thresholds. */
    Outcome graded(Status s, String english, String chinese) {
        this.graded = true;
        return set(s, english, chinese);
    }

    Assessment toAssessment(String id, EvaluationContext c) {
        GradedSuffix suffix = graded ? GradedSuffix.of(c.method(), c.thresholds()) : null;
        String suffixEn = graded ? suffix.en() : "";
        String suffixZh = graded ? suffix.zh() : "";
        Explanation ex = new Explanation(id + ": " + en + ": " + status.english() + suffixEn + ".",
                id + "：" + zh + "，" + status.chinese() + suffixZh + "。");
        Metrics m = new Metrics(latestYear, latestValue, baselineYear, baselineValue, targetYear, targetLevel,
                progress, timeElapsed, actualGrowth, requiredGrowth, score, projectedEndValue, runningTotal,
                requiredYearlyAmount);
        return new Assessment(id, c.asOf(), status, null, c.method(), c.thresholds(), BuiltInRule.NAME, m,
                breached, missing, components, ex);
    }
}
