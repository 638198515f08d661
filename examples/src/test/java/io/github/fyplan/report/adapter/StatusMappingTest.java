package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.rules.Status;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusMappingTest {

    @Test
    void everyEngineStatusIsShownUnderItsOwnName() {
        Set<IndicatorStatus> seen = EnumSet.noneOf(IndicatorStatus.class);
        for (Status s : Status.values()) {
            IndicatorStatus r = StatusMapping.toReport(s);
            assertEquals(s.name(), r.name(), s.name());
            seen.add(r);
        }
        // One to one: no two engine statuses share a report status, and none is left over.
        assertEquals(EnumSet.allOf(IndicatorStatus.class), seen);
        assertEquals(Status.values().length, IndicatorStatus.values().length);
    }

    @Test
    void theLabelsAreTheEngines() {
        for (Status s : Status.values()) {
            IndicatorStatus r = StatusMapping.toReport(s);
            assertEquals(s.chinese(), r.label(Locale.SIMPLIFIED_CHINESE), s.name());
            assertEquals(s.english(), r.label(Locale.ENGLISH), s.name());
        }
        assertEquals("滞后", StatusMapping.toReport(Status.LAGGING).label(Locale.ROOT));
        assertEquals("严重滞后", StatusMapping.toReport(Status.OFF_TRACK).label(Locale.ROOT));
    }

    @Test
    void theGroupingsFollowTheEngine() {
        for (Status s : Status.values()) {
            IndicatorStatus r = StatusMapping.toReport(s);
            assertEquals(s.needsAttention(), r.isConcern(), s.name());
            assertEquals(s.isGraded(), r.isGraded(), s.name());
            // Favourable: achieved, on track, constraint met (rank 4 and 5).
            assertEquals(s.rank() >= 4, r.isFavourable(), s.name());
        }
    }

    @Test
    void refusesNull() {
        assertThrows(NullPointerException.class, () -> StatusMapping.toReport(null));
    }
}
