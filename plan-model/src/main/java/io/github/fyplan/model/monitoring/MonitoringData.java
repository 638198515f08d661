package io.github.fyplan.model.monitoring;

import io.github.fyplan.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The monitoring data of one plan: observations and judgements.
 *
 * @param planId       the plan the data belongs to
 * @param observations the observations, in any order
 * @param judgements   the recorded judgements, in any order
 */
public record MonitoringData(
        @NotBlank String planId,
        List<@Valid Observation> observations,
        List<@Valid Judgement> judgements) {

    /** Checks that no component is null and copies the lists. */
    public MonitoringData {
        Objects.requireNonNull(planId, "planId");
        observations = Checks.list(observations, "observations");
        judgements = Checks.list(judgements, "judgements");
    }

    /**
     * The observations of one series, ordered by year.
     *
     * @param seriesId the indicator's or series' id
     * @return its observations, oldest first
     */
    public List<Observation> series(String seriesId) {
        return observations.stream().filter(o -> o.seriesId().equals(seriesId))
                .sorted(Comparator.comparing(Observation::year)).toList();
    }

    /**
     * The observations up to and including a year, as known at the end of that year.
     *
     * @param asOf the year
     * @return the observations of that year and before
     */
    public MonitoringData asOf(Year asOf) {
        return new MonitoringData(planId,
                observations.stream().filter(o -> !o.year().isAfter(asOf)).toList(),
                judgements.stream().filter(j -> !j.year().isAfter(asOf)).toList());
    }

}
