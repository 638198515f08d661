package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EvaluationReader}: strict reading of what {@link EvaluationWriter} writes, and its errors. */
class EvaluationReaderTest {
    private static final PlanEvaluation TN = SeedEvaluations.evaluate("tianning", 2023, Method.TIME_ELAPSED);
    private static final String JSON = EvaluationWriter.create().toJson(TN);
    private static final EvaluationReader READER = EvaluationReader.create();

    @TempDir
    Path dir;

    @Test
    void strictReadingRejectsUnknownFieldsDuplicatesAndTrailingContent() {
        String json = JSON;
        UnreadableInputException unknown = assertThrows(UnreadableInputException.class,
                () -> READER.readString(json.replaceFirst("\"asOf\": 2023,", "\"asOf\": 2023, \"extra\": 1,"), "e.json"));
        assertTrue(unknown.getMessage().contains("e.json") && unknown.getMessage().contains("extra"), unknown.getMessage());
        assertThrows(UnreadableInputException.class,
                () -> READER.readString(json.replaceFirst("\"asOf\": 2023,", "\"asOf\": 2023, \"asOf\": 2022,"), "e.json"));
        assertThrows(UnreadableInputException.class, () -> READER.readString(json + "{}", "e.json"));
        assertThrows(UnreadableInputException.class, () -> READER.readString("", "e.json"));
        UnreadableInputException date = assertThrows(UnreadableInputException.class,
                () -> READER.readString(json.replace("\"2024-01-01\"", "\"yesterday\""), "e.json"));
        assertTrue(date.getMessage().contains("yesterday"), date.getMessage());
    }

    @Test
    void anErrorIsOneFindingWithItsCodePlaceAndBothLanguages() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> READER.readString(JSON.replaceFirst("\"asOf\": 2023,", "\"asOf\": 2023, \"extra\": 1,"), "e.json"));
        assertEquals(1, e.findings().size(), e.findings()::toString);
        Finding f = e.findings().get(0);
        assertEquals("FYP-IO-040", f.code());
        assertTrue(f.isError());
        assertNotNull(f.location(), "the place of the unknown field");
        // Jackson reports an unknown field of a record where the record's object ends.
        String at = " at " + f.location().line() + ":" + f.location().column();
        assertTrue(f.location().line() > 3, f::toString);
        assertTrue(f.message(Locale.ENGLISH).startsWith("cannot read the evaluation e.json" + at + ": "), f::toString);
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).startsWith("无法读取评估结果 e.json" + at + "："), f::toString);
        assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("extra"), f::toString);
    }

    @Test
    void aWrongTypeAndAMissingValueAreErrors() {
        UnreadableInputException year = assertThrows(UnreadableInputException.class,
                () -> READER.readString(JSON.replaceFirst("\"asOf\": 2023,", "\"asOf\": \"2023\","), "e.json"));
        assertEquals("FYP-IO-040", year.findings().get(0).code());
        UnreadableInputException nul = assertThrows(UnreadableInputException.class,
                () -> READER.readString(JSON.replaceFirst("\"planId\": \"cn-320402-14th\"", "\"planId\": null"), "e.json"));
        assertTrue(nul.getMessage().contains("planId"), nul.getMessage());
    }

    @Test
    void aMissingFileIsUnreadable() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> READER.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"), e.getMessage());
        assertEquals("FYP-IO-040", e.findings().get(0).code());
    }

    @Test
    void bytesAreUtf8WithAnOptionalByteOrderMark() {
        byte[] utf8 = JSON.getBytes(StandardCharsets.UTF_8);
        assertEquals(TN, READER.read(utf8, "e.json"));
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(TN, READER.read(bom, "e.json"));
        assertEquals(TN, READER.readString("\uFEFF" + JSON, "e.json"));

        byte[] gb18030 = JSON.getBytes(java.nio.charset.Charset.forName("GB18030"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> READER.read(gb18030, "gb.json"));
        assertEquals("FYP-IO-003", e.findings().get(0).code(), e::getMessage);
        assertTrue(e.getMessage().contains("gb.json"), e.getMessage());
    }

    @Test
    void aStreamIsReadToItsEndAndAFailingOneIsUnreadable() {
        assertEquals(TN, READER.read(new ByteArrayInputStream(JSON.getBytes(StandardCharsets.UTF_8)), "s"));
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> READER.read(broken, "http://x"));
        assertTrue(e.getMessage().contains("http://x") && e.getMessage().contains("connection reset"), e.getMessage());
    }
}
