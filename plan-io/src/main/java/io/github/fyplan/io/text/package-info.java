/**
 * Importing a plan outline from its text, as converted from Word: {@link
 * io.github.fyplan.io.text.PlanTextImporter} reads parts, chapters, sections, numbered items,
 * goals, the indicator table and the key-project boxes into a {@link io.github.fyplan.model.Plan},
 * and says in an {@link io.github.fyplan.io.text.ImportReport} what it found, what it guessed and
 * what it could not place.
 */
package io.github.fyplan.io.text;
