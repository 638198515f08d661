package io.github.fyplan.io.text;

/**
 * Counts of everything an import found.
 *
 * @param parts         parts (篇)
 * @param chapters      chapters (章)
 * @param sections      sections (第一节 or 一、)
 * @param items         numbered items (1、 1． 1.)
 * @param subitems      headings below items
 * @param appendices    appendices (附件)
 * @param paragraphs    paragraphs of prose
 * @param mainGoals     main goals
 * @param visions       visions (远景目标)
 * @param indicators    indicators of the table
 * @param categories    distinct indicator categories
 * @param boxes         key-project boxes (专栏)
 * @param boxGroups     groups over all boxes
 * @param boxItems      items over all boxes
 * @param lines         lines with text once Word artefacts are removed
 * @param unplacedLines lines with text that were not placed
 */
public record ImportCounts(
        int parts,
        int chapters,
        int sections,
        int items,
        int subitems,
        int appendices,
        int paragraphs,
        int mainGoals,
        int visions,
        int indicators,
        int categories,
        int boxes,
        int boxGroups,
        int boxItems,
        int lines,
        int unplacedLines) {
}
