package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.InvalidContentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {
    private final PlanWriter writer = PlanWriter.create();

    private static byte[] golden() throws IOException {
        try (InputStream in = PlanWriterTest.class.getResourceAsStream("/golden/tianning-excerpt.plan.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void writesTheGoldenBytesOfTheTianningExcerpt() throws IOException {
        byte[] written = writer.toBytes(GoldenPlans.tianningExcerpt());
        assertEquals(new String(golden(), StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(golden(), written);
    }

    @Test
    void goldenFileReadsBackToTheSamePlan() throws IOException {
        Plan read = PlanReader.strict().read(new java.io.ByteArrayInputStream(golden())).value();
        assertEquals(GoldenPlans.tianningExcerpt(), read);
    }

    @Test
    void writesTheSameBytesToAStreamAndLeavesItOpen() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer must not close the caller's stream");
            }
        };
        writer.write(GoldenPlans.tianningExcerpt(), out);
        assertArrayEquals(golden(), out.toByteArray());
    }

    @Test
    void canonicalLayoutHasTwoSpaceIndentLfAndAFinalNewline() {
        String json = writer.toJson(GoldenPlans.tianningExcerpt());
        assertTrue(json.startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"cn-320402-14th\",\n"), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertFalse(json.endsWith("\n\n"));
        assertTrue(json.contains("\"series\": [],"), "empty arrays print as []");
    }

    @Test
    void extensionsAreSiblingFieldsWithTheirJsonValues() {
        String json = writer.toJson(GoldenPlans.tianningExcerpt());
        assertTrue(json.contains("\n  \"x-owner\": \"发改局\"\n}"), json);
        assertTrue(json.contains("      \"x-source-row\": {\n        \"row\": 2,\n        \"sheet\": \"指标体系\"\n      }"), json);
    }

    @Test
    void numbersAreWrittenPlainWithTheirScale() {
        Plan p = GoldenPlans.tianningExcerpt();
        var i = p.indicators().get(2);
        Plan big = p.withIndicators(java.util.List.of(p.indicators().get(0), p.indicators().get(1),
                i.withBaseline(new io.github.fyplan.model.Baseline(java.time.Year.of(2020),
                        new java.math.BigDecimal("1.50E+3"), "x"))));
        String json = writer.toJson(big);
        assertTrue(json.contains("\"value\": 1500,"), json);
        assertTrue(writer.toJson(p).contains("\"value\": 5.60,"));
    }

    @Test
    void rejectsAnExtensionKeyWithoutThePrefix() {
        Plan p = GoldenPlans.tianningExcerpt().withExtensions(Map.of("owner", "\"x\""));
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> writer.toBytes(p));
        assertEquals("FYP-IO-020", e.findings().get(0).code());
        assertEquals("/extensions/owner", e.findings().get(0).jsonPointer());
    }

    @Test
    void rejectsAnExtensionValueThatIsNotJson() {
        Plan p = GoldenPlans.tianningExcerpt().withExtensions(Map.of("x-owner", "发改局"));
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> writer.toBytes(p));
        assertEquals("FYP-IO-021", e.findings().get(0).code());
        assertTrue(e.findings().get(0).messageEn().contains("x-owner"));
    }

    @Test
    void writesFilesAtomicallyAndReplacesTheOldOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "old");
        writer.write(GoldenPlans.tianningExcerpt(), file);
        assertArrayEquals(golden(), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFailedSerialisationLeavesTheOldFileUntouched(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "old");
        Plan bad = GoldenPlans.tianningExcerpt().withExtensions(Map.of("x-owner", "{"));
        assertThrows(InvalidContentException.class, () -> writer.write(bad, file));
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aFailedMoveLeavesTheTargetAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "keep");
        FyplanException e = assertThrows(FyplanException.class, () -> writer.write(GoldenPlans.tianningExcerpt(), target));
        assertTrue(e.getMessage().contains("occupied"), e.getMessage());
        assertEquals("keep", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file was removed");
        }
    }
}
