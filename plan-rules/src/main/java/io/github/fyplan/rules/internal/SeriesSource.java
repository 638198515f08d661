package io.github.fyplan.rules.internal;

import java.time.Year;

/**
 * Where the built-in rule gets a series' values: from the observations a rule is given, or from a
 * plan's {@link SeriesIndex} when a whole plan is evaluated.
 */
@FunctionalInterface
interface SeriesSource {
    /**
     * The values of a series up to a year, one per year (the preferred observation of a year observed
     * more than once).
     *
     * @param seriesId the series, an indicator's id or a component's ({@code id#n})
     * @param asOf     the last year
     * @return the values, read-only
     */
    Values values(String seriesId, Year asOf);
}
