/** The built-in rule, the formula parser and the plan-level summaries; not exported. */
package io.github.fyplan.rules.internal;
