package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The input of a streaming read, UTF-8 bytes or text, that opens parsers at any offset and turns
 * an offset into a line and column.
 *
 * <p>Columns count UTF-16 code units from the start of the line, as they do in text that was
 * decoded first, so that a place is the same whether the input came as bytes or as a string.
 * Jackson's byte parser counts lines the same way (a line ends at LF, CR or CRLF) but counts
 * columns in bytes, so columns are computed here, only for the few places a reader reports.
 */
final class StreamSource {
    /**
     * A factory like {@link JsonSupport#MAPPER}'s with the same limits but without Jackson's
     * duplicate detection: the binder detects duplicates itself, at no cost for the known fields.
     */
    static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(JsonSupport.CONSTRAINTS).build();

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGHS = 0x8080808080808080L;

    private final byte[] bytes;
    private final String text;
    private final int start;
    private final int end;
    private char[] chars;

    private StreamSource(byte[] bytes, String text, int start, int end) {
        this.bytes = bytes;
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /**
     * UTF-8 bytes: a byte order mark is skipped, a UTF-16 or UTF-32 one is an error, and bytes that
     * are not well-formed UTF-8 are an error that names the byte, its offset and its place.
     *
     * <p>Jackson reports most malformed bytes itself while it parses, but accepts overlong forms
     * and code points beyond U+10FFFF. Their lead bytes (C0, C1, E0, F0–F7) are rare in real text,
     * so a word-at-a-time scan looks for them and only input that has one is decoded strictly,
     * which reports the byte if it is malformed.
     *
     * @param bytes  the input
     * @param source the source's name
     * @return the source
     * @throws UnreadableInputException for a UTF-16/32 byte order mark or malformed bytes
     */
    static StreamSource utf8(byte[] bytes, String source) {
        int start = SourceText.utf8Start(bytes, source);
        if (hasSuspiciousLeadByte(bytes, start)) {
            SourceText.decode(bytes, StandardCharsets.UTF_8, source);
        }
        return new StreamSource(bytes, null, start, bytes.length);
    }

    /**
     * Text, already decoded.
     *
     * @param text the text, without a byte order mark
     * @return the source
     */
    static StreamSource text(String text) {
        return new StreamSource(null, text, 0, text.length());
    }

    /**
     * Whether any byte may lead a form Jackson accepts but UTF-8 does not: C0 and C1 (overlong
     * two-byte forms), E0 (overlong three-byte forms), F0 to F7 (overlong four-byte forms, code
     * points beyond U+10FFFF). Jackson itself rejects encoded surrogates (ED A0–BF). The test also
     * matches E1 and the valid F1–F3, which are rare in plans and only cost a strict decoding.
     *
     * <p>Eight bytes at a time, and without a branch in the loop: the compiler turns it into vector
     * instructions, and the scan costs a few percent of parsing.
     */
    static boolean hasSuspiciousLeadByte(byte[] b, int from) {
        int i = from;
        long found = 0;
        for (int last = b.length - 8; i <= last; i += 8) {
            long v = (long) LONGS.get(b, i);
            // a byte is suspicious when one of these is zero: (b & DE) ^ C0 (C0, C1, E0, E1), (b & F8) ^ F0 (F0-F7)
            long twoOrThree = (v & 0xDEDEDEDEDEDEDEDEL) ^ 0xC0C0C0C0C0C0C0C0L;
            long four = (v & 0xF8F8F8F8F8F8F8F8L) ^ 0xF0F0F0F0F0F0F0F0L;
            found |= ~(nonZeroBytes(twoOrThree) & nonZeroBytes(four));
        }
        for (; i < b.length; i++) {
            int x = b[i] & 0xFF;
            if ((x & 0xDE) == 0xC0 || (x & 0xF8) == 0xF0) {
                return true;
            }
        }
        return (found & HIGHS) != 0;
    }

    /** The high bit of each byte of the word set exactly when that byte is not zero (no carry crosses bytes). */
    private static long nonZeroBytes(long x) {
        return ((x & LOWS) + LOWS) | x;
    }

    /** Whether the input holds no token at all: empty or only JSON's whitespace. */
    boolean isBlank() {
        if (text != null) {
            return TreeParser.isBlank(text);
        }
        for (int i = start; i < end; i++) {
            byte c = bytes[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * A parser of the whole input.
     *
     * @return the parser
     * @throws IOException from Jackson
     */
    JsonParser parser() throws IOException {
        return parser(start);
    }

    /**
     * A parser from an offset to the end of the input.
     *
     * @param offset the offset, in bytes or chars from the start of the input
     * @return the parser
     * @throws IOException from Jackson
     */
    JsonParser parser(long offset) throws IOException {
        int from = (int) offset;
        if (bytes != null) {
            return FACTORY.createParser(bytes, from, end - from);
        }
        if (from == 0) {
            return FACTORY.createParser(text);
        }
        if (chars == null) {
            chars = text.toCharArray();
        }
        return FACTORY.createParser(chars, from, end - from);
    }

    /**
     * The offset of a location of the parser opened at {@link #start}, from the start of the input.
     *
     * @param l the location
     * @return the offset
     */
    long offset(JsonLocation l) {
        return bytes != null ? start + l.getByteOffset() : l.getCharOffset();
    }

    /**
     * The place of a location of the parser opened at the start, or null when it has none.
     *
     * @param l the location
     * @return the place
     */
    Location location(JsonLocation l) {
        if (l == null || l.getLineNr() < 1 || offset(l) < start) {
            return TreeParser.location(l);
        }
        return location(offset(l), l.getLineNr());
    }

    /**
     * The place of an offset whose line is known.
     *
     * @param offset the offset
     * @param line   its line
     * @return the place, the column in UTF-16 code units
     */
    Location location(long offset, int line) {
        int at = (int) Math.min(offset, end);
        int column = 1;
        if (bytes != null) {
            for (int i = at - 1; i >= start && bytes[i] != '\n' && bytes[i] != '\r'; i--) {
                int b = bytes[i] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    column += (b & 0xF8) == 0xF0 ? 2 : 1;
                }
            }
        } else {
            for (int i = at - 1; i >= start && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
                column++;
            }
        }
        return new Location(line, column);
    }

    /**
     * The failure of a read that stopped at a problem, strict decoding of the bytes first: a
     * malformed byte explains the parser's complaint better than the complaint.
     *
     * @param source  the source's name
     * @param finding the problem found
     * @param cause   the cause, or null
     * @return the exception to throw
     */
    UnreadableInputException failure(String source, io.github.fyplan.model.problem.Finding finding, Throwable cause) {
        if (bytes != null) {
            SourceText.decode(bytes, StandardCharsets.UTF_8, source);
        }
        return new UnreadableInputException(source, List.of(finding), cause);
    }
}
