package io.github.fyplan.io.text;

/** Where the importer placed one line of the text. */
public enum LineKind {
    /** Blank once Word artefacts are removed; nothing to place. */
    EMPTY,
    /** A part heading (第一篇). */
    PART,
    /** A chapter heading (第一章). */
    CHAPTER,
    /** A section heading (第一节, 一、). */
    SECTION,
    /** A numbered item (1、 1． 1.). */
    ITEM,
    /** A heading below an item, such as （1）. */
    SUBITEM,
    /** An appendix heading (附件). */
    APPENDIX,
    /** A paragraph of prose (including goal bullets). */
    PARAGRAPH,
    /** The indicator table's caption. */
    TABLE_CAPTION,
    /** A cell of the indicator table's header row. */
    TABLE_HEADER,
    /** A cell of the indicator table, or part of a cell that wraps. */
    TABLE_CELL,
    /** A box heading (专栏4：…). */
    BOX_TITLE,
    /** A group of a box, kept whole as the group's text. */
    BOX_GROUP,
    /** Not placed; the report says why. */
    UNPLACED
}
