package io.github.fyplan.model;

import java.util.Objects;

/**
 * Where the indicator table sits in the body, with its caption as printed; the indicators
 * themselves are in {@link Plan#indicators()}.
 *
 * @param caption the table's caption, such as {@code “十四五”天宁区经济社会发展指标体系}
 */
public record TablePlacement(String caption) implements Block {

    /** Checks that the caption is not null (it may be empty). */
    public TablePlacement {
        Objects.requireNonNull(caption, "caption");
    }
}
