/**
 * The {@code fyplan} command-line tool: {@code validate}, {@code import}, {@code evaluate},
 * {@code report} and {@code compare}, built with picocli on top of a {@link
 * io.github.fyplan.cli.Services} implementation that does the work.
 *
 * <p>Exit codes: {@value io.github.fyplan.cli.ExitCodes#OK} success,
 * {@value io.github.fyplan.cli.ExitCodes#FINDINGS} findings of error severity (or another fyplan
 * error), {@value io.github.fyplan.cli.ExitCodes#USAGE} bad usage or unreadable input,
 * {@value io.github.fyplan.cli.ExitCodes#INTERNAL} an unexpected internal error.
 */
package io.github.fyplan.cli;
