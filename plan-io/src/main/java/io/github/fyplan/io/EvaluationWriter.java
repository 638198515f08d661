package io.github.fyplan.io;


import io.github.fyplan.io.internal.EvaluationJson;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a plan's evaluation ({@link PlanEvaluation}, the result of plan-rules'
 * {@link io.github.fyplan.rules.Evaluator}) as canonical JSON, for other systems
 * ({@code docs/FORMAT.md}, section 10).
 *
 * <p>The document is the evaluation's record tree: every record's components in declaration order,
 * absent values as {@code null}, enumerations by name ({@code ON_TRACK}), years as numbers
 * ({@code 2023}), dates as ISO text ({@code 2024-01-01}), numbers in plain form as held
 * ({@code 0.60}, never {@code 6.0E-1}), map keys in natural order (status counts in the order of
 * {@code Status}, text keys alphabetically). Two-space indent, {@code ": "} between a
 * name and its value, UTF-8, {@code \n} line ends and a final newline: the same evaluation always
 * gives the same bytes, and {@link EvaluationReader} reads the text back into an equal evaluation,
 * number scales included.
 *
 * <p>Files are written atomically: a temporary file in the same directory, then an atomic move; a
 * failure leaves the old file or none. Immutable and thread-safe.
 */
public final class EvaluationWriter {
    private EvaluationWriter() {
    }

    /**
     * A writer.
     *
     * @return the writer
     */
    public static EvaluationWriter create() {
        return new EvaluationWriter();
    }

    /**
     * The canonical bytes of an evaluation.
     *
     * @param evaluation the evaluation
     * @return UTF-8 JSON ending in a newline
     * @throws FyplanException if it cannot be written, such as for a text holding a lone surrogate
     */
    public byte[] toBytes(PlanEvaluation evaluation) {
        return EvaluationJson.encode(evaluation);
    }

    /**
     * The canonical text of an evaluation.
     *
     * @param evaluation the evaluation
     * @return the JSON text, lines ending in {@code \n}, with a final newline
     * @throws FyplanException if it cannot be written (a bug)
     */
    public String toJson(PlanEvaluation evaluation) {
        return EvaluationJson.text(evaluation);
    }

    /**
     * Writes an evaluation to a stream, which is not closed.
     *
     * @param evaluation the evaluation
     * @param out        the stream
     * @throws FyplanException if it cannot be written or the stream fails
     */
    public void write(PlanEvaluation evaluation, OutputStream out) {
        byte[] bytes = toBytes(evaluation);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new FyplanException("cannot write the evaluation of " + evaluation.planId() + " to the stream: " + e, e);
        }
    }

    /**
     * Writes an evaluation to a file atomically, replacing it if it exists. The file's directory
     * must exist.
     *
     * @param evaluation the evaluation
     * @param file       the file
     * @throws FyplanException naming the file if it cannot be written; the old file is intact
     */
    public void write(PlanEvaluation evaluation, Path file) {
        AtomicFiles.write(file, toBytes(evaluation));
    }
}
