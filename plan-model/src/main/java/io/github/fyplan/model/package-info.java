/**
 * The five-year plan as immutable records: {@link io.github.fyplan.model.Plan} and everything it
 * holds (structure, goals, indicators, key-project boxes).
 *
 * <p>Records check structure only (non-null components, defensive copies, no nulls inside
 * collections). Content rules, such as gap-free numbering or a box whose declared count disagrees
 * with its list, are checked by {@link io.github.fyplan.model.validation.PlanValidator}, which
 * reports every problem at once instead of stopping at the first.
 *
 * <p>Values from the document are {@link java.math.BigDecimal} exactly as written, so record
 * equality is representation equality: {@code 1.0} and {@code 1.00} differ.
 */
package io.github.fyplan.model;
