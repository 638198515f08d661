package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void utf8IsTheTextsBytesAndRefusesALoneSurrogate() throws IOException {
        String text = "天宁区 PM2.5 ≤ 35 µg/m³\n";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), AtomicFiles.utf8(text));
        // String.getBytes would write '?' for the lone high surrogate; the strict encoder refuses it.
        assertThrows(CharacterCodingException.class, () -> AtomicFiles.utf8("a\uD83Db"));
    }

    @Test
    void newFileIsReadableByOthersNotPrivateLikeATemporaryFile() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX file system");
        Path file = dir.resolve("plan.json");
        AtomicFiles.write(file, "{}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX file system");
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void failureLeavesNoTemporaryFileAndNamesTheTarget() throws IOException {
        Path missingDir = dir.resolve("no-such-dir").resolve("plan.json");
        FyplanException e = assertThrows(FyplanException.class,
                () -> AtomicFiles.write(missingDir, new byte[] {1}));
        assertEquals(true, e.getMessage().contains("plan.json"), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
