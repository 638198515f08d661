package io.github.fyplan.rules.internal;

import io.github.fyplan.model.monitoring.Observation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** One series' values by year, one per year, independent of the order observations come in. */
final class Series {
    /**
     * Revised over final over preliminary (the enum's order); then the larger value, the larger scale,
     * source, note: a total order on distinct observations, so the choice never depends on input order.
     */
    static final Comparator<Observation> PREFERENCE = Comparator
            .comparing((Observation o) -> o.status().ordinal())
            .thenComparing(Observation::value)
            .thenComparingInt(o -> o.value().scale())
            .thenComparing(Observation::source)
            .thenComparing(Observation::note);

    private Series() {
    }

    /**
     * The values of one series up to a year: for a year observed more than once, the preferred
     * observation.
     */
    static TreeMap<Year, BigDecimal> of(Collection<Observation> observations, String seriesId, Year asOf) {
        Map<Year, Observation> chosen = new HashMap<>();
        for (Observation o : observations) {
            if (o.seriesId().equals(seriesId) && !o.year().isAfter(asOf)) {
                chosen.merge(o.year(), o, (a, b) -> PREFERENCE.compare(a, b) >= 0 ? a : b);
            }
        }
        TreeMap<Year, BigDecimal> out = new TreeMap<>();
        chosen.forEach((y, o) -> out.put(y, o.value()));
        return out;
    }
}
