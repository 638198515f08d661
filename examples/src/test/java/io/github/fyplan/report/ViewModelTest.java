package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewModelTest {

    @Test
    void summaryCountsByCategoryInPlanOrderAndBindingFirst() {
        ReportSummary s = ReportFixtures.tianningReport(true).summary();
        assertEquals(10, s.total());
        assertEquals(List.of("经济强", "百姓富", "环境美"), s.byCategory().stream().map(GroupCount::key).toList());
        assertEquals(new GroupCount<>("经济强", 5, 4, 2, 2), s.byCategory().get(0));
        assertEquals(new GroupCount<>("百姓富", 2, 1, 1, 0), s.byCategory().get(1));
        assertEquals(new GroupCount<>("环境美", 3, 2, 0, 2), s.byCategory().get(2));
        assertEquals(List.of(new GroupCount<>(Attribute.BINDING, 4, 3, 1, 2),
                new GroupCount<>(Attribute.EXPECTED, 6, 4, 2, 2)), s.byAttribute());
        assertEquals(Map.of(IndicatorStatus.ACHIEVED, 1, IndicatorStatus.ON_TRACK, 1, IndicatorStatus.LAGGING, 1,
                IndicatorStatus.OFF_TRACK, 1, IndicatorStatus.MOVING_AWAY, 1, IndicatorStatus.CONSTRAINT_MET, 1,
                IndicatorStatus.CONSTRAINT_BREACHED, 1, IndicatorStatus.NEEDS_JUDGEMENT, 1, IndicatorStatus.NO_DATA, 2),
                s.byStatus());
        assertEquals(List.of(IndicatorStatus.values()).stream().filter(s.byStatus()::containsKey).toList(),
                new ArrayList<>(s.byStatus().keySet()));
    }

    @Test
    void summaryOfNoRowsIsEmptyButKeepsBothAttributes() {
        ReportSummary s = ReportSummary.of(List.of());
        assertEquals(0, s.total());
        assertTrue(s.byCategory().isEmpty());
        assertEquals(2, s.byAttribute().size());
        assertTrue(s.byStatus().isEmpty());
    }

    @Test
    void concernsAreTheStatusesNeedingAttentionBindingFirst() {
        List<IndicatorRow> concerns = ReportFixtures.tianningReport(true).concerns();
        assertEquals(List.of("TN-25", "TN-28", "TN-03", "TN-16"), concerns.stream().map(IndicatorRow::id).toList());
        Set<IndicatorStatus> concern = EnumSet.of(IndicatorStatus.LAGGING, IndicatorStatus.OFF_TRACK,
                IndicatorStatus.MOVING_AWAY, IndicatorStatus.NOT_ACHIEVED, IndicatorStatus.CONSTRAINT_BREACHED);
        Set<IndicatorStatus> favourable = EnumSet.of(IndicatorStatus.ACHIEVED, IndicatorStatus.ON_TRACK,
                IndicatorStatus.CONSTRAINT_MET);
        for (IndicatorStatus st : IndicatorStatus.values()) {
            assertEquals(concern.contains(st), st.isConcern(), st.name());
            assertEquals(favourable.contains(st), st.isFavourable(), st.name());
            assertEquals(concern.contains(st) || favourable.contains(st), st.isGraded(), st.name());
            assertFalse(st.isConcern() && st.isFavourable(), st.name());
            assertTrue(st.code().matches("[a-z]+(-[a-z]+)*"), st.code());
            assertEquals(st, IndicatorStatus.fromCode(st.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> IndicatorStatus.fromCode("LAGGING"));
        assertEquals("滞后", IndicatorStatus.LAGGING.label(java.util.Locale.ROOT));
        assertEquals("lagging", IndicatorStatus.LAGGING.label(java.util.Locale.ENGLISH));
        assertEquals("严重滞后", IndicatorStatus.OFF_TRACK.label(java.util.Locale.ROOT));
        assertEquals("off track", IndicatorStatus.OFF_TRACK.label(java.util.Locale.ENGLISH));
    }

    @Test
    void rowsCopyTheirListsAndKnowWhetherTheyHaveData() {
        List<SeriesPoint> series = new ArrayList<>(List.of(SeriesPoint.of(2021, "14.6")));
        IndicatorRow r = ReportFixtures.row(1, "经济强", "人均地区生产总值", "万元/人", Attribute.EXPECTED, "17", null,
                null, IndicatorStatus.ON_TRACK, "", "", series, List.of());
        series.clear();
        assertTrue(r.hasData());
        assertEquals(1, r.series().size());
        assertThrows(UnsupportedOperationException.class, () -> r.series().add(SeriesPoint.of(2022, "1")));
        assertTrue(r.baselineIfKnown().isEmpty());
        assertEquals(new BigDecimal("14.6"), r.latestIfAny().orElseThrow().value());
    }

    @Test
    void rowsKeepTheirSeriesInYearOrder() {
        IndicatorRow r = ReportFixtures.row(28, "环境美", "PM2.5浓度", "微克/立方米", Attribute.BINDING, "35", null,
                null, IndicatorStatus.LAGGING, "", "",
                List.of(SeriesPoint.of(2023, "37.1"), SeriesPoint.of(2021, "35.2"), SeriesPoint.of(2022, "36.8")),
                List.of(SeriesPoint.of(2025, "35"), SeriesPoint.of(2020, "36.5")));
        assertEquals(List.of(2021, 2022, 2023), r.series().stream().map(SeriesPoint::year).toList());
        assertEquals(List.of(2020, 2025), r.targetPath().stream().map(SeriesPoint::year).toList());
    }

    @Test
    void inconsistentCountsAndEmptyComparisonRowsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GroupCount<>("经济强", 2, 3, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GroupCount<>("经济强", 2, 2, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ComparisonRow("PM2.5浓度", null, null));
        assertThrows(IllegalArgumentException.class, () -> new OutlineEntry(0, "第一章", "总论"));
        assertThrows(NullPointerException.class, () -> new SeriesPoint(2021, null));
    }

    @Test
    void seriesPointsKeepTheWrittenScale() {
        assertEquals("26.43", SeriesPoint.of(2020, "26.43").value().toPlainString());
        assertFalse(SeriesPoint.of(2020, "1.0").equals(SeriesPoint.of(2020, "1.00")));
    }
}
