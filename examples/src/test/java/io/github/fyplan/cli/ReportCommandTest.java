package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void writesOneHtmlReportPerPlanWithProgress() throws IOException {
        Path a = file("tianning.json");
        Path b = file("wujin.json");
        Path out = dir.resolve("reports");
        CliRun run = CliRun.of(new FakeServices(), "report", a.toString(), b.toString(), "--as-of", "2023",
                "-d", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.err().contains("fyplan report: [1/2] " + a), run::toString);
        assertTrue(run.err().contains("fyplan report: [2/2] " + b), run::toString);
        Document doc = Jsoup.parse(Files.readString(out.resolve("tianning.html")));
        assertEquals(7, doc.select("svg.chart").size());
        assertTrue(Files.exists(out.resolve("wujin.html")));
        byte[] first = Files.readAllBytes(out.resolve("tianning.html"));
        CliRun again = CliRun.of(new FakeServices(), "report", a.toString(), "--as-of", "2023", "-d", out.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again::toString);
        assertArrayEquals(first, Files.readAllBytes(out.resolve("tianning.html")), "re-running gives the same bytes");
    }

    @Test
    void writesOverviewsInEnglishOnRequest() throws IOException {
        Path a = file("tianning.json");
        CliRun run = CliRun.of(new FakeServices(), "report", "--overview", "--lang", "en", "--format", "md",
                "-d", dir.toString(), a.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        String md = Files.readString(dir.resolve("tianning-overview.md"));
        assertTrue(md.contains("## Indicator system"), md);
    }

    @Test
    void overviewAsCsvAndDuplicateNamesAreUsageErrors() throws IOException {
        Path a = file("tianning.json");
        CliRun csv = CliRun.of(new FakeServices(), "report", "--overview", "--format", "csv", a.toString());
        assertEquals(ExitCodes.USAGE, csv.exitCode(), csv::toString);
        assertTrue(csv.err().contains("an overview can be written as html or md, not csv"), csv::toString);
        Files.createDirectories(dir.resolve("other"));
        Path twin = Files.writeString(dir.resolve("other/tianning.json"), "{}");
        CliRun dup = CliRun.of(new FakeServices(), "report", "--as-of", "2023", a.toString(), twin.toString());
        assertEquals(ExitCodes.USAGE, dup.exitCode(), dup::toString);
        assertTrue(dup.err().contains("two plan files are named 'tianning'"), dup::toString);
        CliRun format = CliRun.of(new FakeServices(), "report", "--format", "pdf", a.toString());
        assertEquals(ExitCodes.USAGE, format.exitCode(), format::toString);
        assertTrue(format.err().contains("unknown format 'pdf'"), format::toString);
    }

    @Test
    void unreadablePlanExitsWithTwoAndWritesNothing() throws IOException {
        Path bad = file("garbled.json");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(new FakeServices(), "report", "--as-of", "2023", "-d", out.toString(), bad.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains("1 problem(s)") && run.err().contains("(3:7)"), run::toString);
        assertFalse(Files.exists(out.resolve("garbled.html")));
    }

    @Test
    void aFailingPlanInABatchDoesNotStopTheOthers() throws IOException {
        Path a = file("tianning.json");
        Path bad = file("invalid.json");
        Path c = file("wujin.json");
        Path out = dir.resolve("batch");
        CliRun run = CliRun.of(new FakeServices(), "report", "--as-of", "2023", "-d", out.toString(),
                a.toString(), bad.toString(), c.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run::toString);
        assertTrue(run.err().contains("fyplan report: " + bad + ": 1 problem(s)"), run::toString);
        assertTrue(Files.exists(out.resolve("tianning.html")));
        assertTrue(Files.exists(out.resolve("wujin.html")));
        assertFalse(Files.exists(out.resolve("invalid.html")));

        CliRun worse = CliRun.of(new FakeServices(), "report", "--overview", "-d", out.toString(),
                bad.toString(), file("garbled.json").toString());
        assertEquals(ExitCodes.USAGE, worse.exitCode(), "the highest exit code wins");
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun run = CliRun.of(new FakeServices(), "report", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: fyplan report"), run::toString);
        assertTrue(run.out().contains("--overview") && run.out().contains("--output-dir"), run::toString);
    }
}
