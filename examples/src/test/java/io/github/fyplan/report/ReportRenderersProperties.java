package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fyplan.model.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Invariants every report keeps, whatever the rows. */
class ReportRenderersProperties {
    private static final Pattern FORBIDDEN = Pattern.compile("\\bnull\\b|NaN|Infinity");
    private static final List<String> CATEGORIES = List.of("经济强", "百姓富", "环境美", "社会文明程度高", "保障安全");
    private static final List<String> TEXTS = List.of("", "进度 < 时间进度 & 差距不大", "a | b", "say \"hi\", ok",
            "line\nbreak", "药店、医疗机构均≥35%", "  padded  ");

    private static Gen<BigDecimal> decimal() {
        return SourceDSL.longs().between(-99_999_999L, 99_999_999L)
                .zip(SourceDSL.integers().between(0, 4), BigDecimal::valueOf);
    }

    private static Gen<List<SeriesPoint>> series() {
        return SourceDSL.lists().of(decimal()).ofSizeBetween(0, 6).map(values -> {
            List<SeriesPoint> out = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                out.add(new SeriesPoint(2020 + i, values.get(i)));
            }
            return out;
        });
    }

    private static Gen<String> text() {
        return SourceDSL.integers().between(0, TEXTS.size() - 1).map(TEXTS::get);
    }

    private static Gen<IndicatorRow> row() {
        Gen<Integer> number = SourceDSL.integers().between(1, 50);
        Gen<IndicatorStatus> status = SourceDSL.arbitrary().enumValues(IndicatorStatus.class);
        Gen<Attribute> attribute = SourceDSL.arbitrary().enumValues(Attribute.class);
        Gen<BigDecimal> share = decimal().map(d -> d.movePointLeft(6)).toOptionals(30).map(o -> o.orElse(null));
        return number.zip(status, attribute, series(), series(), (n, st, at, s, path) -> new Object[] {n, st, at, s, path})
                .zip(share, text(), text(), (o, sh, explanation, requirement) -> {
                    @SuppressWarnings("unchecked")
                    List<SeriesPoint> s = (List<SeriesPoint>) o[3];
                    @SuppressWarnings("unchecked")
                    List<SeriesPoint> path = (List<SeriesPoint>) o[4];
                    int n = (Integer) o[0];
                    return new IndicatorRow(n, "TN-" + n, CATEGORIES.get(n % CATEGORIES.size()), "指标" + n, "%",
                            (Attribute) o[2], n % 7 == 0 ? "" : "≥" + n, path.isEmpty() ? null : path.get(0),
                            s.isEmpty() ? null : s.get(s.size() - 1), sh, sh == null ? null : new BigDecimal("0.6"),
                            (IndicatorStatus) o[1], explanation, requirement, s, path);
                });
    }

    private static Gen<EvaluationReport> report() {
        return SourceDSL.lists().of(row()).ofSizeBetween(0, 12).zip(SourceDSL.booleans().all(), (rows, illustrative) ->
                new EvaluationReport(new ReportMetadata(ReportFixtures.TIANNING, 2023, "时间过半、任务过半", "",
                        "", illustrative), rows, List.of()));
    }

    @Test
    void htmlHasOneChartPerRowWithDataAndCountsThatMatch() {
        qt().withExamples(200).forAll(report()).checkAssert(report -> {
            String html = new HtmlReportRenderer().render(report, Locale.SIMPLIFIED_CHINESE);
            assertFalse(FORBIDDEN.matcher(html).find(), html);
            Document doc = Jsoup.parse(html);
            assertEquals(report.rowsWithData().size(), doc.select("svg.chart").size());
            assertEquals(report.rows().size(), doc.select("table.indicators tbody tr").size());
            assertEquals(report.metadata().illustrative() ? 1 : 0, doc.select(".banner.illustrative").size());
            int byStatus = doc.select("table.summary-status td.count").eachText().stream()
                    .mapToInt(Integer::parseInt).sum();
            assertEquals(report.rows().size(), byStatus);
            assertEquals(report.concerns().size(), doc.select("table.concerns tbody tr").size());
        });
    }

    @Test
    void markdownAndCsvHaveOneLinePerRow() {
        qt().withExamples(200).forAll(report()).checkAssert(report -> {
            String md = new MarkdownReportRenderer().render(report, Locale.ENGLISH);
            assertFalse(FORBIDDEN.matcher(md).find(), md);
            assertEquals(report.rows().size(), MarkdownReportRendererTest.tableAfter(md, "## Indicators").size());
            String csv = new CsvReportRenderer().render(report, Locale.ENGLISH);
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
                List<Map<String, String>> rows = it.readAll();
                assertEquals(report.rows().size(), rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    assertEquals(report.rows().get(i).explanation(), rows.get(i).get("explanation"));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
