/**
 * Implementation of the plan and monitoring-data formats: the Jackson configuration, the tree
 * reader with locations, the binders and encoders, and message rendering. Not API.
 */
package io.github.fyplan.io.internal;
