package io.github.fyplan.rules;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * An office's decision to show another status than the computed one for an indicator and year, with
 * its reason and author. The assessment keeps both statuses.
 *
 * @param indicatorId the indicator
 * @param year        the evaluation year it applies to; an override of 2022 does not apply to 2023
 * @param status      the status to show
 * @param reason      why, such as the statistics bureau's revised figure
 * @param author      who decided, such as {@code 区发改局}
 * @param recordedOn  when
 */
public record StatusOverride(String indicatorId, Year year, Status status, String reason, String author,
        LocalDate recordedOn) {
    /** Checks that no component is null and that reason and author are not blank. */
    public StatusOverride {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedOn, "recordedOn");
        if (reason.isBlank() || author.isBlank()) {
            throw new RuleUsageException("override of " + indicatorId + " for " + year
                    + " needs a reason and an author, was reason '" + reason + "', author '" + author + "'");
        }
    }
}
