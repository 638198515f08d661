package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheImportedPlanAndReportsWarnings() throws IOException {
        Path text = Files.writeString(dir.resolve("tianning.txt"), "“十四五”天宁区经济社会发展指标体系");
        Path out = dir.resolve("out/cn-320402-14th.json");
        CliRun run = CliRun.of(new FakeServices(), "import", text.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertEquals("{\"id\":\"cn-320402-14th\"}\n", Files.readString(out));
        assertTrue(run.err().contains("WARNING FYP-MODEL-007"), run::toString);
        assertTrue(run.err().contains("fyplan import: wrote " + out), run::toString);
    }

    @Test
    void writesToStdoutWithoutOutputOption() throws IOException {
        Path text = Files.writeString(dir.resolve("tianning.txt"), "x");
        CliRun run = CliRun.of(new FakeServices(), "import", text.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertEquals("{\"id\":\"cn-320402-14th\"}\n", run.out());
    }

    @Test
    void errorsExitWithOneButTheDraftIsWritten() throws IOException {
        Path text = Files.writeString(dir.resolve("errors.txt"), "x");
        Path out = dir.resolve("draft.json");
        CliRun run = CliRun.of(new FakeServices(), "import", "--lang", "en", text.toString(), "-o", out.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.err().contains("ERROR FYP-MODEL-003 /indicators/11/number: indicator numbers jump"), run::toString);
        assertTrue(Files.exists(out));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        Path text = Files.writeString(dir.resolve("tianning.txt"), "x");
        Path out = Files.writeString(dir.resolve("plan.json"), "keep");
        CliRun run = CliRun.of(new FakeServices(), "import", text.toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("output file '" + out + "' exists; use --force"), run::toString);
        assertEquals("keep", Files.readString(out));
        CliRun forced = CliRun.of(new FakeServices(), "import", "--force", text.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, forced.exitCode(), forced::toString);
        assertFalse(Files.readString(out).equals("keep"));
    }

    @Test
    void unreadableTextExitsWithTwo() throws IOException {
        Path text = Files.writeString(dir.resolve("garbled.txt"), "x");
        CliRun run = CliRun.of(new FakeServices(), "import", text.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("fyplan import: " + text + ": cannot read"), run::toString);
        assertEquals("", run.out());
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun run = CliRun.of(new FakeServices(), "import", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: fyplan import"), run::toString);
        assertTrue(run.out().contains("--force"), run::toString);
    }
}
