package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Status;
import io.github.fyplan.rules.Thresholds;
import java.math.BigDecimal;

/** The grade boundaries of the three methods. */
final class Grades {
    private Grades() {
    }

    /**
     * Time-elapsed: on track when progress ≥ time share − tolerance; moving away when progress is
     * negative; lagging when progress / time share ≥ the lagging ratio; else off track.
     */
    static Status timeElapsed(BigDecimal progress, BigDecimal timeShare, Thresholds t) {
        return timeElapsed(progress, timeShare, null, t);
    }

    /**
     * Like {@link #timeElapsed(BigDecimal, BigDecimal, Thresholds)}, given the score progress / time
     * share already computed with {@link BigMath#div} (or null: computed here when needed).
     */
    static Status timeElapsed(BigDecimal progress, BigDecimal timeShare, BigDecimal score, Thresholds t) {
        if (progress.compareTo(timeShare.subtract(t.timeElapsedTolerance())) >= 0) {
            return Status.ON_TRACK;
        }
        if (progress.signum() < 0) {
            return Status.MOVING_AWAY;
        }
        if (timeShare.signum() > 0
                && (score != null ? score : BigMath.div(progress, timeShare)).compareTo(t.timeElapsedLagging()) >= 0) {
            return Status.LAGGING;
        }
        return Status.OFF_TRACK;
    }

    /**
     * A ratio of actual to required (growth, rate, average) graded by a method's thresholds; for the
     * time-elapsed method on track from 1 − tolerance and lagging from the lagging ratio.
     */
    static Status ratio(Method m, BigDecimal score, Thresholds t) {
        BigDecimal onTrack;
        BigDecimal lagging;
        boolean laggingInclusive = true;
        if (m == Method.TIME_ELAPSED) {
            onTrack = BigDecimal.ONE.subtract(t.timeElapsedTolerance());
            lagging = t.timeElapsedLagging();
        } else if (m == Method.GROWTH_RATIO) {
            onTrack = t.growthRatioOnTrack();
            lagging = t.growthRatioLagging();
        } else {
            onTrack = t.trendOnTrack();
            lagging = t.trendLagging();
            laggingInclusive = false;
        }
        if (score.compareTo(onTrack) >= 0) {
            return Status.ON_TRACK;
        }
        int l = score.compareTo(lagging);
        if (l > 0 || (laggingInclusive && l == 0)) {
            return Status.LAGGING;
        }
        return score.signum() >= 0 ? Status.OFF_TRACK : Status.MOVING_AWAY;
    }
}
