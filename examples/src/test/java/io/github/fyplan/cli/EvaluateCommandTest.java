package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void passesTheRequestAndPrintsMarkdown() throws IOException {
        FakeServices services = new FakeServices();
        Path plan = file("tianning.json");
        Path data = file("tianning-2023.csv");
        CliRun run = CliRun.of(services, "evaluate", plan.toString(), "--as-of", "2023", "--method", "growth-ratio",
                "--data", data.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertEquals(List.of(new EvaluationRequest(plan, List.of(data), 2023, EvaluationMethod.GROWTH_RATIO,
                Locale.SIMPLIFIED_CHINESE)), services.requests);
        assertTrue(run.out().startsWith("# 天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n"), run::toString);
        assertTrue(run.out().contains("## 指标评估"), run::toString);
    }

    @Test
    void methodDefaultsToTimeElapsedAndCsvCanBeWrittenToAFile() throws IOException {
        FakeServices services = new FakeServices();
        Path out = dir.resolve("tianning.csv");
        CliRun run = CliRun.of(services, "evaluate", file("tianning.json").toString(), "--as-of", "2023",
                "--format", "csv", "--lang", "en", "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertEquals(EvaluationMethod.TIME_ELAPSED, services.requests.get(0).method());
        assertEquals(Locale.ENGLISH, services.requests.get(0).locale());
        assertTrue(Files.readString(out).startsWith("number,id,category,"));
        assertEquals("", run.out());
    }

    @Test
    void badMethodYearOrMissingYearAreUsageErrors() throws IOException {
        Path plan = file("tianning.json");
        CliRun method = CliRun.of(new FakeServices(), "evaluate", plan.toString(), "--as-of", "2023", "--method", "linear");
        assertEquals(ExitCodes.USAGE, method.exitCode(), method::toString);
        assertTrue(method.err().contains("unknown method 'linear', expected one of time-elapsed, growth-ratio, trend"),
                method::toString);
        CliRun year = CliRun.of(new FakeServices(), "evaluate", plan.toString(), "--as-of", "1800");
        assertEquals(ExitCodes.USAGE, year.exitCode(), year::toString);
        assertTrue(year.err().contains("'--as-of': 1800 is not a year between 1949 and 2100"), year::toString);
        CliRun notNumber = CliRun.of(new FakeServices(), "evaluate", plan.toString(), "--as-of", "二〇二三");
        assertEquals(ExitCodes.USAGE, notNumber.exitCode(), notNumber::toString);
        FakeServices services = new FakeServices();
        CliRun missing = CliRun.of(services, "evaluate", plan.toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("Missing required option: '--as-of=YEAR'"), missing::toString);
        assertTrue(services.requests.isEmpty());
    }

    @Test
    void missingDataFileAndInvalidContentGiveTwoAndOne() throws IOException {
        Path plan = file("tianning.json");
        CliRun data = CliRun.of(new FakeServices(), "evaluate", plan.toString(), "--as-of", "2023",
                "--data", dir.resolve("missing.csv").toString());
        assertEquals(ExitCodes.USAGE, data.exitCode(), data::toString);
        assertTrue(data.err().contains("cannot read data file"), data::toString);
        CliRun invalid = CliRun.of(new FakeServices(), "evaluate", file("invalid.json").toString(), "--as-of", "2023");
        assertEquals(ExitCodes.FINDINGS, invalid.exitCode(), invalid::toString);
        assertTrue(invalid.err().contains("fyplan evaluate: " + dir.resolve("invalid.json") + ": 1 problem(s)"),
                invalid::toString);
        assertEquals("", invalid.out());
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun run = CliRun.of(new FakeServices(), "evaluate", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("Usage: fyplan evaluate"), run::toString);
        assertTrue(run.out().contains("--as-of=YEAR") && run.out().contains("growth-ratio"), run::toString);
    }
}
