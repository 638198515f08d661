package io.github.fyplan.rules.internal;

/**
 * The slots of each series of one plan's data, by series id: an open-addressing table with linear
 * probing. A plan has a few dozen series whose ids keep their hashes cached, so a probe or two finds
 * one; unlike a {@code HashMap} it allocates no node per series, and the index builds one per
 * evaluation. Not thread-safe while filled; read-only afterwards.
 */
final class SeriesTable {
    private String[] keys;
    private int[] hashes;
    private YearSlots[] values;
    private int size;

    /** A table sized for about {@code expected} series without growing. */
    SeriesTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1; // a power of two ≥ 2 × expected
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new YearSlots[capacity];
    }

    /** The number of series. */
    int size() {
        return size;
    }

    /** The slots of a series, or null. */
    YearSlots get(String id) {
        int h = id.hashCode();
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && (keys[i] == id || keys[i].equals(id))) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * Adds a series unless it is there.
     *
     * @param id    the series id
     * @param hash  {@code id.hashCode()}
     * @param slots its slots
     * @return the slots already there, or null when added
     */
    YearSlots putIfAbsent(String id, int hash, YearSlots slots) {
        int mask = keys.length - 1;
        int i = spread(hash) & mask;
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && (keys[i] == id || keys[i].equals(id))) {
                return values[i];
            }
        }
        keys[i] = id;
        hashes[i] = hash;
        values[i] = slots;
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    /** Doubles the capacity: the table stays at most half full, so probes stay short. */
    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        YearSlots[] oldValues = values;
        int capacity = oldKeys.length * 2;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new YearSlots[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** The hash's high bits folded into its low ones, as {@code HashMap} does: ids often differ only at the end. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
