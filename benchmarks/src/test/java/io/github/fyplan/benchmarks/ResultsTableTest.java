package io.github.fyplan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
    private static final String P = "io.github.fyplan.benchmarks.";

    private static String result(String benchmark, String mode, String params, double score, double error,
            String unit, Double bytes) {
        return "{\"benchmark\":\"" + P + benchmark + "\",\"mode\":\"" + mode + "\",\"threads\":1,\"forks\":1,"
                + "\"params\":{" + params + "},"
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scorePercentiles\":{"
                + "\"0.0\":" + (score - 2 * error) + ",\"50.0\":" + (score + error / 2)
                + ",\"100.0\":" + (score + error)
                + "},\"scoreUnit\":\"" + unit + "\"},\"secondaryMetrics\":{" + (bytes == null ? ""
                : "\"bytes\":{\"score\":" + bytes + ",\"scoreError\":1.0,\"scoreUnit\":\"ops/s\"}") + "}}";
    }

    private static final String SAMPLE = "[" + String.join(",",
            result("PlanReadingBenchmark.rawTokenScan", "thrpt", "\"corpus\":\"national\"", 10000, 100, "ops/s", 300e6),
            result("PlanReadingBenchmark.readWithoutValidation", "thrpt", "\"corpus\":\"national\"", 5000, 50, "ops/s",
                    160e6),
            result("PlanReadingBenchmark.readWithValidation", "thrpt", "\"corpus\":\"national\"", 2500, 50, "ops/s",
                    90e6),
            result("PlanReadingBenchmark.rawTokenScan", "thrpt", "\"corpus\":\"tianning\"", 100, 1, "ops/s", 20e6),
            result("PlanReadingBenchmark.readWithValidation", "thrpt", "\"corpus\":\"tianning\"", 20, 1, "ops/s", 4e6),
            result("ImportBenchmark.importSeed", "avgt", "\"seed\":\"TIANNING\"", 12.5, 0.4, "ms/op", null),
            result("ImportBenchmark.importSeed", "avgt", "\"seed\":\"WUJIN\"", 55.0, 2, "ms/op", null),
            result("AssessmentBenchmark.evaluatePlans", "thrpt", "\"asOf\":\"2023\"", 1.5e6, 1e4, "ops/s", null),
            result("AssessmentBenchmark.evaluatePlans", "thrpt", "\"asOf\":\"2025\"", 0.5e6, 1e4, "ops/s", null),
            result("AssessmentBenchmark.evaluatePreparedPlans", "thrpt", "\"asOf\":\"2023\"", 0.9e6, 1e4, "ops/s",
                    null),
            result("AssessmentBenchmark.readObservations", "thrpt", "", 50e6, 1e5, "ops/s", null)) + "]";

    @Test
    void parsesEveryResultWithItsParametersAndBytes() throws IOException {
        List<ResultsTable.Row> rows = ResultsTable.parse(SAMPLE);
        assertEquals(11, rows.size());
        ResultsTable.Row first = rows.get(0);
        assertEquals("PlanReadingBenchmark", first.type());
        assertEquals("rawTokenScan", first.method());
        assertEquals("corpus=national", first.params());
        assertEquals(300e6, first.bytesPerSecond());
        assertEquals(null, rows.get(5).bytesPerSecond());
    }

    @Test
    void derivesMegabytesPerSecondAndRatioToTheRawScanOfTheSameCorpus() throws IOException {
        String md = ResultsTable.render(SAMPLE);
        assertTrue(md.contains("| PlanReadingBenchmark.readWithoutValidation | corpus=national | thrpt | 5000.0 "
                + "| ± 50.000 | 5025.0 | ops/s | 160.0 | 0.533 |"), md);
        assertTrue(md.contains("| PlanReadingBenchmark.readWithValidation | corpus=tianning | thrpt | 20.000 "
                + "| ± 1.000 | 20.500 | ops/s | 4.000 | 0.200 |"), md);
    }

    @Test
    void assessmentRatioIsOverThePlainLoopWhateverTheYear() throws IOException {
        String md = ResultsTable.render(SAMPLE);
        assertTrue(md.contains("| AssessmentBenchmark.evaluatePlans | asOf=2023 | thrpt | 1,500,000 | ± 10,000 "
                + "| 1,505,000 | ops/s |  | 0.030 |"), md);
        assertTrue(md.contains("| AssessmentBenchmark.readObservations |  | thrpt | 50,000,000 | ± 100,000 "
                + "| 50,050,000 | ops/s |  | 1.000 |"), md);
    }

    @Test
    void statesEachGoalMetOrMissed() throws IOException {
        String md = ResultsTable.render(SAMPLE);
        assertTrue(md.contains("reading without validation ≥ 1/2 of the raw scan (corpus=national): 0.53× — **met**"),
                md);
        assertTrue(md.contains("reading with validation ≥ 1/3 of the raw scan (corpus=national): 0.30× — **missed**"),
                md);
        assertTrue(md.contains("reading with validation ≥ 1/3 of the raw scan (corpus=tianning): 0.20× — **missed**"),
                md);
        assertTrue(md.contains("import < 50 ms per plan (seed=TIANNING): 12.5 ms — **met**"), md);
        assertTrue(md.contains("import < 50 ms per plan (seed=WUJIN): 55.0 ms — **missed**"), md);
        assertTrue(md.contains("whole-plan evaluation (asOf=2023): 1,500,000/s — **met**"), md);
        assertTrue(md.contains("whole-plan evaluation (asOf=2025): 500,000/s — **missed**"), md);
        assertTrue(md.contains("whole-plan evaluation of prepared plans (asOf=2023): 900,000/s — **missed**"), md);
    }

    @Test
    void medianIsTheFiftiethPercentileOfTheIterationsAndBlankWithoutOne() throws IOException {
        assertEquals(5025.0, ResultsTable.parse(SAMPLE).get(1).median());
        String noPercentiles = "[{\"benchmark\":\"" + P + "ImportBenchmark.importSeed\",\"mode\":\"avgt\","
                + "\"params\":{},\"primaryMetric\":{\"score\":12.5,\"scoreError\":0.5,\"scoreUnit\":\"ms/op\"}}]";
        assertTrue(Double.isNaN(ResultsTable.parse(noPercentiles).get(0).median()));
        assertTrue(ResultsTable.render(noPercentiles).contains("| 12.500 | ± 0.500 |  | ms/op |"),
                ResultsTable.render(noPercentiles));
    }

    @Test
    void goalWithoutBaselineSaysSo() throws IOException {
        String only = "[" + result("PlanReadingBenchmark.readWithoutValidation", "thrpt", "\"corpus\":\"x\"", 1, 0,
                "ops/s", 1e6) + "]";
        assertTrue(ResultsTable.render(only).contains("(corpus=x): no figure (baseline or unit missing)"));
    }
}
