package io.github.fyplan.model.monitoring;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * A recorded judgement that a qualitative target (达到省、市要求, 全省第一方阵) is met or not in a year.
 *
 * @param indicatorId the indicator judged
 * @param year        the year judged
 * @param outcome     met or not met
 * @param judgedBy    who judged, such as {@code 区发改局}
 * @param judgedOn    when
 * @param evidence    the evidence, such as the higher authority's notice
 */
public record Judgement(
        @NotBlank String indicatorId,
        Year year,
        JudgementOutcome outcome,
        @NotBlank String judgedBy,
        LocalDate judgedOn,
        String evidence) {

    /** Checks that no component is null. */
    public Judgement {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(judgedBy, "judgedBy");
        Objects.requireNonNull(judgedOn, "judgedOn");
        Objects.requireNonNull(evidence, "evidence");
    }
}
