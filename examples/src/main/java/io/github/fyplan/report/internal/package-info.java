/**
 * Helpers for the report renderers: the label table, escaping, number formatting, SVG charts and
 * the page skeleton. Not API; may change without notice.
 */
package io.github.fyplan.report.internal;
