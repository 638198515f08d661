package io.github.fyplan.model.target;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * One component of a composite target: {@code 药店 ≥35%}.
 *
 * @param subject what the component is about, such as {@code 药店}
 * @param target  its own target
 */
public record Component(String subject, @Valid Target target) {

    /** Checks that no component is null. */
    public Component {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
    }
}
