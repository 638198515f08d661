package io.github.fyplan.io;

import io.github.fyplan.model.problem.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a reader returns: the value read and the findings that did not prevent reading it
 * (warnings: an unknown field in lenient mode, a percent unit over a ratio, a newer minor version).
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T>      the type read
 * @param value    the value read
 * @param findings the warnings: the reader's own (in document order), then the model validation's
 *                 (ordered by path); never errors
 */
public record ReadResult<T>(T value, List<Finding> findings) {

    /** Checks that no component is null and copies the findings. */
    public ReadResult {
        Objects.requireNonNull(value, "value");
        findings = List.copyOf(findings);
    }
}
