package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvReportRendererTest {
    private final CsvReportRenderer renderer = new CsvReportRenderer();

    static List<Map<String, String>> read(String csv) throws Exception {
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withStrictHeaders(true);
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
            return it.readAll();
        }
    }

    private static BigDecimal decimal(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    @Test
    void readsBackIntoTheSameFigures() throws Exception {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        String csv = renderer.render(report, Locale.SIMPLIFIED_CHINESE);
        assertTrue(csv.startsWith(String.join(",", CsvReportRenderer.COLUMNS) + "\n"));
        List<Map<String, String>> rows = read(csv);
        assertEquals(report.rows().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = report.rows().get(i);
            Map<String, String> c = rows.get(i);
            assertEquals(r.number(), Integer.parseInt(c.get("number")));
            assertEquals(r.id(), c.get("id"));
            assertEquals(r.name(), c.get("name"));
            assertEquals(r.unit(), c.get("unit"));
            assertEquals(r.targetWording(), c.get("target"));
            assertEquals(r.attribute().name(), c.get("attribute").toUpperCase(Locale.ROOT));
            assertEquals(r.status(), IndicatorStatus.fromCode(c.get("status")));
            if (r.latest() == null) {
                assertEquals("", c.get("latest_value"));
            } else {
                assertEquals(r.latest().value(), decimal(c.get("latest_value"))); // same scale, too
                assertEquals(r.latest().year(), Integer.parseInt(c.get("latest_year")));
            }
            if (r.baseline() != null) {
                assertEquals(r.baseline().value(), decimal(c.get("baseline_value")));
            }
            assertEquals(r.progressShare(), decimal(c.get("progress_share")));
            assertEquals(r.elapsedShare(), decimal(c.get("elapsed_share")));
            assertEquals(r.explanation(), c.get("explanation"));
            assertEquals(r.requirement(), c.get("requirement"));
        }
    }

    @Test
    void quotesFieldsAsRfc4180Says() throws Exception {
        EvaluationReport base = ReportFixtures.tianningReport(false);
        String nasty = "药店、医疗机构均≥35%, \"疾控\"\n达100%";
        IndicatorRow odd = base.rows().get(0).withStatus(IndicatorStatus.LAGGING, nasty, " padded ");
        String csv = renderer.render(new EvaluationReport(base.metadata(), List.of(odd), List.of()), Locale.ENGLISH);
        assertTrue(csv.contains(",\"药店、医疗机构均≥35%, \"\"疾控\"\"\n达100%\",\" padded \"\n"), csv);
        Map<String, String> back = read(csv).get(0);
        assertEquals(nasty, back.get("explanation"));
        assertEquals(" padded ", back.get("requirement"));
        assertEquals("lagging", back.get("status_label"));
    }

    @Test
    void statusLabelFollowsTheLocaleAndOutputIsStable() throws Exception {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        String zh = renderer.render(report, Locale.SIMPLIFIED_CHINESE);
        assertEquals("背离目标", read(zh).get(9).get("status_label"));
        assertEquals("moving away", read(renderer.render(report, Locale.ENGLISH)).get(9).get("status_label"));
        assertEquals(zh, renderer.render(report, Locale.SIMPLIFIED_CHINESE));
        assertTrue(zh.endsWith("\n") && !zh.contains("\r"));
    }
}
