package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FyplanCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of(new FakeServices(), "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        for (String command : new String[] {"validate", "import", "evaluate", "report", "compare"}) {
            assertTrue(run.out().contains("  " + command), () -> command + " missing in\n" + run.out());
        }
        assertTrue(run.out().contains("2   bad usage or unreadable input"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of(new FakeServices());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("fyplan: Missing required command: one of validate, import, evaluate,"),
                run::toString);
        assertTrue(run.err().contains("Try 'fyplan --help'"), run::toString);
    }

    @Test
    void unknownCommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of(new FakeServices(), "valdate", "x.json");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("valdate"), run::toString);
        assertTrue(run.err().contains("validate"), run::toString);
    }

    @Test
    void withoutAnImplementationEveryOperationSaysSo() throws IOException {
        Path plan = Files.writeString(dir.resolve("tianning.json"), "{}");
        CliRun run = CliRun.of(Services.unavailable(), "validate", plan.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.err().contains("fyplan validate: validation is not available"), run::toString);
    }

    @Test
    void anUnexpectedExceptionIsAnInternalError() throws IOException {
        Path plan = Files.writeString(dir.resolve("crash.json"), "{}");
        CliRun run = CliRun.of(new FakeServices(), "report", "--overview", "-d", dir.toString(), plan.toString());
        assertEquals(ExitCodes.INTERNAL, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("fyplan report: internal error: java.lang.IllegalStateException: boom"),
                run::toString);
    }

    @Test
    void exitCodesFollowTheExceptionType() {
        assertEquals(ExitCodes.USAGE, ExitCodes.of(new io.github.fyplan.model.problem.UnreadableInputException(
                "x", java.util.List.of(FakeServices.BAD_NUMBERING), null)));
        assertEquals(ExitCodes.FINDINGS, ExitCodes.of(new io.github.fyplan.model.problem.InvalidContentException(
                "x", java.util.List.of(FakeServices.BAD_NUMBERING))));
        assertEquals(ExitCodes.FINDINGS, ExitCodes.of(new io.github.fyplan.model.problem.FyplanException("x")));
        assertEquals(ExitCodes.INTERNAL, ExitCodes.of(new NullPointerException()));
    }
}
