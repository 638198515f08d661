package io.github.fyplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.app.FyplanServices;
import io.github.fyplan.io.PlanReader;
import io.github.fyplan.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand with the real services on the bundled seed plans and demo data. */
class RealServicesCliTest {
    private static final Path SEED_TEXTS = Path.of("../plan-io/src/test/resources/seeds");
    private static final Services REAL = new FyplanServices(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    Path tianning;
    Path wujin;
    Path tnCsv;
    Path tnJudgements;
    Path wjCsv;
    Path wjJudgements;

    @BeforeEach
    void copyBundledFiles() throws IOException {
        tianning = copy("seeds/tianning.plan.json", "tianning.json");
        wujin = copy("seeds/wujin.plan.json", "wujin.json");
        tnCsv = copy("demo/tianning.observations.csv", "tianning.csv");
        tnJudgements = copy("demo/tianning.judgements.json", "tianning-judgements.json");
        wjCsv = copy("demo/wujin.observations.csv", "wujin.csv");
        wjJudgements = copy("demo/wujin.judgements.json", "wujin-judgements.json");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(REAL, args);
    }

    @Test
    void theServiceLoaderFindsTheRealServices() {
        assertInstanceOf(FyplanServices.class, Services.load());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("validate", "import", "evaluate", "report", "compare", "demo")) {
            CliRun r = run(command, "--help");
            assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
            assertTrue(r.out().startsWith("Usage: fyplan " + command), r::toString);
        }
        assertTrue(run("--help").out().contains("  demo"));
    }

    // validate

    @Test
    void validateReportsTheSeedsWarnings() {
        CliRun r = run("validate", "--lang", "en", tianning.toString(), wujin.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains(tianning + ": WARNING FYP-MODEL-041 /indicators/21/target"), r::toString);
        assertTrue(r.out().endsWith("2 plan(s): 0 error(s), " + (r.out().lines().count() - 1) + " warning(s)\n"), r::toString);
    }

    @Test
    void validateFindsErrorsInAPlanThatBreaksTheRules() throws IOException {
        Path bad = dir.resolve("duplicate.json");
        Files.writeString(bad, Files.readString(tianning).replaceFirst("\"id\": \"TN-02\"", "\"id\": \"TN-01\""));
        CliRun r = run("validate", bad.toString());
        assertEquals(ExitCodes.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.out().contains(bad + ": ERROR "), r::toString);
        assertTrue(r.out().contains("TN-01"), r::toString);
    }

