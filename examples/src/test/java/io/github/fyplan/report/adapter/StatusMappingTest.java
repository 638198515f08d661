package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.rules.Status;
import java.time.Year;
import org.junit.jupiter.api.Test;

class StatusMappingTest {
    private static final Year MID = Year.of(2023);
    private static final Year LAST = Year.of(2025);

    private static IndicatorStatus map(Status s, Attribute a, Year asOf) {
        return StatusMapping.toReport(s, a, asOf, LAST);
    }

    @Test
    void gradedStatusesKeepTheirOrder() {
        assertEquals(IndicatorStatus.ACHIEVED, map(Status.ACHIEVED, Attribute.EXPECTED, MID));
        assertEquals(IndicatorStatus.ON_TRACK, map(Status.ON_TRACK, Attribute.EXPECTED, MID));
        assertEquals(IndicatorStatus.MODERATE, map(Status.LAGGING, Attribute.EXPECTED, MID));
        assertEquals(IndicatorStatus.LAGGING, map(Status.OFF_TRACK, Attribute.EXPECTED, MID));
        assertEquals(IndicatorStatus.MOVING_AWAY, map(Status.MOVING_AWAY, Attribute.BINDING, MID));
    }

    @Test
    void missedTargetsAreBreachedOnlyForBindingIndicators() {
        assertEquals(IndicatorStatus.BREACHED, map(Status.CONSTRAINT_BREACHED, Attribute.BINDING, MID));
        assertEquals(IndicatorStatus.LAGGING, map(Status.CONSTRAINT_BREACHED, Attribute.EXPECTED, MID));
        assertEquals(IndicatorStatus.BREACHED, map(Status.NOT_ACHIEVED, Attribute.BINDING, LAST));
        assertEquals(IndicatorStatus.LAGGING, map(Status.NOT_ACHIEVED, Attribute.EXPECTED, LAST));
    }

    @Test
    void aConstraintMetIsOnTrackUntilTheLastYear() {
        assertEquals(IndicatorStatus.ON_TRACK, map(Status.CONSTRAINT_MET, Attribute.BINDING, MID));
        assertEquals(IndicatorStatus.ACHIEVED, map(Status.CONSTRAINT_MET, Attribute.BINDING, LAST));
    }

    @Test
    void ungradedStatusesAreNotAssessed() {
        assertEquals(IndicatorStatus.NEEDS_JUDGEMENT, map(Status.NEEDS_JUDGEMENT, Attribute.BINDING, MID));
        for (Status s : new Status[] {Status.NO_DATA, Status.NO_TARGET, Status.NOT_ASSESSABLE}) {
            assertEquals(IndicatorStatus.NO_DATA, map(s, Attribute.EXPECTED, MID), s.name());
        }
    }

    @Test
    void everyAttentionStatusIsAConcernOrModerate() {
        for (Status s : Status.values()) {
            for (Attribute a : Attribute.values()) {
                IndicatorStatus r = map(s, a, MID);
                assertEquals(s.needsAttention(), r.isConcern() || r == IndicatorStatus.MODERATE, s + " " + a);
            }
        }
    }
}
