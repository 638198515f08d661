package io.github.fyplan.io.text;

import java.util.Objects;

/**
 * The check of a declared count against what the importer found: a box group's count
 * (新建市政道路13条) against the items split from its list, or a box title's count (六大专项行动)
 * against the box's groups.
 *
 * @param lineNumber the group's line (or the box heading's line), counting from 1
 * @param boxNumber  the box number, as in {@code 专栏4}
 * @param group      the group's name; empty for a check of the box title against its groups
 * @param declared   the count the document declares
 * @param found      the number of items found
 * @param separator  how the list was split, such as {@code "，"} or {@code "、"}; {@code lines}
 *                   for a box title, whose groups are its lines
 * @param complete   whether the list claims to be complete (it does not end in 等); only then
 *                   must the numbers agree
 */
public record CountCheck(
        int lineNumber,
        int boxNumber,
        String group,
        int declared,
        int found,
        String separator,
        boolean complete) {

    /** Checks that no component is null. */
    public CountCheck {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(separator, "separator");
    }

    /**
     * Whether the check passes: the list is incomplete (ends in 等), or the counts agree.
     *
     * @return true when there is nothing to report
     */
    public boolean matches() {
        return !complete || declared == found;
    }
}
