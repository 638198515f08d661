package io.github.fyplan.io;

import io.github.fyplan.io.internal.Pipeline;
import io.github.fyplan.io.internal.PlanShapes;
import io.github.fyplan.io.internal.SourceText;
import io.github.fyplan.io.internal.StreamBinder;
import io.github.fyplan.io.internal.Validators;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads plans in fyplan's JSON format ({@code docs/FORMAT.md}).
 *
 * <p>Reading parses the document, binds it to the model and runs the model's validation
 * ({@link io.github.fyplan.model.validation.PlanValidator}), unless
 * {@link #withModelValidation(boolean)} turned it off. It returns the plan with its warnings,
 * or throws one exception that carries every problem found, each a
 * {@link io.github.fyplan.model.problem.Finding} with a JSON Pointer, a line and column, and a
 * message in English and Chinese:
 * <ul>
 *   <li>{@link UnreadableInputException} when the input is not a plan document: bytes not valid in
 *       the charset, empty input, malformed JSON, duplicate keys, data after the document, a limit of
 *       {@link PlanFormat} exceeded, a wrong type, a missing required field, an unknown enumeration
 *       value, an unsupported format version, or (in strict mode) an unknown field;</li>
 *   <li>{@link InvalidContentException} when it is one but breaks the model's rules.</li>
 * </ul>
 * No other exception escapes for any input.
 *
 * <p>A plan is read from a file, a stream, bytes in memory or a string. Input is UTF-8 unless
 * {@link #withCharset} says otherwise; a UTF-8 byte order mark is accepted. UTF-8 is parsed from
 * the bytes without decoding them first, and places are computed only for the problems found.
 * Immutable and thread-safe.
 */
public final class PlanReader {
    private final boolean strict;
    private final Charset charset;
    private final boolean validatesModel;

    private PlanReader(boolean strict, Charset charset, boolean validatesModel) {
        this.strict = strict;
        this.charset = charset;
        this.validatesModel = validatesModel;
    }

    /**
     * A reader that rejects unknown fields (fields not in the format and not starting with {@code x-}).
     *
     * @return a strict UTF-8 reader
     */
    public static PlanReader strict() {
        return new PlanReader(true, StandardCharsets.UTF_8, true);
    }

    /**
     * A reader that skips unknown fields and reports each as a warning.
     *
     * @return a lenient UTF-8 reader
     */
    public static PlanReader lenient() {
        return new PlanReader(false, StandardCharsets.UTF_8, true);
    }

    /**
     * A reader like this one for input in another charset, such as GB18030.
     *
     * @param newCharset the charset of the input bytes
     * @return the reader
     */
    public PlanReader withCharset(Charset newCharset) {
        return new PlanReader(strict, Objects.requireNonNull(newCharset, "charset"), validatesModel);
    }

    /**
     * A reader like this one that runs, or skips, the model's validation after binding.
     *
     * <p>Skipping it is for systems that read plans they wrote or validated before, and want the
     * speed (validation is about a quarter of a read's time): the format's own checks still run
     * (types, required, unknown and duplicate fields, limits), so the result is a well-formed
     * {@link Plan}, but rules such as unique indicator ids are not checked, and
     * {@link InvalidContentException} is never thrown. Run
     * {@link io.github.fyplan.model.validation.PlanValidator#validate(Plan)} later to check them.
     *
     * @param validate whether to run the model's validation (the default is true)
     * @return the reader
     */
    public PlanReader withModelValidation(boolean validate) {
        return new PlanReader(strict, charset, validate);
    }

    /**
     * Whether reading runs the model's validation.
     *
     * @return true unless {@link #withModelValidation(boolean)} turned it off
     */
    public boolean validatesModel() {
        return validatesModel;
    }

    /**
     * Whether unknown fields are errors.
     *
     * @return true for a strict reader
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The charset input bytes are decoded with.
     *
     * @return the charset
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Reads a plan file.
     *
     * @param path the file
     * @return the plan and its warnings
     * @throws UnreadableInputException if the file cannot be read or is not a plan document
     * @throws InvalidContentException  if the plan breaks the model's rules
     */
    public ReadResult<Plan> read(Path path) {
        String source = path.toString();
        return Pipeline.guarded(source, () -> readBytes(SourceText.read(path), source));
    }

    /**
     * Reads a plan from bytes already in memory, such as a request body or a database column, in
     * this reader's charset. The array is neither changed nor kept, and it is read in place: no
     * copy is made, unlike a stream's bytes.
     *
     * @param document the document's bytes
     * @param source   a name for the source in messages, such as a URL
     * @return the plan and its warnings
     * @throws UnreadableInputException if the bytes are not a plan document, or are more than
     *                                  {@link PlanFormat#MAX_DOCUMENT_BYTES}
     * @throws InvalidContentException  if the plan breaks the model's rules
     */
    public ReadResult<Plan> read(byte[] document, String source) {
        Objects.requireNonNull(document, "document");
        return Pipeline.guarded(source, () -> readBytes(SourceText.checkSize(document, source), source));
    }

    /**
     * Reads a plan from a stream, which is read to its end and not closed.
     *
     * @param in     the stream
     * @param source a name for the source in messages, such as a URL
     * @return the plan and its warnings
     * @throws UnreadableInputException if the stream cannot be read or is not a plan document
     * @throws InvalidContentException  if the plan breaks the model's rules
     */
    public ReadResult<Plan> read(InputStream in, String source) {
        return Pipeline.guarded(source, () -> readBytes(SourceText.read(in, source), source));
    }

    /**
     * Reads a plan from a stream named {@code <stream>} in messages.
     *
     * @param in the stream, read to its end and not closed
     * @return the plan and its warnings
     * @throws UnreadableInputException if the stream cannot be read or is not a plan document
     * @throws InvalidContentException  if the plan breaks the model's rules
     */
    public ReadResult<Plan> read(InputStream in) {
        return read(in, "<stream>");
    }

    /**
     * Reads a plan from a string (no charset involved); a leading byte order mark is ignored.
     *
     * @param json the document
     * @return the plan and its warnings
     * @throws UnreadableInputException if it is not a plan document
     * @throws InvalidContentException  if the plan breaks the model's rules
     */
    public ReadResult<Plan> readString(String json) {
        String source = "<string>";
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return Pipeline.guarded(source, () -> finish(StreamBinder.bind(text, source, strict, PlanShapes.PLAN), source));
    }

    /** UTF-8 is bound from the bytes; other charsets are decoded (strictly) first. */
    private ReadResult<Plan> readBytes(byte[] bytes, String source) {
        StreamBinder.Bound<Plan> bound = charset.equals(StandardCharsets.UTF_8)
                ? StreamBinder.bind(bytes, source, strict, PlanShapes.PLAN)
                : StreamBinder.bind(SourceText.decode(bytes, charset, source), source, strict, PlanShapes.PLAN);
        return finish(bound, source);
    }

    private ReadResult<Plan> finish(StreamBinder.Bound<Plan> bound, String source) {
        if (!validatesModel) {
            return new ReadResult<>(bound.value(), bound.findings());
        }
        return new ReadResult<>(bound.value(), Pipeline.placed(source, bound.findings(), bound.locator(),
                Validators.get().validate(bound.value())));
    }
}
