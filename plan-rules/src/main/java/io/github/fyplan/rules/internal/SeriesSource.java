package io.github.fyplan.rules.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.TreeMap;

/**
 * Where the built-in rule gets a series' values: from the observations a rule is given, or from a
 * plan's {@link SeriesIndex} when a whole plan is evaluated.
 */
@FunctionalInterface
public interface SeriesSource {
    /**
     * The values of a series up to a year, one per year (the preferred observation of a year observed
     * more than once).
     *
     * @param seriesId the series, an indicator's id or a component's ({@code id#n})
     * @param asOf     the last year
     * @return a new map the caller may change
     */
    TreeMap<Year, BigDecimal> values(String seriesId, Year asOf);
}
