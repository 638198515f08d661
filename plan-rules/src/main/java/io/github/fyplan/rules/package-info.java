/** Evaluating a plan's indicators against their targets. */
package io.github.fyplan.rules;
