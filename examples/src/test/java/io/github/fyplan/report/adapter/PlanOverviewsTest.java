package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Plan;
import io.github.fyplan.report.OutlineEntry;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.SeriesPoint;
import org.junit.jupiter.api.Test;

class PlanOverviewsTest {

    @Test
    void tianningHasChaptersAtTheTopAndEveryIndicatorAndBox() {
        Plan plan = Seeds.TIANNING.plan();
        PlanOverview o = PlanOverviews.of(plan);
        assertEquals("天宁区", o.plan().regionName());
        assertEquals(plan.divisions().count(), o.outline().size());
        assertEquals(11, o.outline().stream().filter(e -> e.level() == 1).count(), "11 chapters, no parts");
        assertEquals(41, o.indicators().size());
        assertEquals(SeriesPoint.of(2020, "26.43"), o.indicators().get(15).baseline(), "TN-16");
        assertEquals(10, o.boxes().size());
        assertEquals("专栏1", o.boxes().get(0).label());
        assertEquals(plan.boxes().get(0).itemCount(), o.boxes().get(0).projects());
        assertEquals(plan.boxes().get(0).groups().size(), o.boxes().get(0).groups());
    }

    @Test
    void wujinHasPartsAboveChapters() {
        Plan plan = Seeds.WUJIN.plan();
        PlanOverview o = PlanOverviews.of(plan);
        long parts = plan.divisions(DivisionLevel.PART).size();
        assertTrue(parts > 0);
        assertEquals(parts, o.outline().stream().filter(e -> e.level() == 1).count());
        OutlineEntry first = o.outline().get(0);
        assertEquals("第一篇", first.label());
        assertEquals(2, o.outline().get(1).level(), "a chapter under the first part");
        assertEquals(37, o.indicators().size());
    }
}
