package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A goal of the plan: the vision or one of the main goals, with the indicators it concerns.
 *
 * @param id           an identifier unique within the plan, such as {@code G1}
 * @param kind         vision or main goal
 * @param title        the goal's short title, such as {@code 经济发展迈上新台阶}; empty for a
 *                     vision without a title
 * @param text         the goal's full text as written
 * @param horizon      the year the goal is set for (2035 for the vision, 2025 for main goals)
 * @param indicatorIds ids of the indicators that measure this goal; each must resolve
 */
public record Goal(
        @NotBlank String id,
        GoalKind kind,
        String title,
        @NotBlank String text,
        Year horizon,
        List<String> indicatorIds) {

    /** Checks that no component is null and copies the indicator ids. */
    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(horizon, "horizon");
        indicatorIds = Checks.list(indicatorIds, "indicatorIds");
    }
}
