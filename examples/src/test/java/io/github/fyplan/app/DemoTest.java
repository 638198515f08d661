package io.github.fyplan.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fyplan.cli.EvaluationMethod;
import io.github.fyplan.io.EvaluationReader;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.IndicatorRow;
import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.report.adapter.StatusMapping;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's files, written once into a temporary directory and checked against the evaluations. */
class DemoTest {
    @TempDir
    static Path dir;

    static List<Path> printed;

    @BeforeAll
    static void runDemo() {
        printed = Demo.run(dir.resolve("reports"), 2023, EvaluationMethod.TIME_ELAPSED);
    }

    private static Path out(String name) {
        return dir.resolve("reports").resolve(name);
    }

    @Test
    void writesEveryFileAndListsTheHtmlChineseFirst() {
        for (String plan : Demo.PLANS) {
            for (String f : List.of("evaluation.html", "evaluation.en.html", "evaluation.md", "evaluation.csv",
                    "evaluation.json", "overview.html", "overview.md")) {
                assertTrue(Files.isRegularFile(out(plan + "/" + f)), plan + "/" + f);
            }
        }
        assertTrue(Files.isRegularFile(out("comparison.html")));
        assertTrue(Files.isRegularFile(out("comparison.md")));
        Path root = out("").toAbsolutePath().normalize();
        assertEquals(List.of(root.resolve("tianning/evaluation.html"), root.resolve("wujin/evaluation.html"),
                root.resolve("tianning/overview.html"), root.resolve("wujin/overview.html"), root.resolve("comparison.html"),
                root.resolve("tianning/evaluation.en.html"), root.resolve("wujin/evaluation.en.html")), printed);
        assertTrue(printed.stream().allMatch(Path::isAbsolute));
    }

    @Test
    void evaluationPagesHaveAChartPerIndicatorWithDataAndTheEvaluationsCounts() throws IOException {
        for (String plan : Demo.PLANS) {
            EvaluatedPlan p = Demo.evaluate(plan, 2023, EvaluationMethod.TIME_ELAPSED);
            for (String page : List.of("evaluation.html", "evaluation.en.html")) {
                Document doc = Jsoup.parse(out(plan + "/" + page).toFile(), "UTF-8");
                String where = plan + "/" + page;
                long withData = p.plan().indicators().stream()
                        .filter(i -> p.data().series(i.id()).stream().anyMatch(o -> o.year().getValue() <= 2023)).count();
                assertTrue(withData > 20, where);
                assertEquals(withData, doc.select("svg.chart").size(), where);
                for (Element fig : doc.select("figure.chart-box")) {
                    assertEquals(1, fig.select("svg.chart").size(), where + " " + fig.attr("data-id"));
                }
                assertEquals(expectedCounts(p), statusCounts(doc), where);
                assertEquals(p.evaluation().assessments().size(), doc.select("table.indicators tbody tr").size(), where);
                assertEquals(1, doc.select(".banner.illustrative").size(), where);
                assertNoBadNumbers(doc.text(), where);
                // Category totals in the page equal the evaluation's groups.
                for (var g : p.evaluation().byCategory()) {
                    Element row = doc.selectFirst("table.summary-category tr[data-key=" + g.key() + "]");
                    assertEquals(Integer.toString(g.total()), row.selectFirst("td.total").text(), where + " " + g.key());
                }
            }
        }
    }

    private static Map<IndicatorStatus, Integer> expectedCounts(EvaluatedPlan p) {
        PlanEvaluation e = p.evaluation();
        Map<IndicatorStatus, Integer> m = new EnumMap<>(IndicatorStatus.class);
        for (Assessment a : e.assessments()) {
            m.merge(StatusMapping.toReport(a.status()), 1, Integer::sum);
        }
        assertEquals(e.assessments().size(), e.byStatus().values().stream().mapToInt(Integer::intValue).sum());
        return m;
    }

    private static Map<IndicatorStatus, Integer> statusCounts(Document doc) {
        Map<IndicatorStatus, Integer> m = new EnumMap<>(IndicatorStatus.class);
        for (Element tr : doc.select("table.summary-status tbody tr")) {
            m.put(IndicatorStatus.fromCode(tr.attr("data-status")), Integer.parseInt(tr.selectFirst("td.count").text()));
        }
        return m;
    }

    private static void assertNoBadNumbers(String text, String where) {
        for (String bad : List.of("null", "NaN", "Infinity")) {
            assertFalse(text.contains(bad), where + " contains " + bad);
        }
    }

    @Test
    void noTextFileSaysNullNaNOrInfinity() throws IOException {
        try (Stream<Path> files = Files.walk(out(""))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")).toList()) {
                assertNoBadNumbers(Files.readString(f), f.toString());
            }
        }
    }

    @Test
    void overviewAndComparisonPagesParse() throws IOException {
        Document overview = Jsoup.parse(out("wujin/overview.html").toFile(), "UTF-8");
        assertTrue(overview.text().contains("武进区"));
        assertEquals(37, overview.select("table.indicators tbody tr").size());
        Document comparison = Jsoup.parse(out("comparison.html").toFile(), "UTF-8");
        assertEquals(1, comparison.select(".banner.illustrative").size());
        assertTrue(comparison.text().contains("不同度量"), "the PM2.5 note");
        assertEquals(15, comparison.select("table.comparison tbody tr").size());
        assertTrue(comparison.text().contains("WJ-07"));
    }

    @Test
    void theCsvReadsBackIntoTheReportsFigures() throws IOException {
        EvaluationReport report = Demo.evaluate("tianning", 2023, EvaluationMethod.TIME_ELAPSED).report(Locale.SIMPLIFIED_CHINESE);
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.readString(out("tianning/evaluation.csv"), StandardCharsets.UTF_8))) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(report.rows().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = report.rows().get(i);
            Map<String, String> c = rows.get(i);
            assertEquals(r.id(), c.get("id"));
            assertEquals(r.status().code(), c.get("status"));
            assertSame(r.latest() == null ? null : r.latest().value(), c.get("latest_value"), r.id());
            assertSame(r.baseline() == null ? null : r.baseline().value(), c.get("baseline_value"), r.id());
            assertSame(r.progressShare(), c.get("progress_share"), r.id());
            assertEquals(r.requirement(), c.get("requirement"), r.id());
        }
    }

    private static void assertSame(BigDecimal expected, String actual, String where) {
        if (expected == null) {
            assertEquals("", actual, where);
        } else {
            assertEquals(0, expected.compareTo(new BigDecimal(actual)), where + ": " + actual);
        }
    }

    @Test
    void theJsonReadsBackIntoTheEvaluation() {
        for (String plan : Demo.PLANS) {
            PlanEvaluation e = Demo.evaluate(plan, 2023, EvaluationMethod.TIME_ELAPSED).evaluation();
            assertEquals(e, EvaluationReader.create().read(out(plan + "/evaluation.json")), plan);
        }
    }

    @Test
    void aRerunGivesIdenticalBytes() throws IOException {
        Path again = dir.resolve("again");
        Demo.run(again, 2023, EvaluationMethod.TIME_ELAPSED);
        Map<String, byte[]> first = contents(out(""));
        Map<String, byte[]> second = contents(again);
        assertEquals(first.keySet(), second.keySet());
        assertEquals(16, first.size());
        for (String f : first.keySet()) {
            assertArrayEquals(first.get(f), second.get(f), f);
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return m;
    }
}
