package io.github.fyplan.io;

import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files atomically: the bytes go to a temporary file in the same directory, are forced to
 * the device, and the file is then moved over the target in one atomic step. A failure leaves the
 * old file, or none, never part of a file; the temporary file is removed.
 *
 * <p>The written file keeps the permissions of the file it replaces; a new file gets
 * {@code rw-r--r--} (temporary files are created private, which a data file must not stay).
 * Used by every writer of fyplan, and public so that applications writing reports get the same
 * guarantee. Stateless and thread-safe.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * The UTF-8 bytes of a text, as fyplan's writers write them: the encoder is strict, so malformed
     * text (a lone surrogate) is refused instead of written as {@code ?}.
     *
     * @param text the text
     * @return its UTF-8 bytes
     * @throws CharacterCodingException if the text is malformed
     */
    public static byte[] utf8(String text) throws CharacterCodingException {
        ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    /**
     * Writes bytes to a file atomically.
     *
     * @param target the file
     * @param bytes  the content
     * @throws FyplanException naming the file when it cannot be written
     */
    public static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            keepPermissions(absolute, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            throw new FyplanException("cannot write " + target + ": " + e, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what the caller needs to know
                }
            }
        }
    }

    /** Gives the temporary file the target's permissions, or rw-r--r-- for a new file. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }
}
