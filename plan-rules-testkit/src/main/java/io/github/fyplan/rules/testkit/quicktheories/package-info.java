/**
 * Adapters from the test kit's {@link io.github.fyplan.rules.testkit.Generator}s to QuickTheories
 * {@code Gen}s. QuickTheories is an optional dependency of the test kit: add
 * {@code org.quicktheories:quicktheories} to use this package.
 */
package io.github.fyplan.rules.testkit.quicktheories;
