package io.github.fyplan.io;

import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Constants of fyplan's plan JSON format: its version, the limits every reader enforces, and the
 * JSON Schema (draft 2020-12) that describes it. {@code docs/FORMAT.md} documents every field.
 *
 * <p>The limits guard against hostile or broken input: a document beyond them is rejected with
 * an {@link io.github.fyplan.model.problem.UnreadableInputException} (code {@code FYP-IO-005} or
 * {@code FYP-IO-006}), never with an {@link OutOfMemoryError} or a {@link StackOverflowError}.
 */
public final class PlanFormat {
    /** The version this library writes, and the highest it reads: {@value}. */
    public static final String FORMAT_VERSION = "1.0";
    /** The largest document read, in bytes: {@value} (16 MiB; a district plan is about 200 KiB). */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** The deepest nesting of arrays and objects: {@value} (a plan needs about 20). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value, in characters: {@value}. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest field name, in characters: {@value}. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number as written, in characters: {@value}. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * The most digits a number may have before, and after, the decimal point once its exponent is
     * applied: {@value}. This rejects {@code 1e999999999}, which is short but would be a billion
     * digits long when written in plain form.
     */
    public static final int MAX_DIGITS = 100;
    /** The class-path resource holding the JSON Schema of this version: {@value}. */
    public static final String SCHEMA_RESOURCE = "/fyplan-schema/plan-1.0.schema.json";

    private PlanFormat() {
    }

    /**
     * The JSON Schema (draft 2020-12) of the plan format, as shipped in this jar.
     *
     * @return the schema's text
     * @throws FyplanException if the resource is missing from the class path
     */
    public static String schema() {
        try (InputStream in = PlanFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new FyplanException("the JSON Schema resource " + SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FyplanException("cannot read the JSON Schema resource " + SCHEMA_RESOURCE, e);
        }
    }
}
