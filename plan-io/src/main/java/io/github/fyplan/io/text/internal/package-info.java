/** The text importer's implementation; not API. */
package io.github.fyplan.io.text.internal;
