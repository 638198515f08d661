package io.github.fyplan.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.app.Demo;
import io.github.fyplan.cli.EvaluationMethod;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.rules.PlanEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationJsonTest {
    private static final PlanEvaluation TN = Demo.evaluate("tianning", 2023, EvaluationMethod.TIME_ELAPSED).evaluation();

    @TempDir
    Path dir;

    @Test
    void everySeedEvaluationReadsBackEqualWithTheSameBytes() {
        for (String plan : Demo.PLANS) {
            for (EvaluationMethod m : EvaluationMethod.values()) {
                PlanEvaluation e = Demo.evaluate(plan, 2023, m).evaluation();
                String json = EvaluationJson.toJson(e);
                PlanEvaluation back = EvaluationJson.read(json, plan);
                assertEquals(e, back, plan + " " + m);
                assertEquals(json, EvaluationJson.toJson(back), plan + " " + m);
            }
        }
    }

    @Test
    void theTextIsCanonical() {
        String json = EvaluationJson.toJson(TN);
        assertTrue(json.startsWith("{\n  \"planId\": \"cn-320402-14th\",\n  \"asOf\": 2023,\n"
                + "  \"evaluatedOn\": \"2024-01-01\",\n  \"method\": \"TIME_ELAPSED\",\n"), json.substring(0, 200));
        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
        assertFalse(json.contains("\r"));
        assertFalse(json.matches("(?s).*\\d[eE][+-]?\\d.*"), "no exponent notation");
        assertTrue(json.contains("\"growthRatioLagging\": 0.60,"), "scales kept");
        assertFalse(json.contains("\"overridden\""), "derived is-getters are not written");
        assertFalse(json.contains("\"error\""), "Finding.isError() is not written");
    }

    @Test
    void writesAFileAtomicallyThatReadsBack() {
        Path file = EvaluationJson.write(TN, dir.resolve("sub/evaluation.json"));
        assertEquals(TN, EvaluationJson.read(file));
    }

    @Test
    void strictReadingRejectsUnknownFieldsDuplicatesAndTrailingContent() {
        String json = EvaluationJson.toJson(TN);
        UnreadableInputException unknown = assertThrows(UnreadableInputException.class,
                () -> EvaluationJson.read(json.replaceFirst("\"asOf\": 2023,", "\"asOf\": 2023, \"extra\": 1,"), "e.json"));
        assertTrue(unknown.getMessage().contains("e.json") && unknown.getMessage().contains("extra"), unknown.getMessage());
        assertThrows(UnreadableInputException.class,
                () -> EvaluationJson.read(json.replaceFirst("\"asOf\": 2023,", "\"asOf\": 2023, \"asOf\": 2022,"), "e.json"));
        assertThrows(UnreadableInputException.class, () -> EvaluationJson.read(json + "{}", "e.json"));
        assertThrows(UnreadableInputException.class, () -> EvaluationJson.read("", "e.json"));
        UnreadableInputException date = assertThrows(UnreadableInputException.class,
                () -> EvaluationJson.read(json.replace("\"2024-01-01\"", "\"yesterday\""), "e.json"));
        assertTrue(date.getMessage().contains("yesterday"), date.getMessage());
    }

    @Test
    void aMissingFileIsUnreadable() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> EvaluationJson.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"), e.getMessage());
    }
}
