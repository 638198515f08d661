package io.github.fyplan.model;

/** The kind of a division of the body, outermost first. */
public enum DivisionLevel {
    /** 篇, such as 第二篇. */
    PART,
    /** 章, numbered through the whole plan, such as 第十一章. */
    CHAPTER,
    /** 节, either 第一节 or 一、. */
    SECTION,
    /** A numbered item such as 1、 1． or 1. */
    ITEM,
    /** Anything below an item, or a heading at a level the plan does not name. */
    SUBITEM,
    /** An appendix (附件) after the last chapter. */
    APPENDIX
}
