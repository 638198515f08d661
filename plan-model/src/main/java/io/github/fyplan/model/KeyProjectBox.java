package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Objects;

/**
 * A key-project box (专栏): a framed list of key projects or actions inside a chapter.
 *
 * @param number  the box number, as in {@code 专栏4}
 * @param title   the title after the colon, such as {@code 交通基础设施建设重点工程}
 * @param chapter the number of the chapter it sits in
 * @param groups  its groups, in order
 */
public record KeyProjectBox(
        @Positive int number,
        @NotBlank String title,
        @Positive int chapter,
        List<@Valid ProjectGroup> groups) {

    /** Checks that no component is null and copies the groups. */
    public KeyProjectBox {
        Objects.requireNonNull(title, "title");
        groups = Checks.list(groups, "groups");
    }

    /**
     * The number of items over all groups.
     *
     * @return the item count
     */
    public int itemCount() {
        return groups.stream().mapToInt(g -> g.items().size()).sum();
    }
}
