package io.github.fyplan.model.target;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * A target with one part per subject, met only when every part is:
 * {@code 药店、医疗机构均≥35%；疾病预防控制机构…均达100%}.
 *
 * @param components the parts, in the order written
 */
public record CompositeTarget(List<@Valid Component> components) implements Target {

    /** Checks that the list is not null, has no null element, and copies it. */
    public CompositeTarget {
        components = copy(components, "components");
    }

    private static <T> List<T> copy(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] is null");
            }
        }
        return List.copyOf(values);
    }
}
