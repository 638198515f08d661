package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import io.github.fyplan.model.validation.DeclaredCountMatches;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Objects;

/**
 * A group of a key-project box, such as {@code 新建市政道路13条：…} or {@code 学前教育项目18个：…}.
 *
 * @param name          the group's name before the colon, such as {@code 新建市政道路}; for a
 *                      named action (专栏1) the action's name
 * @param declaredCount the count the document declares ({@code 13}), or {@code null} when none
 * @param measureWord   the measure word of the count ({@code 条}, {@code 个}, {@code 所}, {@code 项}),
 *                      or empty
 * @param endsWithEtc   whether the list ends in 等 (and so on): then it is not complete and the
 *                      count cannot be checked against it
 * @param text          the group's text exactly as printed, so that nothing is lost
 * @param items         the items found in the text, in order; empty for a described action
 */
@DeclaredCountMatches
public record ProjectGroup(
        String name,
        @Positive Integer declaredCount,
        String measureWord,
        boolean endsWithEtc,
        String text,
        List<@Valid KeyProject> items) {

    /** Checks that no required component is null and copies the items. */
    public ProjectGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(measureWord, "measureWord");
        Objects.requireNonNull(text, "text");
        items = Checks.list(items, "items");
    }

    /**
     * Whether the list claims to be complete: it has items and does not end in 等.
     *
     * @return true for a complete list
     */
    public boolean isCompleteList() {
        return !endsWithEtc && !items.isEmpty();
    }
}
