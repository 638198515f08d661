package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EvaluationWriter} on real evaluations of the two seed plans: the canonical text, its bytes,
 * streams and atomic files, and reading back with {@link EvaluationReader} into an equal evaluation
 * that writes the same bytes.
 */
class EvaluationWriterTest {
    private static final PlanEvaluation TN = SeedEvaluations.evaluate("tianning", 2023, Method.TIME_ELAPSED);
    private static final EvaluationWriter WRITER = EvaluationWriter.create();
    private static final EvaluationReader READER = EvaluationReader.create();

    @TempDir
    Path dir;

    @Test
    void everySeedEvaluationReadsBackEqualWithTheSameBytes() {
        for (String plan : SeedEvaluations.PLANS) {
            for (Method m : Method.values()) {
                for (int asOf : List.of(2021, 2023, 2025)) {
                    PlanEvaluation e = SeedEvaluations.evaluate(plan, asOf, m);
                    String json = WRITER.toJson(e);
                    PlanEvaluation back = READER.readString(json, plan);
                    String where = plan + " " + m + " " + asOf;
                    assertEquals(e, back, where);
                    assertEquals(json, WRITER.toJson(back), where);
                    assertArrayEquals(WRITER.toBytes(e), WRITER.toBytes(back), where);
                }
            }
        }
    }

    @Test
    void theTextIsCanonical() {
        String json = WRITER.toJson(TN);
        assertTrue(json.startsWith("{\n  \"planId\": \"cn-320402-14th\",\n  \"asOf\": 2023,\n"
                + "  \"evaluatedOn\": \"2024-01-01\",\n  \"method\": \"TIME_ELAPSED\",\n"), json.substring(0, 200));
        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
        assertFalse(json.contains("\r"));
        assertFalse(json.matches("(?s).*\\d[eE][+-]?\\d.*"), "no exponent notation");
        assertTrue(json.contains("\"growthRatioLagging\": 0.60,"), "scales kept");
        assertFalse(json.contains("\"overridden\""), "derived is-getters are not written");
        assertFalse(json.contains("\"error\""), "Finding.isError() is not written");
        assertEquals(json, WRITER.toJson(SeedEvaluations.evaluate("tianning", 2023, Method.TIME_ELAPSED)),
                "the same evaluation gives the same text");
    }

    @Test
    void theBytesAreTheTextInUtf8() {
        byte[] bytes = WRITER.toBytes(TN);
        assertEquals(WRITER.toJson(TN), new String(bytes, StandardCharsets.UTF_8));
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF, "no byte order mark");
        String json = WRITER.toJson(TN);
        assertTrue(json.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "Chinese text is written as is");
        assertFalse(json.contains("\\u"), "nothing is escaped as \\u");
    }

    @Test
    void writesAFileAtomicallyThatReadsBack() throws IOException {
        Path file = dir.resolve("evaluation.json");
        WRITER.write(TN, file);
        assertEquals(TN, READER.read(file));
        assertArrayEquals(WRITER.toBytes(TN), Files.readAllBytes(file));

        PlanEvaluation wujin = SeedEvaluations.evaluate("wujin", 2023, Method.TREND);
        WRITER.write(wujin, file);
        assertEquals(wujin, READER.read(file), "an existing file is replaced");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aFailedWriteNamesTheFileAndLeavesNothing() throws IOException {
        Path file = dir.resolve("missing/evaluation.json");
        FyplanException e = assertThrows(FyplanException.class, () -> WRITER.write(TN, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(Files.exists(file.getParent()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void writesToAStreamWithoutClosingIt() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        WRITER.write(TN, out);
        assertArrayEquals(WRITER.toBytes(TN), out.toByteArray());
        assertFalse(closed[0]);
        assertEquals(TN, READER.read(new java.io.ByteArrayInputStream(out.toByteArray()), "stream"));
    }

    @Test
    void aFailingStreamIsAFyplanExceptionNamingThePlan() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        FyplanException e = assertThrows(FyplanException.class, () -> WRITER.write(TN, broken));
        assertTrue(e.getMessage().contains("cn-320402-14th") && e.getMessage().contains("disk full"), e.getMessage());
    }

    @Test
    void aLoneSurrogateCannotBeWrittenAsUtf8() {
        PlanEvaluation broken = new PlanEvaluation("bad\uD800id", TN.asOf(), TN.evaluatedOn(), TN.method(),
                TN.thresholds(), TN.assessments(), TN.byCategory(), TN.byAttribute(), TN.byDepartment(),
                TN.byStatus(), TN.attention(), TN.dataQuality());
        FyplanException e = assertThrows(FyplanException.class, () -> WRITER.toBytes(broken));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("bad.json")));
        assertThrows(FyplanException.class, () -> WRITER.write(broken, dir.resolve("bad.json")));
        assertFalse(Files.exists(dir.resolve("bad.json")), "nothing is written");
    }
}
