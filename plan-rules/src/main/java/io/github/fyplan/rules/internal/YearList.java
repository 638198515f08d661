package io.github.fyplan.rules.internal;

import java.time.Year;
import java.util.Arrays;
import java.util.List;

/**
 * Years collected one by one and handed out as an immutable list. The records that hold such lists
 * ({@code Assessment}, {@code CumulativeTotal}) copy any list that is not already immutable, so an
 * {@code ArrayList} would be built and then copied twice (to an array and into the list); here the
 * array is allocated on the first year only (most lists of breached or missing years stay empty) and
 * becomes the list's own. Not thread-safe; used within one method.
 */
public final class YearList {
    /** The size of the array allocated on the first year. */
    private final int capacity;
    private Year[] years;
    private int size;

    /**
     * An empty list.
     *
     * @param capacity how many years it may get, at least 1 (it grows beyond if needed)
     */
    public YearList(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /**
     * Adds a year.
     *
     * @param year the year
     */
    public void add(Year year) {
        if (years == null) {
            years = new Year[capacity];
        } else if (size == years.length) {
            years = Arrays.copyOf(years, size * 2);
        }
        years[size++] = year;
    }

    /**
     * Whether no year was added.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The years added, in order, as an immutable list; the list does not change when more are added.
     *
     * @return the list
     */
    public List<Year> toList() {
        switch (size) {
            case 0:
                return List.of();
            case 1:
                return List.of(years[0]);
            case 2:
                return List.of(years[0], years[1]);
            default:
                return List.of(size == years.length ? years : Arrays.copyOf(years, size));
        }
    }
}
