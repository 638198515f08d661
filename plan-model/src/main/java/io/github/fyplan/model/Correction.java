package io.github.fyplan.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * A correction a reviewer made to what the importer produced, kept in the dataset so that every
 * change from the document's literal reading can be traced.
 *
 * @param path     where, as a path into the plan such as {@code indicators[11].target}
 * @param imported what the importer produced
 * @param value    what the reviewer set instead
 * @param reason   why, quoting the document where it can
 */
public record Correction(@NotBlank String path, String imported, String value, @NotBlank String reason) {

    /** Checks that no component is null. */
    public Correction {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(imported, "imported");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }
}
