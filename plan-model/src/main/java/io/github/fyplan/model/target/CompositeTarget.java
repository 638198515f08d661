package io.github.fyplan.model.target;

import io.github.fyplan.model.internal.Checks;
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
        components = Checks.list(components, "components");
    }

    /**
     * The series that holds a component's observations: the indicator's id, {@code #} and the
     * component's position from 0, such as {@code WJ-33#0}. Monitoring data, validation and evaluation
     * all name a component's series this way.
     *
     * @param indicatorId the id of the indicator whose target this is
     * @param index       the component's position in {@link #components()}, from 0
     * @return the series id
     */
    public static String componentSeriesId(String indicatorId, int index) {
        return indicatorId + "#" + index;
    }
}
