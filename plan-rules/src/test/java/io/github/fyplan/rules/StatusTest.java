package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatusTest {
    @Test
    void gradesAreOrderedFromMovingAwayToAchieved() {
        List<Status> grades = List.of(Status.MOVING_AWAY, Status.OFF_TRACK, Status.LAGGING, Status.ON_TRACK, Status.ACHIEVED);
        for (int i = 1; i < grades.size(); i++) {
            assertTrue(grades.get(i).rank() > grades.get(i - 1).rank());
        }
        assertEquals(Status.ACHIEVED.rank(), Status.CONSTRAINT_MET.rank());
    }

    @Test
    void reasonsForNoGradeAreNotGradesAndNeedNoAttention() {
        Stream.of(Status.NEEDS_JUDGEMENT, Status.NO_TARGET, Status.NO_DATA, Status.NOT_ASSESSABLE).forEach(s -> {
            assertFalse(s.isGraded());
            assertFalse(s.needsAttention());
        });
        Stream.of(Status.LAGGING, Status.OFF_TRACK, Status.MOVING_AWAY, Status.NOT_ACHIEVED, Status.CONSTRAINT_BREACHED)
                .forEach(s -> assertTrue(s.needsAttention(), s::name));
        assertFalse(Status.ON_TRACK.needsAttention());
    }

    @Test
    void everyStatusHasBothLabels() {
        for (Status s : Status.values()) {
            assertFalse(s.english().isBlank());
            assertFalse(s.chinese().isBlank());
        }
        assertEquals("符合进度", Status.ON_TRACK.chinese());
    }

    @Test
    void explanationsPickTheirLanguageFromAnExplicitLocale() {
        Explanation e = new Explanation("on track", "符合进度");
        assertEquals("符合进度", e.text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("on track", e.text(Locale.ROOT));
    }

    @Test
    void thresholdDefaultsAreThePublishedOnes() {
        Thresholds t = Thresholds.defaults();
        assertEquals(new BigDecimal("0.95"), t.growthRatioOnTrack());
        assertEquals(new BigDecimal("0.60"), t.growthRatioLagging());
        assertEquals(new BigDecimal("1.00"), t.trendOnTrack());
        assertEquals(new BigDecimal("0.50"), t.trendLagging());
        assertEquals("0.95/0.60/0", t.describe(Method.GROWTH_RATIO));
        assertThrows(RuleUsageException.class, () -> t.withTrend(BigDecimal.ONE, BigDecimal.ONE, 0));
    }
}
