package io.github.fyplan.report;

import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files atomically: the text goes to a temporary file in the target's directory,
 * which then replaces the target in one move. A reader sees the old file or the new one, never a
 * half-written one, and a failed write leaves the old file as it was. Stateless and thread-safe
 * (two threads writing the same target leave one of the two complete texts).
 * A new file is readable by all (rw-r--r--); a replaced file keeps its permissions.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes a text to a file atomically, in UTF-8, with every line break as {@code \n}. The same
     * text always gives the same bytes. Missing parent directories are created.
     *
     * @param target the file to write
     * @param text   the text; {@code \r\n} and {@code \r} become {@code \n}
     * @return the target
     * @throws FyplanException if the file cannot be written, naming the file and the reason; the
     *                         old file, if any, is then unchanged and no temporary file is left
     */
    public static Path writeAtomically(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            keepPermissions(absolute, temp);
            // Files.newBufferedWriter's encoder reports malformed input (a lone surrogate) instead of
            // writing a replacement character.
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(normalized);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return target;
        } catch (IOException e) {
            throw new FyplanException("cannot write " + target + ": " + e, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The write already failed; that failure is the one to report.
                }
            }
        }
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or rw-r--r-- for a new file
     * (a temporary file is created rw-------, which would hide a report from a web server).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
