package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void aPlanWithOnlyWarningsPasses() throws IOException {
        Path plan = file("tianning.json");
        CliRun run = CliRun.of(new FakeServices(), "validate", "--lang", "en", plan.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.out().contains(plan + ": WARNING FYP-MODEL-007 /indicators/21/target:"
                + " unit is % but the target 0.93 looks like a ratio"), run::toString);
        assertTrue(run.out().endsWith("1 plan(s): 0 error(s), 1 warning(s)\n"), run::toString);
        assertEquals("", run.err(), "no progress line for a single plan");
    }

    @Test
    void errorFindingsExitWithOneAndPrintInChineseByDefault() throws IOException {
        Path plan = file("errors.json");
        CliRun run = CliRun.of(new FakeServices(), "validate", plan.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ERROR FYP-MODEL-003 /indicators/11/number: 指标序号从12跳到14"), run::toString);
        assertTrue(run.out().contains("1 error(s), 1 warning(s)"), run::toString);
    }

    @Test
    void manyPlansShowProgressAndOneUnreadablePlanGivesTwo() throws IOException {
        Path a = file("tianning.json");
        Path b = file("garbled.json");
        Path c = file("wujin.json");
        CliRun run = CliRun.of(new FakeServices(), "validate", a.toString(), b.toString(), c.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("fyplan validate: [1/3] " + a), run::toString);
        assertTrue(run.err().contains("fyplan validate: [3/3] " + c), run::toString);
        assertTrue(run.err().contains("fyplan validate: " + b + ": cannot read, 1 problem(s)"), run::toString);
        assertTrue(run.out().contains(c + ": WARNING"), "the plan after the unreadable one is still validated");
        assertTrue(run.out().endsWith("3 plan(s): 0 error(s), 2 warning(s), 1 unreadable\n"), run::toString);
    }

    @Test
    void aMissingFileIsAUsageErrorThatNamesIt() {
        Path missing = dir.resolve("nowhere.json");
        CliRun run = CliRun.of(new FakeServices(), "validate", missing.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("fyplan validate: cannot read plan file '" + missing + "': no such file"),
                run::toString);
        assertFalse(run.out().contains("plan(s)"));
    }

    @Test
    void noPlanAndBadLanguageAreUsageErrors() throws IOException {
        CliRun none = CliRun.of(new FakeServices(), "validate");
        assertEquals(ExitCodes.USAGE, none.exitCode(), none::toString);
        assertTrue(none.err().contains("Missing required parameter"), none::toString);
        CliRun fr = CliRun.of(new FakeServices(), "validate", "--lang", "fr", file("tianning.json").toString());
        assertEquals(ExitCodes.USAGE, fr.exitCode(), fr::toString);
        assertTrue(fr.err().contains("'--lang': 'fr', expected zh or en"), fr::toString);
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun run = CliRun.of(new FakeServices(), "validate", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: fyplan validate"), run::toString);
        assertTrue(run.out().contains("PLAN..."), run::toString);
    }
}
