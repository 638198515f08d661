package io.github.fyplan.rules;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.target.CompositeTarget;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: the series a plan's monitoring data may observe. */
public final class PlanSeriesIds {
    private PlanSeriesIds() {
    }

    /**
     * Each indicator's id and its composite components' ({@code id#0}, {@code id#1} …), then the
     * plan's own series, in the plan's order.
     *
     * @param plan the plan
     * @return the ids, repeated where the plan repeats them
     */
    public static List<String> of(Plan plan) {
        List<String> ids = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            ids.add(i.id());
            if (i.target() instanceof CompositeTarget ct) {
                for (int n = 0; n < ct.components().size(); n++) {
                    ids.add(CompositeTarget.componentSeriesId(i.id(), n));
                }
            }
        }
        plan.series().forEach(s -> ids.add(s.id()));
        return ids;
    }
}
