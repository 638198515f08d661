/** Helpers shared by the model's packages; not API, not exported. */
package io.github.fyplan.model.internal;
