package io.github.fyplan.model;

import io.github.fyplan.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A part, chapter, section or numbered item, with its heading and its content in document order,
 * nested to any depth.
 *
 * @param level   what kind of division it is
 * @param number  its number as a value (第十一章 is 11, 一、 is 1, 1． is 1), or {@code null} when the
 *                heading has none
 * @param label   the numbering exactly as printed, such as {@code 第十一章}, {@code 一、} or
 *                {@code 1．}; empty when there is none
 * @param heading the heading's text after the label
 * @param content paragraphs, nested divisions and placements, in document order
 */
public record Division(
        DivisionLevel level,
        Integer number,
        String label,
        String heading,
        List<Block> content) implements Block {

    /** Checks that no component but {@code number} is null and copies the content. */
    public Division {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(heading, "heading");
        content = Checks.list(content, "content");
    }

    /**
     * The heading line as printed: label, then heading.
     *
     * @return the full heading line
     */
    public String title() {
        return label.isEmpty() ? heading : label + " " + heading;
    }

    /**
     * The direct child divisions, in order.
     *
     * @return the child divisions
     */
    public List<Division> children() {
        return content.stream().filter(Division.class::isInstance).map(Division.class::cast).toList();
    }

    /**
     * The direct paragraphs, in order.
     *
     * @return the paragraphs directly under this division
     */
    public List<Paragraph> paragraphs() {
        return content.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    /**
     * This division and every division below it, depth first in document order.
     *
     * @return the divisions of this subtree
     */
    public Stream<Division> descendantsAndSelf() {
        return Stream.concat(Stream.of(this), children().stream().flatMap(Division::descendantsAndSelf));
    }
}
