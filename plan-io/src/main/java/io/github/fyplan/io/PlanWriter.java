package io.github.fyplan.io;


import io.github.fyplan.io.internal.PlanEncoder;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.InvalidContentException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes plans in the canonical form of fyplan's JSON format: fields in a fixed order (the order
 * of {@code docs/FORMAT.md}), two-space indent, UTF-8, {@code \n} line ends and a final newline,
 * numbers in plain form exactly as held ({@code 26.43}, never {@code 2.643E+1}), extension fields
 * sorted by key with their values in canonical JSON. A written plan read back is equal to it, and
 * writing it again gives the same bytes.
 *
 * <p>Files are written atomically: a temporary file in the same directory, then an atomic move; a
 * failure leaves the old file or none. Immutable and thread-safe.
 */
public final class PlanWriter {
    private PlanWriter() {
    }

    /**
     * A writer.
     *
     * @return the writer
     */
    public static PlanWriter create() {
        return new PlanWriter();
    }

    /**
     * The canonical bytes of a plan.
     *
     * @param plan the plan
     * @return UTF-8 JSON ending in a newline
     * @throws InvalidContentException if an extension key does not start with {@code x-} or its
     *                                 value is not one JSON value
     */
    public byte[] toBytes(Plan plan) {
        return PlanEncoder.encode(plan);
    }

    /**
     * The canonical text of a plan.
     *
     * @param plan the plan
     * @return the JSON text ending in a newline
     * @throws InvalidContentException if an extension cannot be written
     */
    public String toJson(Plan plan) {
        return new String(toBytes(plan), StandardCharsets.UTF_8);
    }

    /**
     * Writes a plan to a stream, which is not closed.
     *
     * @param plan the plan
     * @param out  the stream
     * @throws InvalidContentException if an extension cannot be written
     * @throws FyplanException         if the stream fails
     */
    public void write(Plan plan, OutputStream out) {
        byte[] bytes = toBytes(plan);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new FyplanException("cannot write plan " + plan.id() + " to the stream: " + e, e);
        }
    }

    /**
     * Writes a plan to a file atomically, replacing it if it exists.
     *
     * @param plan the plan
     * @param file the file
     * @throws InvalidContentException if an extension cannot be written (the file is not touched)
     * @throws FyplanException         naming the file if it cannot be written; the old file is intact
     */
    public void write(Plan plan, Path file) {
        AtomicFiles.write(file, toBytes(plan));
    }
}
