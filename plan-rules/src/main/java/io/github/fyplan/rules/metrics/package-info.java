/**
 * Derived metrics as pure functions on {@link java.math.BigDecimal} (compound annual growth,
 * year-on-year growth, cumulative totals, implied levels, required growth, projections, shares) and
 * {@link io.github.fyplan.rules.metrics.Formula}, the safe formula language of derived indicators.
 * Results are exact where the arithmetic allows and {@link java.math.MathContext#DECIMAL64} otherwise;
 * compound growth rates have a growth factor to
 * {@link io.github.fyplan.rules.metrics.DerivedMetrics#GROWTH_PRECISION} (15 significant digits).
 */
package io.github.fyplan.rules.metrics;
