package io.github.fyplan.model.monitoring;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * One value of an indicator or series in one year.
 *
 * @param seriesId the indicator's or series' id
 * @param year     the year the value belongs to
 * @param value    the value exactly as published, in the indicator's unit
 * @param status   preliminary, final or revised
 * @param source   where it was published, such as {@code 2021年统计公报}; may be empty
 * @param note     a remark, may be empty
 */
public record Observation(
        @NotBlank String seriesId,
        Year year,
        BigDecimal value,
        ObservationStatus status,
        String source,
        String note) {

    /** Checks that no component is null. */
    public Observation {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A final observation without source or note.
     *
     * @param seriesId the id
     * @param year     the year
     * @param value    the value as text, such as {@code "36.5"}
     * @return the observation
     */
    public static Observation of(String seriesId, int year, String value) {
        return new Observation(seriesId, Year.of(year), new BigDecimal(value), ObservationStatus.FINAL, "", "");
    }
}
