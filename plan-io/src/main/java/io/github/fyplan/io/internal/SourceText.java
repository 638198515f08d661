package io.github.fyplan.io.internal;

import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns input bytes into text with an explicit charset: a UTF-8 byte order mark is skipped, bytes
 * that are not valid in the charset are an error that names the charset, the offset and the line,
 * and input beyond {@link PlanFormat#MAX_DOCUMENT_BYTES} is rejected before it is decoded.
 */
public final class SourceText {
    private SourceText() {
    }

    /**
     * Reads a file's bytes, within the size limit.
     *
     * @param path the file
     * @return its bytes
     * @throws UnreadableInputException if it cannot be read or is too large
     */
    public static byte[] read(Path path) {
        String source = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, source);
        } catch (NoSuchFileException e) {
            throw fail(source, Problems.error("", null, Problems.IO, "source", source, "detail", "no such file"), e);
        } catch (IOException e) {
            throw fail(source, Problems.error("", null, Problems.IO, "source", source, "detail", String.valueOf(e)), e);
        }
    }

    /**
     * Reads a stream's bytes, within the size limit; the stream is not closed.
     *
     * @param in     the stream
     * @param source the source's name for messages
     * @return the bytes
     * @throws UnreadableInputException if it cannot be read or is too large
     */
    public static byte[] read(InputStream in, String source) {
        try {
            return checkSize(readAtMost(in, PlanFormat.MAX_DOCUMENT_BYTES + 1), source);
        } catch (IOException e) {
            throw fail(source, Problems.error("", null, Problems.IO, "source", source, "detail", String.valueOf(e)), e);
        }
    }

    /**
     * Where UTF-8 text starts: after a UTF-8 byte order mark, if there is one.
     *
     * @param bytes  the bytes
     * @param source the source's name for messages
     * @return 3 after a byte order mark, else 0
     * @throws UnreadableInputException for a UTF-16 or UTF-32 byte order mark
     */
    public static int utf8Start(byte[] bytes, String source) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw fail(source, Problems.error("", new Location(1, 1), Problems.UNSUPPORTED_CHARSET,
                    "found", "UTF-16 or UTF-32 (it starts with a byte order mark)"), null);
        }
        return 0;
    }

    /**
     * Checks a document's size against {@link PlanFormat#MAX_DOCUMENT_BYTES}.
     *
     * @param bytes  the document
     * @param source the source's name for messages
     * @return the bytes
     * @throws UnreadableInputException if there are too many
     */
    public static byte[] checkSize(byte[] bytes, String source) {
        if (bytes.length > PlanFormat.MAX_DOCUMENT_BYTES) {
            throw fail(source, Problems.error("", null, Problems.LIMIT, "detail",
                    "the document is longer than " + PlanFormat.MAX_DOCUMENT_BYTES + " bytes"), null);
        }
        return bytes;
    }

    /**
     * Reads up to a number of bytes. A stream that knows its size (a file's, a byte array's) is read
     * into one array of that size, without the chunks and the final copy of
     * {@link InputStream#readNBytes(int)}.
     */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        int size = in.available();
        if (size <= 0 || size >= max) {
            return in.readNBytes(max);
        }
        byte[] bytes = new byte[size];
        int n = in.readNBytes(bytes, 0, size);
        int next = n < size ? -1 : in.read();
        if (next < 0) {
            return n == size ? bytes : Arrays.copyOf(bytes, n);
        }
        byte[] rest = in.readNBytes(max - size - 1);
        byte[] all = Arrays.copyOf(bytes, size + 1 + rest.length);
        all[size] = (byte) next;
        System.arraycopy(rest, 0, all, size + 1, rest.length);
        return all;
    }

    /**
     * Decodes bytes strictly.
     *
     * @param bytes   the bytes
     * @param charset the charset
     * @param source  the source's name for messages
     * @return the text, without a byte order mark
     * @throws UnreadableInputException for bytes that are not valid in the charset, or a UTF-16/32
     *                                  byte order mark when the charset is UTF-8
     */
    public static String decode(byte[] bytes, Charset charset, String source) {
        int start = charset.equals(StandardCharsets.UTF_8) ? utf8Start(bytes, source) : 0;
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's String decoding is several times faster than a CharsetDecoder, but it replaces
            // malformed input with U+FFFD instead of reporting it. Without a U+FFFD in the result the
            // bytes were valid; with one (rare: it may also be written in the input), decode again
            // strictly below to find and report the bad byte.
            String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            Location at = endOf(out);
            String hex = String.format(Locale.ROOT, "%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF);
            throw fail(source, Problems.error("", at, Problems.ENCODING, "byte", hex,
                    "offset", Integer.toString(offset), "charset", charset.name()), null);
        }
        out.flip();
        return out.toString();
    }

    /** The location just after some text: where the next character would be. */
    private static Location endOf(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static UnreadableInputException fail(String source, io.github.fyplan.model.problem.Finding f, Throwable cause) {
        return new UnreadableInputException(source, List.of(f), cause);
    }
}
