package io.github.fyplan.rules.internal;

import io.github.fyplan.model.monitoring.Observation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/**
 * A plan's observations grouped by series in one pass, so that each indicator (and each data-quality
 * check) finds its values without scanning every observation of the plan again. For a year observed
 * more than once it keeps the {@link Series#PREFERENCE preferred} observation, as {@link Series#of} does,
 * and the position of the first one in the data.
 */
public final class SeriesIndex implements SeriesSource {
    private final SeriesTable bySeries;
    private final boolean repeats;

    private SeriesIndex(SeriesTable bySeries, boolean repeats) {
        this.bySeries = bySeries;
        this.repeats = repeats;
    }

    /** Whether some series has a year observed more than once. */
    boolean hasRepeatedYear() {
        return repeats;
    }

    /** The number of series observed. */
    int seriesCount() {
        return bySeries.size();
    }

    /**
     * Groups observations by series.
     *
     * @param observations the observations, in the data's order
     * @return the index
     */
    public static SeriesIndex of(List<Observation> observations) {
        SeriesIndex runs = ofRuns(observations);
        return runs != null ? runs : ofSlots(observations);
    }

    /**
     * The index of data that lists each series once, as one run of strictly increasing years (as data
     * files and the generators do): every series a view of two arrays shared by the whole index, with
     * no copy per series. Null for any other data.
     */
    private static SeriesIndex ofRuns(List<Observation> observations) {
        int n = observations.size();
        Year[] years = new Year[n];
        BigDecimal[] values = new BigDecimal[n];
        String[] ids = new String[n];
        int[] hashes = new int[n];
        int[] yearValues = new int[n];
        // First the observations' parts are copied into arrays, with no branch on what is read: reads of
        // different observations do not wait for one another, so the processor overlaps their cache
        // misses. Finding the runs branches on ids and years, and would otherwise wait for each in turn.
        for (int k = 0; k < n; k++) {
            Observation o = observations.get(k);
            String id = o.seriesId();
            Year y = o.year();
            ids[k] = id;
            hashes[k] = id.hashCode();
            years[k] = y;
            yearValues[k] = y.getValue();
            values[k] = o.value();
        }
        SeriesTable by = new SeriesTable(n / 4); // about six years a series: no growing
        int k = 0;
        while (k < n) {
            String id = ids[k];
            int hash = hashes[k];
            int start = k++;
            while (k < n && sameId(ids[k], hashes[k], id, hash) && yearValues[k] > yearValues[k - 1]) {
                k++;
            }
            if (by.putIfAbsent(id, hash, new YearSlots(years, values, start, k - start, by.size())) != null) {
                return null; // a series listed twice, or a year out of order or repeated
            }
        }
        return new SeriesIndex(by, false);
    }

    /**
     * Whether an id equals another, given both hashes (cached in each string, and needed for the map
     * anyway). Ids differ at the end of every run, and their hashes tell most apart without reading
     * the characters of both.
     */
    private static boolean sameId(String id, int hash, String other, int otherHash) {
        return id == other || hash == otherHash && id.equals(other);
    }

    /** The index of any data: slots of their own per series, kept in year order as observations come. */
    private static SeriesIndex ofSlots(List<Observation> observations) {
        SeriesTable by = new SeriesTable(observations.size() / 4);
        String lastId = null;
        YearSlots last = null;
        boolean repeats = false;
        for (int k = 0, n = observations.size(); k < n; k++) {
            Observation o = observations.get(k);
            // Data files list a series' years together: reuse the previous slots without a hash look-up.
            if (!o.seriesId().equals(lastId)) {
                lastId = o.seriesId();
                last = by.get(lastId);
                if (last == null) {
                    last = new YearSlots(by.size());
                    by.putIfAbsent(lastId, lastId.hashCode(), last);
                }
            }
            repeats |= last.add(o, k);
        }
        return new SeriesIndex(by, repeats);
    }

    /**
     * The years of a series, or null when it has no observation.
     *
     * @param seriesId the series
     * @return its slots, read-only
     */
    YearSlots slots(String seriesId) {
        return bySeries.get(seriesId);
    }

    /**
     * The values of a series up to a year, like {@link Series#of} on all the observations.
     *
     * @param seriesId the series
     * @param asOf     the last year
     * @return the values, read-only
     */
    @Override
    public Values values(String seriesId, Year asOf) {
        YearSlots s = bySeries.get(seriesId);
        return s == null ? Values.EMPTY : s.upTo(asOf.getValue());
    }
}
