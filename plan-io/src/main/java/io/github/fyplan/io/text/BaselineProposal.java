package io.github.fyplan.io.text;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

/**
 * A base-year value for an indicator, found in the prose: a proposal for a reviewer, never applied
 * to the plan by the importer.
 *
 * @param indicatorId the indicator it is proposed for, such as {@code TN-28}
 * @param year        the year the value is taken to be for (the plan's base year)
 * @param value       the value exactly as written, such as {@code 36.5}
 * @param unit        the unit written after it, such as {@code 微克/立方米}
 * @param sentence    the sentence it came from
 * @param lineNumber  the line of that sentence, counting from 1
 */
public record BaselineProposal(
        String indicatorId,
        Year year,
        BigDecimal value,
        String unit,
        String sentence,
        int lineNumber) {

    /** Checks that no component is null. */
    public BaselineProposal {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sentence, "sentence");
    }
}
