package io.github.fyplan.report;

import io.github.fyplan.io.AtomicFiles;
import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


/**
 * Writes report files atomically: the text goes to a temporary file in the target's directory,
 * which then replaces the target in one move. A reader sees the old file or the new one, never a
 * half-written one, and a failed write leaves the old file as it was. Stateless and thread-safe
 * (two threads writing the same target leave one of the two complete texts).
 * A new file is readable by all (rw-r--r--); a replaced file keeps its permissions. The writing
 * itself is plan-io's {@link AtomicFiles}; this class adds the text's encoding and line ends.
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
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicFiles.write(target, AtomicFiles.utf8(normalized)); // refuses a lone surrogate
            return target;
        } catch (IOException e) {
            throw new FyplanException("cannot write " + target + ": " + e, e);
        }
    }
}
