package io.github.fyplan.io.text;

import io.github.fyplan.io.text.internal.Importer;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a plan outline's text, as converted from Word, into a {@link io.github.fyplan.model.Plan}
 * and an {@link ImportReport}.
 *
 * <p>What it reads:
 * <ul>
 *   <li>parts (第X篇), chapters (第X章), sections (第X节 or 一、), numbered items (1、 1． 1.) and
 *       headings below them (（1）), with Chinese numerals read up to 九十九 and beyond; an item
 *       whose line goes on after its first full stop (1．综合实力迈上新台阶。地区生产总值…) becomes a
 *       division headed by the first sentence with the rest as its first paragraph;</li>
 *   <li>paragraphs, with Word artefacts ({@code [bookmark: …]}, tabs, full-width spaces) removed;</li>
 *   <li>the vision and the main goals (—— bullets or numbered items under 主要目标 /
 *       发展目标);</li>
 *   <li>the indicator table, from the columns its header names, in any order, one cell per line,
 *       cells wrapped over lines and categories written once per group or a character per line;
 *       the header row is kept in the plan extension {@code x-fyplan-table-header};</li>
 *   <li>key-project boxes (专栏N：title) and their groups, split into items at the separator that
 *       agrees with the declared count, never inside brackets;</li>
 *   <li>base-year values stated in the first chapter's prose, as proposals in the report.</li>
 * </ul>
 *
 * <p>Malformed or unknown text never makes the importer fail: what it cannot place is listed in
 * {@link ImportReport#unplaced()} with its line number, and what it guessed in
 * {@link ImportReport#guesses()}. Only reading the input can fail, with an
 * {@link UnreadableInputException}.
 *
 * <p>Immutable and thread-safe; one instance can import any number of texts.
 */
public final class PlanTextImporter {
    private final PlanIdentity identity;

    private PlanTextImporter(PlanIdentity identity) {
        this.identity = identity;
    }

    /**
     * An importer for a plan with the given identity.
     *
     * @param identity the plan's id, title, region, period and indicator-id prefix
     * @return the importer
     * @throws NullPointerException if the identity is null
     */
    public static PlanTextImporter of(PlanIdentity identity) {
        return new PlanTextImporter(Objects.requireNonNull(identity, "identity"));
    }

    /**
     * The identity given to every plan this importer reads.
     *
     * @return the identity
     */
    public PlanIdentity identity() {
        return identity;
    }

    /**
     * Imports a text already in memory.
     *
     * @param text the outline's text; lines end in {@code \n}, {@code \r\n} or {@code \r}
     * @return the plan and the report; the report's source is {@code <text>}
     * @throws NullPointerException if the text is null
     */
    public ImportResult importText(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Importer.run(identity, text.toString(), "<text>");
    }

    /**
     * Imports a text from a reader, which is read to its end and not closed.
     *
     * @param reader the reader
     * @param source what is read, for the report and error messages, such as a file name
     * @return the plan and the report
     * @throws UnreadableInputException if the reader fails
     * @throws NullPointerException     if an argument is null
     */
    public ImportResult importFrom(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                b.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        return Importer.run(identity, b.toString(), source);
    }

    /**
     * Imports a text from a byte stream, such as a bundled resource; the stream is read to its end
     * and not closed. Bytes that are not valid in the charset are an error, not replaced.
     *
     * @param in      the stream
     * @param charset its charset, such as UTF-8
     * @param source  what is read, for the report and error messages
     * @return the plan and the report
     * @throws UnreadableInputException if the stream fails or is not valid in the charset
     * @throws NullPointerException     if an argument is null
     */
    public ImportResult importFrom(java.io.InputStream in, Charset charset, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
        try {
            return Importer.run(identity, decode(in.readAllBytes(), charset), source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Imports a file. Bytes that are not valid in the charset are an error, not replaced.
     *
     * @param file    the file
     * @param charset its charset, such as UTF-8
     * @return the plan and the report; the report's source is the file's path
     * @throws UnreadableInputException if the file cannot be read or is not valid in the charset
     * @throws NullPointerException     if an argument is null
     */
    public ImportResult importFrom(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        String source = file.toString();
        try {
            return Importer.run(identity, decode(Files.readAllBytes(file), charset), source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Decodes strictly: malformed or unmappable input is a {@link CharacterCodingException}. */
    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    private static UnreadableInputException unreadable(String source, Exception e) {
        String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        Finding f = new Finding("FYP-IO-TEXT-001", Severity.ERROR, "", null, "fyplan.text.unreadable",
                Map.of("source", source, "detail", detail),
                "cannot read the text of " + source + ": " + detail,
                "无法读取 " + source + " 的文本：" + detail);
        return new UnreadableInputException(source, List.of(f), e);
    }
}
