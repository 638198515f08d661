package io.github.fyplan.rules.internal;

import io.github.fyplan.model.monitoring.Observation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;

/**
 * One series' observations, one slot per year in year order: the preferred observation of the year
 * and where the year was first observed. Series are short (a plan's years), so slots are plain arrays
 * searched linearly; mutable only while {@link SeriesIndex} builds it.
 */
final class YearSlots {
    private Observation[] chosen = new Observation[8];
    // The year and value of each chosen observation, kept alongside so that Values can share them.
    private Year[] yearOf = new Year[8];
    private BigDecimal[] valueOf = new BigDecimal[8];
    private int[] firstIndex = new int[8];
    private int size;

    /** Adds the observation at position {@code k} of the data; returns whether its year was already observed. */
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

    /** The number of years observed. */
    int size() {
        return size;
    }

    /** The number of years observed up to a year: the slots {@code 0 .. countUpTo(y) - 1}. */
    int countUpTo(int year) {
        int n = size;
        while (n > 0 && yearOf[n - 1].getValue() > year) {
            n--;
        }
        return n;
    }

    /** The year of a slot. */
    int year(int slot) {
        return yearOf[slot].getValue();
    }

    /** The preferred value of a slot. */
    BigDecimal value(int slot) {
        return chosen[slot].value();
    }

    /** The slot of a year, or −1. */
    int slotOf(int year) {
        for (int i = size - 1; i >= 0; i--) {
            if (yearOf[i].getValue() == year) {
                return i;
            }
        }
        return -1;
    }

    /** Where the data first observed the year of a slot. */
    int firstIndex(int slot) {
        return firstIndex[slot];
    }

    /**
     * The values of the years up to {@code year}, sharing this series' arrays: call only once the
     * index is built (the arrays no longer change).
     */
    Values upTo(int year) {
        int n = countUpTo(year);
        return n == 0 ? Values.EMPTY : new Values(yearOf, valueOf, n);
    }
}
