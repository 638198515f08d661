package io.github.fyplan.rules.internal;

import io.github.fyplan.model.monitoring.Observation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;

/**
 * One series' observations, one slot per year in year order: the preferred observation's year and
 * value, and where the year was first observed. Series are short (a plan's years), so slots are plain
 * arrays searched linearly. Either a view of a run of the data that observes each year once, in
 * increasing order (slot i is data position {@code from + i}; the arrays are shared by the whole
 * index), or slots of its own, filled by {@link #add}; mutable only while {@link SeriesIndex} builds it.
 */
final class YearSlots {
    // The year and value of each slot's preferred observation, shared with Values.
    private Year[] yearOf;
    private BigDecimal[] valueOf;
    // Own slots only (null for a view): the preferred observation, and where its year was first observed.
    private Observation[] chosen;
    private int[] firstIndex;
    private final int from;
    private int size;
    private final int ordinal;

    /** Empty slots of its own, to {@link #add} observations to; the index's {@code ordinal}-th series. */
    YearSlots(int ordinal) {
        this.ordinal = ordinal;
        yearOf = new Year[8];
        valueOf = new BigDecimal[8];
        chosen = new Observation[8];
        firstIndex = new int[8];
        from = 0;
    }

    /**
     * A view of data positions {@code from .. from + size - 1}: one observation a year, years increasing;
     * the index's {@code ordinal}-th series.
     */
    YearSlots(Year[] years, BigDecimal[] values, int from, int size, int ordinal) {
        this.ordinal = ordinal;
        this.yearOf = years;
        this.valueOf = values;
        this.from = from;
        this.size = size;
    }

    /**
     * Adds the observation at position {@code k} of the data to slots of its own; returns whether its
     * year was already observed.
     */
    boolean add(Observation o, int k) {
        int y = o.year().getValue();
        int i = size;
        // Years mostly arrive in order, so the search from the end usually stops at once.
        while (i > 0 && yearOf[i - 1].getValue() > y) {
            i--;
        }
        if (i > 0 && yearOf[i - 1].getValue() == y) {
            if (Series.PREFERENCE.compare(o, chosen[i - 1]) > 0) {
                chosen[i - 1] = o;
                valueOf[i - 1] = o.value();
            }
            return true;
        }
        if (size == chosen.length) {
            chosen = Arrays.copyOf(chosen, size * 2);
            firstIndex = Arrays.copyOf(firstIndex, size * 2);
            yearOf = Arrays.copyOf(yearOf, size * 2);
            valueOf = Arrays.copyOf(valueOf, size * 2);
        }
        System.arraycopy(chosen, i, chosen, i + 1, size - i);
        System.arraycopy(firstIndex, i, firstIndex, i + 1, size - i);
        System.arraycopy(yearOf, i, yearOf, i + 1, size - i);
        System.arraycopy(valueOf, i, valueOf, i + 1, size - i);
        yearOf[i] = o.year();
        valueOf[i] = o.value();
        chosen[i] = o;
        firstIndex[i] = k;
        size++;
        return false;
    }

    /**
     * The position of this series among its index's series, in the order they were first observed:
     * 0 to {@link SeriesIndex#seriesCount()} − 1, so that a check can mark the series it has seen in an
     * array rather than a set.
     */
    int ordinal() {
        return ordinal;
    }

    /** The number of years observed. */
    int size() {
        return size;
    }

    /** The number of years observed up to a year: the slots {@code 0 .. countUpTo(y) - 1}. */
    int countUpTo(int year) {
        int n = size;
        while (n > 0 && yearOf[from + n - 1].getValue() > year) {
            n--;
        }
        return n;
    }

    /** The year of a slot. */
    int year(int slot) {
        return yearOf[from + slot].getValue();
    }

    /** The preferred value of a slot. */
    BigDecimal value(int slot) {
        return valueOf[from + slot];
    }

    /** The slot of a year, or −1. */
    int slotOf(int year) {
        for (int i = size - 1; i >= 0; i--) {
            if (yearOf[from + i].getValue() == year) {
                return i;
            }
        }
        return -1;
    }

    /** Where the data first observed the year of a slot. */
    int firstIndex(int slot) {
        return firstIndex == null ? from + slot : firstIndex[slot];
    }

    /**
     * The values of the years up to {@code year}, sharing this series' arrays: call only once the
     * index is built (the arrays no longer change).
     */
    Values upTo(int year) {
        int n = countUpTo(year);
        return n == 0 ? Values.EMPTY : new Values(yearOf, valueOf, from, n);
    }
}
