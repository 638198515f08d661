package io.github.fyplan.model;

/**
 * One piece of a plan's body, in document order: a paragraph, a division (part, chapter, section,
 * item) with its own content, or the place where a key-project box or the indicator table sits.
 *
 * <p>Keeping the body as an ordered list of blocks is what lets both conventions of the seeds be
 * held as written: Wujin's 篇 → 章 → 节 → 1、 and Tianning's 章 → 一、 → 1．.
 */
public sealed interface Block permits Paragraph, Division, BoxPlacement, TablePlacement {
}
