package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fyplan.rules.internal.StatusCounts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counts by status that summaries hold behave as the EnumMap copies they replace. */
class StatusCountsProperties {
    private static final int N = Status.values().length;

    @Test
    void countsAreAMapEqualToTheEnumMapOfThePositiveCounts() {
        qt().forAll(lists().of(integers().between(0, 300)).ofSize(N)).checkAssert(list -> {
            int[] counts = list.stream().mapToInt(Integer::intValue).toArray();
            Map<Status, Integer> expected = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                if (counts[s.ordinal()] > 0) {
                    expected.put(s, counts[s.ordinal()]);
                }
            }
            Map<Status, Integer> actual = StatusCounts.of(counts.clone());
            assertEquals(expected, actual);
            assertEquals(actual, expected);
            assertEquals(expected.hashCode(), actual.hashCode());
            assertEquals(expected.toString(), actual.toString());
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), "status order");
            for (Status s : Status.values()) {
                assertEquals(expected.get(s), actual.get(s));
                assertEquals(expected.containsKey(s), actual.containsKey(s));
            }
            assertSame(actual, StatusCounts.copyOf(actual), "an immutable map is not copied again");
            assertEquals(expected, StatusCounts.copyOf(expected));
            assertEquals(expected, new GroupSummary("k", List.of(), expected).counts());
        });
    }

    @Test
    void theSharedCountOfOneIndicatorIsThatStatusOnce() {
        for (Status s : Status.values()) {
            assertEquals(Map.of(s, 1), StatusCounts.one(s));
            assertSame(StatusCounts.one(s), StatusCounts.one(s));
        }
    }

    @Test
    void countsCannotBeChanged() {
        int[] counts = new int[N];
        counts[Status.ON_TRACK.ordinal()] = 3;
        Map<Status, Integer> m = new GroupSummary("k", List.of("A", "B", "C"), StatusCounts.of(counts)).counts();
        assertThrows(UnsupportedOperationException.class, () -> m.put(Status.LAGGING, 1));
        assertThrows(UnsupportedOperationException.class, () -> m.remove(Status.ON_TRACK));
        assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().remove());
        assertEquals(3, m.get(Status.ON_TRACK));
    }

    @Test
    void aSummaryCopiesAMapWithZeroOrNullCountsAsBefore() {
        Map<Status, Integer> odd = new EnumMap<>(Status.class);
        odd.put(Status.LAGGING, 0);
        odd.put(Status.ON_TRACK, null);
        Map<Status, Integer> copy = new GroupSummary("k", List.of(), odd).counts();
        assertEquals(odd, copy);
        assertEquals(2, copy.size());
        assertThrows(UnsupportedOperationException.class, () -> copy.put(Status.LAGGING, 1));
        assertThrows(IllegalArgumentException.class, () -> StatusCounts.of(new int[N + 1]));
    }
}
