package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Thresholds;

/**
 * The part of a graded explanation that names the method and its thresholds, such as
 * " (time elapsed, tolerance 0.05, lagging 0.5)". It depends only on the method and the thresholds,
 * which are the same for every indicator of an evaluation, so the last one built is kept rather than
 * formatting the thresholds again for each indicator.
 *
 * @param method     the method
 * @param thresholds the thresholds
 * @param en         the English part
 * @param zh         the Chinese part
 */
record GradedSuffix(Method method, Thresholds thresholds, String en, String zh) {
    /** The last suffix built; an immutable record, so threads that race only build it again. */
    private static volatile GradedSuffix last;

    /** The suffix for a method and thresholds. */
    static GradedSuffix of(Method method, Thresholds thresholds) {
        GradedSuffix s = last;
        if (s == null || s.method != method || s.thresholds != thresholds) {
            s = new GradedSuffix(method, thresholds, " (" + method.english() + ", " + thresholds.describe(method) + ")",
                    "（" + method.chinese() + "，" + thresholdsZh(method, thresholds) + "）");
            last = s;
        }
        return s;
    }

    /** The thresholds of a method, in Chinese. */
    private static String thresholdsZh(Method method, Thresholds t) {
        switch (method) {
            case TIME_ELAPSED:
                return "容差" + t.timeElapsedTolerance().toPlainString() + "，滞后线" + t.timeElapsedLagging().toPlainString();
            case GROWTH_RATIO:
                return t.growthRatioOnTrack().toPlainString() + "/" + t.growthRatioLagging().toPlainString() + "/0";
            default:
                return t.trendOnTrack().toPlainString() + "/" + t.trendLagging().toPlainString() + "/0，近"
                        + t.trendWindowYears() + "年";
        }
    }
}
