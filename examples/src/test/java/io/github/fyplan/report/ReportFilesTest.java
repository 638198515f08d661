package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void writesUtf8WithUnixLineBreaks() throws IOException {
        Path f = dir.resolve("sub/report.md");
        ReportFiles.writeAtomically(f, "天宁区\r\nPM2.5\rend\n");
        assertArrayEquals("天宁区\nPM2.5\nend\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
    }

    @Test
    void rendersAndWritesIdenticalBytesTwice() throws IOException {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        ReportFiles.writeAtomically(a, new HtmlReportRenderer().render(report, Locale.SIMPLIFIED_CHINESE));
        ReportFiles.writeAtomically(b, new HtmlReportRenderer().render(ReportFixtures.tianningReport(true),
                Locale.SIMPLIFIED_CHINESE));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        byte[] before = Files.readAllBytes(a);
        ReportFiles.writeAtomically(a, new HtmlReportRenderer().render(report, Locale.SIMPLIFIED_CHINESE));
        assertArrayEquals(before, Files.readAllBytes(a));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("report.csv");
        ReportFiles.writeAtomically(f, "old\n");
        // A lone surrogate cannot be encoded as UTF-8: the write fails half-way.
        FyplanException e = assertThrows(FyplanException.class,
                () -> ReportFiles.writeAtomically(f, "new text " + "x".repeat(10_000) + "\uD800 tail"));
        assertTrue(e.getMessage().contains("report.csv"), e.getMessage());
        assertEquals("old\n", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void aFailedMoveLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));
        FyplanException e = assertThrows(FyplanException.class, () -> ReportFiles.writeAtomically(target, "x\n"));
        assertTrue(e.getMessage().startsWith("cannot write "), e.getMessage());
        assertTrue(Files.isDirectory(target.resolve("child")));
        assertEquals(List.of(target), listing());
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path f = dir.resolve("report.html");
        ReportFiles.writeAtomically(f, "old\n");
        ReportFiles.writeAtomically(f, "new\n");
        assertEquals("new\n", Files.readString(f));
        assertEquals(List.of(f), listing());
    }

    @Test
    void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
        Path fresh = ReportFiles.writeAtomically(dir.resolve("new.html"), "a\n");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Path kept = Files.writeString(dir.resolve("kept.html"), "old");
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        ReportFiles.writeAtomically(kept, "new\n");
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("new\n", Files.readString(kept));
    }
}
