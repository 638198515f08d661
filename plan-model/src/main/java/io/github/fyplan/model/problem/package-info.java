/**
 * Problems as data ({@link io.github.fyplan.model.problem.Finding}) and the exceptions that carry
 * them. Every fyplan exception extends {@link io.github.fyplan.model.problem.FyplanException}.
 */
package io.github.fyplan.model.problem;
