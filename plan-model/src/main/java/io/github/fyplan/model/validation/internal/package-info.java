/** Constraint validators and message plumbing; not API, not exported. */
package io.github.fyplan.model.validation.internal;
