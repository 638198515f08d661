package io.github.fyplan.rules.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

/**
 * One series' values, one per year in increasing year order: what the built-in rule assesses. A
 * series has a handful of years, so the values are two plain arrays searched linearly, not a sorted
 * map; the arrays may be shared (a prefix of a {@link YearSlots}' years), never changed. Immutable.
 */
final class Values {
    /** No value at all. */
    static final Values EMPTY = new Values(new Year[0], new BigDecimal[0], 0);

    private final Year[] years;
    private final BigDecimal[] values;
    private final int from;
    private final int size;

    /** The first {@code size} entries of two arrays the caller no longer changes, years increasing. */
    Values(Year[] years, BigDecimal[] values, int size) {
        this(years, values, 0, size);
    }

    /** The {@code size} entries from {@code from} of two arrays the caller no longer changes, years increasing. */
    Values(Year[] years, BigDecimal[] values, int from, int size) {
        this.years = years;
        this.values = values;
        this.from = from;
        this.size = size;
    }

    /** The entries of a sorted map. */
    static Values of(SortedMap<Year, BigDecimal> map) {
        Year[] ys = new Year[map.size()];
        BigDecimal[] vs = new BigDecimal[ys.length];
        int i = 0;
        for (Map.Entry<Year, BigDecimal> e : map.entrySet()) {
            ys[i] = e.getKey();
            vs[i++] = e.getValue();
        }
        return new Values(ys, vs, ys.length);
    }

    /**
     * The values of {@code own}, and those of {@code over} up to a year in their place: a series whose
     * own observations a formula's values take precedence over, year by year.
     */
    static Values merge(Values own, Values over, Year upTo) {
        int m = over.floor(upTo) + 1;
        if (m == 0) {
            return own;
        }
        Year[] ys = new Year[own.size + m];
        BigDecimal[] vs = new BigDecimal[ys.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < own.size || j < m) {
            int c = i == own.size ? 1 : j == m ? -1
                    : Integer.compare(own.year(i).getValue(), over.year(j).getValue());
            if (c < 0) {
                ys[n] = own.year(i);
                vs[n++] = own.value(i++);
            } else {
                if (c == 0) {
                    i++;
                }
                ys[n] = over.year(j);
                vs[n++] = over.value(j++);
            }
        }
        return new Values(ys, vs, n);
    }

    /** The number of years with a value. */
    int size() {
        return size;
    }

    /** The year of entry {@code i}. */
    Year year(int i) {
        return years[from + i];
    }

    /** The value of entry {@code i}. */
    BigDecimal value(int i) {
        return values[from + i];
    }

    /** The entry of a year, or −1. */
    int indexOf(Year year) {
        int y = year.getValue();
        for (int i = size - 1; i >= 0; i--) {
            int x = years[from + i].getValue();
            if (x == y) {
                return i;
            }
            if (x < y) {
                return -1;
            }
        }
        return -1;
    }

    /** The value of a year, or null. */
    BigDecimal get(Year year) {
        int i = indexOf(year);
        return i < 0 ? null : values[from + i];
    }

    /** The last entry whose year is not after {@code year}, or −1. */
    int floor(Year year) {
        int y = year.getValue();
        int i = size - 1;
        while (i >= 0 && years[from + i].getValue() > y) {
            i--;
        }
        return i;
    }

    /** The first entry whose year is not before {@code year}, or −1. */
    int ceiling(Year year) {
        int y = year.getValue();
        for (int i = 0; i < size; i++) {
            if (years[from + i].getValue() >= y) {
                return i;
            }
        }
        return -1;
    }

    /** A read-only map view, for the public metrics that take a map. */
    Map<Year, BigDecimal> asMap() {
        return new AbstractMap<>() {
            @Override
            public BigDecimal get(Object key) {
                return key instanceof Year y ? Values.this.get(y) : null;
            }

            @Override
            public boolean containsKey(Object key) {
                return key instanceof Year y && indexOf(y) >= 0;
            }

            @Override
            public Set<Map.Entry<Year, BigDecimal>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Map.Entry<Year, BigDecimal>> iterator() {
                        return new Iterator<>() {
                            private int i;

                            @Override
                            public boolean hasNext() {
                                return i < size;
                            }

                            @Override
                            public Map.Entry<Year, BigDecimal> next() {
                                if (i >= size) {
                                    throw new NoSuchElementException();
                                }
                                Map.Entry<Year, BigDecimal> e = Map.entry(years[from + i], values[from + i]);
                                i++;
                                return e;
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return size;
                    }
                };
            }
        };
    }
}
