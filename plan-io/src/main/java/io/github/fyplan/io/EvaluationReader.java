package io.github.fyplan.io;

import io.github.fyplan.io.internal.EvaluationJson;
import io.github.fyplan.io.internal.SourceText;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads back a plan's evaluation written by {@link EvaluationWriter} ({@code docs/FORMAT.md},
 * section 10), into an evaluation equal to the one written.
 *
 * <p>Reading is strict: malformed JSON, duplicate keys, unknown fields, missing required values,
 * values of the wrong type and trailing content are errors. Each is an
 * {@link UnreadableInputException} with one finding, code {@code FYP-IO-040}, that names the source
 * and, where the text is at fault, the line and column. Input is UTF-8 (a byte order mark is
 * accepted); bytes that are not valid UTF-8 are an error ({@code FYP-IO-003}). No other exception
 * escapes for any input. Immutable and thread-safe.
 */
public final class EvaluationReader {
    private EvaluationReader() {
    }

    /**
     * A reader.
     *
     * @return the reader
     */
    public static EvaluationReader create() {
        return new EvaluationReader();
    }

    /**
     * Reads an evaluation file.
     *
     * @param path the file
     * @return the evaluation
     * @throws UnreadableInputException naming the file if it cannot be read or is not an evaluation
     */
    public PlanEvaluation read(Path path) {
        String source = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw EvaluationJson.unreadable(source, null, "", "no such file", e);
        } catch (IOException e) {
            throw EvaluationJson.unreadable(source, null, "", String.valueOf(e), e);
        }
    }

    /**
     * Reads an evaluation from a stream, which is read to its end and not closed.
     *
     * @param in     the stream
     * @param source a name for the source in messages, such as a URL
     * @return the evaluation
     * @throws UnreadableInputException naming the source if the stream cannot be read or does not
     *                                  hold an evaluation
     */
    public PlanEvaluation read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) EvaluationJson.MAX_DOCUMENT_LENGTH + 1);
        } catch (IOException e) {
            throw EvaluationJson.unreadable(source, null, "", String.valueOf(e), e);
        }
        return read(bytes, source);
    }

    /**
     * Reads an evaluation from its UTF-8 bytes.
     *
     * @param document the document's bytes; neither changed nor kept
     * @param source   a name for the source in messages
     * @return the evaluation
     * @throws UnreadableInputException naming the source if the bytes do not hold an evaluation
     */
    public PlanEvaluation read(byte[] document, String source) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(source, "source");
        if (document.length > EvaluationJson.MAX_DOCUMENT_LENGTH) {
            throw EvaluationJson.unreadable(source, null, "", "the document is longer than "
                    + EvaluationJson.MAX_DOCUMENT_LENGTH + " bytes", null);
        }
        return readString(SourceText.decode(document, StandardCharsets.UTF_8, source), source);
    }

    /**
     * Reads an evaluation from its text; a leading byte order mark is ignored.
     *
     * @param json   the text
     * @param source a name for the source in messages, such as the file name
     * @return the evaluation
     * @throws UnreadableInputException naming the source, line and column, if the text is not an
     *                                  evaluation
     */
    public PlanEvaluation readString(String json, String source) {
        Objects.requireNonNull(json, "json");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return EvaluationJson.bind(text, source);
    }
}
