package io.github.fyplan.report.adapter;

import io.github.fyplan.model.Division;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.report.BoxSummary;
import io.github.fyplan.report.OutlineEntry;
import io.github.fyplan.report.OverviewIndicator;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.SeriesPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a plan into a {@link PlanOverview}: the headings of its body (parts and chapters at level 1
 * and 2 when the plan has parts, chapters at level 1 otherwise, then sections, items and sub-items
 * one level deeper each), its indicator table with baselines, and its boxes with their group and
 * project counts. Stateless and thread-safe.
 */
public final class PlanOverviews {
    private PlanOverviews() {
    }

    /**
     * Builds the overview.
     *
     * @param plan the plan
     * @return the overview
     */
    public static PlanOverview of(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Division> all = plan.divisions().toList();
        int minLevel = all.stream().mapToInt(d -> d.level().ordinal()).min().orElse(0);
        List<OutlineEntry> outline = new ArrayList<>();
        for (Division d : all) {
            outline.add(new OutlineEntry(d.level().ordinal() - minLevel + 1, d.label(), d.heading()));
        }
        List<OverviewIndicator> indicators = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            SeriesPoint baseline = i.baseline() == null ? null
                    : new SeriesPoint(i.baseline().year().getValue(), i.baseline().value());
            indicators.add(new OverviewIndicator(i.number(), i.id(), i.category(), i.name(), i.unit(), i.attribute(),
                    i.targetWording(), baseline));
        }
        List<BoxSummary> boxes = new ArrayList<>();
        for (KeyProjectBox b : plan.boxes()) {
            boxes.add(new BoxSummary("专栏" + b.number(), b.title(), b.groups().size(), b.itemCount()));
        }
        return new PlanOverview(EvaluationReports.header(plan), outline, indicators, boxes);
    }
}