    @Test
    void validateOfMalformedJsonExitsWithTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"id\": ");
        CliRun r = run("validate", bad.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("fyplan validate: ") && r.err().contains("broken.json"), r::toString);
    }

    // import

    @Test
    void importDerivesTheSeedIdentityAndWritesAPlanThatReadsBack() throws IOException {
        Path out = dir.resolve("imported.json");
        CliRun r = run("import", SEED_TEXTS.resolve("002_24e6860de747ea76.txt").toString(), "-o", out.toString());
        assertTrue(r.exitCode() == ExitCodes.OK || r.exitCode() == ExitCodes.FINDINGS, r::toString);
        assertEquals(r.err().contains(": ERROR "), r.exitCode() == ExitCodes.FINDINGS, r::toString);
        assertTrue(r.err().contains("fyplan import: wrote " + out), r::toString);
        Plan plan = PlanReader.lenient().readString(Files.readString(out)).value();
        assertEquals("cn-320412-14th", plan.id());
        assertEquals("320412", plan.region().code());
        assertEquals("WJ-01", plan.indicators().get(0).id());
        assertEquals(37, plan.indicators().size());
    }

    @Test
    void importTakesTheIdentityFromOptions() throws IOException {
        Path text = Files.writeString(dir.resolve("outline.txt"), "第一章  总体要求\n一、指导思想\n坚持新发展理念。\n");
        CliRun r = run("import", "--id", "cn-999999-14th", "--title", "某区规划纲要", "--region-code", "999999",
                "--region-name", "某区", "--indicator-prefix", "MQ", text.toString());
        assertTrue(r.out().contains("\"id\": \"cn-999999-14th\""), r::toString);
        assertTrue(r.out().contains("\"title\": \"某区规划纲要\""), r::toString);
        assertFalse(r.err().contains("FYP-EX-020"), "no identity warning when it is given: " + r);
    }

    @Test
    void importWithoutAnIdentityWarnsWhichOptionsToPass() throws IOException {
        Path text = Files.writeString(dir.resolve("outline.txt"), "第一章  总体要求\n");
        CliRun r = run("import", "--lang", "en", text.toString());
        assertTrue(r.err().contains("WARNING FYP-EX-020"), r::toString);
        assertTrue(r.err().contains("--region-code"), r::toString);
        assertTrue(r.out().contains("\"id\": \"plan-outline\""), r::toString);
    }

    @Test
    void importOfTextThatIsNotUtf8ExitsWithTwo() throws IOException {
        Path text = Files.write(dir.resolve("gbk.txt"), new byte[] {(byte) 0xB5, (byte) 0xDA, (byte) 0xFF, 0x0A});
        CliRun r = run("import", text.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("gbk.txt") && r.err().contains("UTF-8"), r::toString);
        assertEquals("", r.out());
    }

    // evaluate

    @Test
    void evaluatePicksTheDataFilesOfThePlan() {
        CliRun r = run("evaluate", tianning.toString(), "--as-of", "2023", "--data", tnCsv.toString(), "--data",
                tnJudgements.toString(), "--data", wjCsv.toString(), "--data", wjJudgements.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("# 天宁区国民经济和社会发展第十四个五年规划"), r::toString);
        assertTrue(r.out().contains("示意数据"), "illustrative banner: " + r);
        assertTrue(r.out().contains("tianning.csv, tianning-judgements.json；评估日期 2024-01-01"), r::toString);
        assertFalse(r.out().contains("wujin.csv"), r::toString);
        assertTrue(r.out().contains("| 28 | 环境美 | PM2.5浓度 |"), r::toString);
    }

    @Test
    void evaluateBeforeTheBaseYearIsAnError() {
        CliRun r = run("evaluate", tianning.toString(), "--as-of", "2010", "--data", tnCsv.toString());
        assertEquals(ExitCodes.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("fyplan evaluate: "), r::toString);
        assertTrue(r.err().contains("2010"), r::toString);
    }

    @Test
    void evaluateWithABrokenDataFileExitsWithTwo() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "indicator_id,year,value,status,source,note\nTN-01,20x3,1,final,,\n");
        CliRun r = run("evaluate", tianning.toString(), "--as-of", "2023", "--data", bad.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("bad.csv"), r::toString);
    }

    // report

    @Test
    void reportWritesOnePagePerPlan() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = run("report", tianning.toString(), wujin.toString(), "--as-of", "2023", "--lang", "en", "-d",
                out.toString(), "--data", tnCsv.toString(), "--data", wjCsv.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        String html = Files.readString(out.resolve("tianning.html"));
        assertTrue(html.contains("<svg class=\"chart\""), "charts drawn");
        assertTrue(html.contains("Illustrative data, not official statistics."));
        assertTrue(Files.readString(out.resolve("wujin.html")).contains("cn-320412-14th"));
        CliRun overview = run("report", "--overview", "--format", "md", wujin.toString(), "-d", out.toString());
        assertEquals(ExitCodes.OK, overview.exitCode(), overview::toString);
        assertTrue(Files.readString(out.resolve("wujin-overview.md")).contains("专栏"));
    }

    @Test
    void reportOfAMissingPlanIsAUsageError() {
        CliRun r = run("report", dir.resolve("none.json").toString(), "--as-of", "2023");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("cannot read plan file"), r::toString);
    }

    // compare

    @Test
    void compareMatchesTheSeedsWithTheBundledMapping() {
        CliRun r = run("compare", tianning.toString(), wujin.toString(), "--as-of", "2023", "--data", tnCsv.toString(),
                "--data", wjCsv.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("研发经费投入强度"), r::toString);
        assertTrue(r.out().contains("TN-15") && r.out().contains("WJ-07"), r::toString);
        CliRun swapped = run("compare", wujin.toString(), tianning.toString(), "--as-of", "2023", "--lang", "en");
        assertEquals(ExitCodes.OK, swapped.exitCode(), swapped::toString);
        assertTrue(swapped.out().indexOf("WJ-07") < swapped.out().indexOf("TN-15"), swapped::toString);
    }

    @Test
    void compareWithoutTheSecondPlanIsAUsageError() {
        CliRun r = run("compare", tianning.toString(), "--as-of", "2023");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("RIGHT"), r::toString);
    }

    // demo

    @Test
    void demoPrintsTheHtmlFilesItWrote() {
        Path out = dir.resolve("demo");
        CliRun r = run("demo", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(7, lines.size(), r::toString);
        assertEquals(out.toAbsolutePath().normalize().resolve("tianning/evaluation.html").toString(), lines.get(0));
        assertEquals(out.toAbsolutePath().normalize().resolve("wujin/evaluation.html").toString(), lines.get(1));
        assertTrue(lines.stream().allMatch(l -> Files.isRegularFile(Path.of(l))), r::toString);
    }

    @Test
    void demoRefusesAYearOutsideThePeriodAndAnUnknownMethod() {
        CliRun year = run("demo", "--out", dir.toString(), "--as-of", "2030");
        assertEquals(ExitCodes.USAGE, year.exitCode(), year::toString);
        assertTrue(year.err().contains("--as-of"), year::toString);
        CliRun method = run("demo", "--method", "gut-feeling");
        assertEquals(ExitCodes.USAGE, method.exitCode(), method::toString);
        assertTrue(method.err().contains("gut-feeling"), method::toString);
    }

    @Test
    void demoWithTheGrowthRatioMethodNamesIt() throws IOException {
        Path out = dir.resolve("growth");
        CliRun r = run("demo", "--out", out.toString(), "--method", "growth-ratio", "--as-of", "2022");
        assertEquals(ExitCodes.OK, r.exitCode(), r::toString);
        String md = Files.readString(out.resolve("wujin/evaluation.md"));
        assertTrue(md.contains("增速比法") && md.contains("2022"), md.substring(0, 400));
    }
}
