package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.target.Target;
import java.util.List;

/**
 * What the built-in rule reads first of each indicator of a plan (its target, whether the target has
 * a number, its polarity), read for all of them in one pass before any is assessed. These reads do
 * not depend on one another, so the processor overlaps their cache misses; made inside the
 * assessments, each would wait for the one before. On the national corpus out of cache that is about
 * a tenth of the time of a plan's evaluation.
 */
public final class FirstReads {
    final Target[] targets;
    final boolean[] quantified;
    final Polarity[] polarity;

    private FirstReads(int n) {
        targets = new Target[n];
        quantified = new boolean[n];
        polarity = new Polarity[n];
    }

    /**
     * Reads the indicators.
     *
     * @param indicators a plan's indicators
     * @return their first reads, by position
     */
    public static FirstReads of(List<Indicator> indicators) {
        FirstReads r = new FirstReads(indicators.size());
        for (int k = 0; k < r.targets.length; k++) {
            Indicator i = indicators.get(k);
            Target t = i.target();
            r.targets[k] = t;
            r.quantified[k] = t.isQuantified();
            r.polarity[k] = i.direction().polarity();
        }
        return r;
    }
}
