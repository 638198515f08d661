/**
 * Monitoring data: yearly observations of indicators and series, and recorded judgements of
 * qualitative targets.
 */
package io.github.fyplan.model.monitoring;
