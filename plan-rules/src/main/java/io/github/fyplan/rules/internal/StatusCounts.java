package io.github.fyplan.rules.internal;

import io.github.fyplan.rules.Status;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from status to a positive count, in status order: what {@code GroupSummary} and
 * {@code PlanEvaluation} hold. A plain array of counts rather than an {@code EnumMap} wrapped in an
 * unmodifiable view, and a map that is already one is not copied again. It is a {@link Map} like any
 * other: equal to (and with the hash code of) any map with the same entries.
 */
public final class StatusCounts extends AbstractMap<Status, Integer> {
    private static final Status[] STATUSES = Status.values();
    private static final Integer[] BOXED = new Integer[64];

    static {
        for (int i = 0; i < BOXED.length; i++) {
            BOXED[i] = i;
        }
    }

    /** The count of each status by ordinal; zero for a status not in the map. */
    private final int[] counts;
    private final int size;

    private StatusCounts(int[] counts) {
        this.counts = counts;
        int n = 0;
        for (int c : counts) {
            n += c > 0 ? 1 : 0;
        }
        this.size = n;
    }

    /**
     * The map of some counts: the statuses with a positive count, in status order.
     *
     * @param byOrdinal the count of each status by its ordinal; this array is kept, the caller must
     *                  not change it
     * @return the map
     */
    public static StatusCounts of(int[] byOrdinal) {
        if (byOrdinal.length != STATUSES.length) {
            throw new IllegalArgumentException("one count per status expected, got " + byOrdinal.length);
        }
        return new StatusCounts(byOrdinal);
    }

    /** One count of each status, shared: the map is immutable. */
    private static final StatusCounts[] ONE = new StatusCounts[STATUSES.length];

    static {
        for (Status s : STATUSES) {
            int[] counts = new int[STATUSES.length];
            counts[s.ordinal()] = 1;
            ONE[s.ordinal()] = new StatusCounts(counts);
        }
    }

    /**
     * The map {status: 1}, for a group of one indicator.
     *
     * @param status the status
     * @return the map, shared
     */
    public static StatusCounts one(Status status) {
        return ONE[status.ordinal()];
    }

    /**
     * An immutable copy of a map from status to count, in status order: the map itself when it is
     * already a {@code StatusCounts}.
     *
     * @param map the map
     * @return the copy
     * @throws NullPointerException if the map or a key is null
     */
    public static Map<Status, Integer> copyOf(Map<Status, Integer> map) {
        if (map instanceof StatusCounts s) {
            return s;
        }
        int[] counts = new int[STATUSES.length];
        boolean other = false;
        for (Map.Entry<Status, Integer> e : map.entrySet()) {
            Integer c = e.getValue();
            counts[Objects.requireNonNull(e.getKey(), "status").ordinal()] = c == null ? 0 : c;
            other |= c == null || c <= 0;
        }
        // Only positive counts fit the array form; any other map is copied as before, into an EnumMap.
        return other ? Collections.unmodifiableMap(new EnumMap<>(map)) : new StatusCounts(counts);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Status s && counts[s.ordinal()] > 0;
    }

    @Override
    public Integer get(Object key) {
        return key instanceof Status s && counts[s.ordinal()] > 0 ? box(counts[s.ordinal()]) : null;
    }

    private static Integer box(int c) {
        return c < BOXED.length ? BOXED[c] : Integer.valueOf(c);
    }

    @Override
    public Set<Map.Entry<Status, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<Status, Integer>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < counts.length && counts[i] <= 0) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < counts.length;
                    }

                    @Override
                    public Map.Entry<Status, Integer> next() {
                        if (next >= counts.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<Status, Integer> e = new SimpleImmutableEntry<>(STATUSES[next], box(counts[next]));
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
