package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void comparesTwoPlansAsMarkdownOnStdout() throws IOException {
        FakeServices services = new FakeServices();
        Path a = file("tianning.json");
        Path b = file("wujin.json");
        CliRun run = CliRun.of(services, "compare", a.toString(), b.toString(), "--as-of", "2023", "--method", "trend");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertEquals(2, services.requests.size());
        assertEquals(a, services.requests.get(0).plan());
        assertEquals(b, services.requests.get(1).plan());
        assertEquals(EvaluationMethod.TREND, services.requests.get(1).method());
        assertTrue(run.out().contains("| 人均地区生产总值 | TN-01 人均地区生产总值 (万元/人) |"), run::toString);
    }

    @Test
    void writesHtmlToAFile() throws IOException {
        Path out = dir.resolve("compare.html");
        CliRun run = CliRun.of(new FakeServices(), "compare", file("tianning.json").toString(),
                file("wujin.json").toString(), "--as-of", "2023", "--format", "html", "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertEquals(3, Jsoup.parse(Files.readString(out)).select("table.comparison tbody tr").size());
    }

    @Test
    void csvMissingPlanAndInvalidPlanFail() throws IOException {
        Path a = file("tianning.json");
        CliRun csv = CliRun.of(new FakeServices(), "compare", a.toString(), a.toString(), "--as-of", "2023",
                "--format", "csv");
        assertEquals(ExitCodes.USAGE, csv.exitCode(), csv::toString);
        assertTrue(csv.err().contains("a comparison can be written as html or md, not csv"), csv::toString);
        CliRun one = CliRun.of(new FakeServices(), "compare", a.toString(), "--as-of", "2023");
        assertEquals(ExitCodes.USAGE, one.exitCode(), one::toString);
        assertTrue(one.err().contains("Missing required parameter: 'RIGHT'"), one::toString);
        CliRun invalid = CliRun.of(new FakeServices(), "compare", a.toString(), file("invalid.json").toString(),
                "--as-of", "2023");
        assertEquals(ExitCodes.FINDINGS, invalid.exitCode(), invalid::toString);
        assertTrue(invalid.err().startsWith("fyplan compare: "), invalid::toString);
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun run = CliRun.of(new FakeServices(), "compare", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: fyplan compare"), run::toString);
        assertTrue(run.out().contains("LEFT") && run.out().contains("RIGHT"), run::toString);
    }
}
