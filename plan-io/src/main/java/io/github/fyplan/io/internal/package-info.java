/**
 * Implementation of the plan, monitoring-data and evaluation formats: the Jackson configuration,
 * the tree reader with locations, the binders and encoders, and message rendering. Not API.
 */
package io.github.fyplan.io.internal;
