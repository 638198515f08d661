package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Attribute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {
    private static final Pattern FORBIDDEN = Pattern.compile("\\bnull\\b|NaN|Infinity");
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    @Test
    void drawsExactlyOneChartPerIndicatorWithData() {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        Document doc = parse(renderer.render(report, Locale.SIMPLIFIED_CHINESE));

        List<String> charted = doc.select("figure.chart-box").eachAttr("data-id");
        List<String> withData = report.rowsWithData().stream().map(IndicatorRow::id).toList();
        assertEquals(withData, charted);
        assertEquals(withData.size(), doc.select("svg.chart").size());
        for (Element figure : doc.select("figure.chart-box")) {
            assertEquals(1, figure.select("svg.chart").size(), figure.attr("data-id"));
            IndicatorRow row = report.rows().stream().filter(r -> r.id().equals(figure.attr("data-id")))
                    .findFirst().orElseThrow();
            assertEquals(row.series().size(), figure.select("circle.point").size(), row.id());
            assertEquals(row.targetPath().size() > 1 ? 1 : 0, figure.select("polyline.path").size(), row.id());
        }
    }

    @Test
    void chartShowsYearsAndValueLabels() {
        Document doc = parse(renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE));
        Element pm25 = doc.selectFirst("figure.chart-box[data-id=TN-28]");
        assertNotNull(pm25);
        List<String> ticks = pm25.select("text.tick").eachText();
        // Years 2020 (base of the path) to 2025 (target), lowest value 35 (target) and highest 37.1.
        assertTrue(ticks.containsAll(List.of("2020", "2021", "2023", "2025", "35", "37.1")), ticks.toString());
        assertTrue(pm25.selectFirst("polyline.path").attr("stroke-dasharray").length() > 0);
    }

    @Test
    void aTargetWithoutPathIsDrawnAsAHollowPoint() {
        EvaluationReport base = ReportFixtures.tianningReport(false);
        IndicatorRow r = base.rows().get(0);
        IndicatorRow targetOnly = new IndicatorRow(r.number(), r.id(), r.category(), r.name(), r.unit(), r.attribute(),
                r.targetWording(), r.baseline(), r.latest(), r.progressShare(), r.elapsedShare(), r.status(),
                r.explanation(), r.requirement(), r.series(), List.of(SeriesPoint.of(2025, "17")));
        Document doc = parse(renderer.render(new EvaluationReport(base.metadata(), List.of(targetOnly), List.of()),
                Locale.SIMPLIFIED_CHINESE));
        assertTrue(doc.select("polyline.path").isEmpty());
        assertEquals("2025: 17", doc.selectFirst("svg.chart circle.target title").text());
        assertTrue(doc.select("svg.chart text.tick").eachText().contains("17"));
    }

    @Test
    void summaryCountsEqualTheViewModel() {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        ReportSummary summary = report.summary();
        Document doc = parse(renderer.render(report, Locale.SIMPLIFIED_CHINESE));

        List<Element> categories = doc.select("table.summary-category tbody tr");
        assertEquals(summary.byCategory().size(), categories.size());
        for (int i = 0; i < categories.size(); i++) {
            GroupCount<String> g = summary.byCategory().get(i);
            Element tr = categories.get(i);
            assertEquals(g.key(), tr.attr("data-key"));
            assertEquals(Integer.toString(g.total()), tr.selectFirst("td.total").text());
            assertEquals(Integer.toString(g.withData()), tr.selectFirst("td.with-data").text());
            assertEquals(Integer.toString(g.favourable()), tr.selectFirst("td.favourable").text());
            assertEquals(Integer.toString(g.concerns()), tr.selectFirst("td.concerns").text());
        }
        List<String> attributeKeys = doc.select("table.summary-attribute tbody tr").eachAttr("data-key");
        assertEquals(List.of("BINDING", "EXPECTED"), attributeKeys);
        assertEquals(Integer.toString(summary.byAttribute().get(0).total()),
                doc.selectFirst("table.summary-attribute tbody tr td.total").text());
        for (Map.Entry<IndicatorStatus, Integer> e : summary.byStatus().entrySet()) {
            Element tr = doc.selectFirst("table.summary-status tr[data-status=" + e.getKey().code() + "]");
            assertNotNull(tr, e.getKey().code());
            assertEquals(Integer.toString(e.getValue()), tr.selectFirst("td.count").text());
        }
        assertEquals(report.rows().size(), doc.select("table.indicators tbody tr").size());
    }

    @Test
    void neverPrintsNullNanOrInfinity() {
        String html = renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE);
        assertFalse(FORBIDDEN.matcher(html).find(), () -> "found " + FORBIDDEN.matcher(html).results()
                .map(r -> r.group()).toList());
        Document doc = parse(html);
        // Absent values are em dashes: TN-12 has no baseline, no latest value and no explanation.
        Element tn12 = doc.getElementById("TN-12");
        assertNotNull(tn12);
        assertEquals("—", tn12.select("td").get(6).text());
        assertEquals("—", tn12.select("td").get(7).text());
        assertEquals("—", tn12.selectFirst("td.explanation").text());
    }

    @Test
    void showsTheIllustrativeBannerOnlyWhenFlagged() {
        Document flagged = parse(renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE));
        Element banner = flagged.selectFirst("header .banner.illustrative");
        assertNotNull(banner);
        assertTrue(banner.text().contains("示意数据"), banner.text());

        Document official = parse(renderer.render(ReportFixtures.tianningReport(false), Locale.SIMPLIFIED_CHINESE));
        assertTrue(official.select(".banner").isEmpty());
    }

    @Test
    void usesChineseLabelsByDefaultAndEnglishOnRequest() {
        Document zh = parse(renderer.render(ReportFixtures.tianningReport(true), Locale.ROOT));
        assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
        assertEquals("指标名称", zh.select("table.indicators thead th").get(2).text());
        assertEquals("约束未达标", zh.selectFirst("#TN-25 .badge").text());

        Document en = parse(renderer.render(ReportFixtures.tianningReport(true), Locale.ENGLISH));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Indicator", en.select("table.indicators thead th").get(2).text());
        assertEquals("constraint breached", en.selectFirst("#TN-25 .badge").text());
        assertTrue(en.selectFirst(".banner").text().startsWith("Illustrative data"));
    }

    @Test
    void listsConcernsBindingFirstWithWhatTheyRequire() {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        Document doc = parse(renderer.render(report, Locale.SIMPLIFIED_CHINESE));
        List<String> ids = doc.select("table.concerns tbody tr").eachAttr("data-id");
        assertEquals(List.of("TN-25", "TN-28", "TN-03", "TN-16"), ids);
        assertEquals("2024—2025年需年均增长8.9%",
                doc.selectFirst("table.concerns tr[data-id=TN-03] td.requirement").text());
    }

    @Test
    void escapesTextAndShowsStatusBadgesAndProgressBars() {
        Document doc = parse(renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE));
        Element tn16 = doc.getElementById("TN-16");
        assertNotNull(tn16);
        assertEquals("进度 < 时间进度 & 差距不大", tn16.selectFirst("td.explanation").text());
        assertTrue(tn16.selectFirst(".badge").hasClass("tone-caution"));
        assertTrue(doc.selectFirst("#TN-03 .badge").hasClass("tone-bad"));
        assertTrue(doc.selectFirst("#TN-20 .badge").hasClass("tone-good"));
        assertTrue(doc.selectFirst("#TN-26 .badge").hasClass("tone-neutral"));
        assertEquals("width:56.3%", tn16.selectFirst(".bar .progress").attr("style"));
        assertEquals("left:60.0%", tn16.selectFirst(".bar .elapsed").attr("style"));
        // A negative progress share (PM2.5 moving away) draws an empty bar but prints the share.
        Element tn28 = doc.getElementById("TN-28");
        assertEquals("width:0.0%", tn28.selectFirst(".bar .progress").attr("style"));
        assertTrue(tn28.selectFirst(".bar-text").text().contains("-40.0%"));
    }

    @Test
    void isSelfContainedAndPrintsOnA4() {
        String html = renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE);
        Document doc = parse(html);
        assertTrue(doc.select("script, link, img, iframe").isEmpty());
        assertTrue(doc.select("[src], [href]").isEmpty());
        String css = doc.selectFirst("head style").data();
        assertTrue(css.contains("@page { size: A4"), css);
        assertTrue(css.contains("@media print"), css);
        assertTrue(css.contains("break-inside: avoid"), css);
        assertFalse(css.contains("url("), css);
        assertEquals(List.of("summary", "indicators", "charts", "concerns", "data-quality", "method"),
                doc.select("body > section").eachAttr("id"));
        assertEquals(2, doc.select("#data-quality li").size());
    }

    @Test
    void shortColumnsNeverWrap() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Document doc = parse(renderer.render(ReportFixtures.tianningReport(true), locale));
            String css = doc.selectFirst("head style").data();
            String nowrap = css.substring(0, css.indexOf("{ white-space: nowrap; }", css.indexOf(".c-number")));
            List<String> headers = doc.select("table.indicators thead th").eachAttr("class");
            for (String column : List.of("c-number", "c-category", "c-unit", "c-attribute", "c-status")) {
                assertTrue(nowrap.contains("." + column), column + " in " + nowrap);
                int index = headers.indexOf(column);
                assertTrue(index >= 0, column + " " + headers);
                // Every body cell of the column carries the same class as its header.
                for (Element tr : doc.select("table.indicators tbody tr")) {
                    assertTrue(tr.select("td").get(index).hasClass(column), tr.id() + " " + column);
                }
                if (!column.equals("c-category") && !column.equals("c-unit")) {
                    for (Element tr : doc.select("table.concerns tbody tr")) {
                        assertEquals(1, tr.select("td." + column).size(), tr.attr("data-id") + " " + column);
                    }
                }
            }
            // Printing reflows the wide columns, never the short ones.
            String print = css.substring(css.indexOf("@media print"));
            assertTrue(print.contains("td.c-baseline, td.c-latest { white-space: normal; }"), print);
            for (String column : List.of("c-number", "c-category", "c-unit", "c-attribute", "c-status")) {
                assertFalse(print.contains("." + column), column + " in " + print);
            }
        }
    }

    @Test
    void rendersTheSameBytesTwiceAndUnderAHostileDefaultLocale() {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        String first = renderer.render(report, Locale.SIMPLIFIED_CHINESE);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(first, renderer.render(report, Locale.SIMPLIFIED_CHINESE));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(first, renderer.render(report, Locale.SIMPLIFIED_CHINESE));
        } finally {
            Locale.setDefault(saved);
        }
        assertTrue(first.endsWith("</html>\n"));
        assertFalse(first.contains("\r"));
    }

    @Test
    void reportWithoutDataHasNoChartsAndSaysSo() {
        EvaluationReport report = new EvaluationReport(ReportFixtures.tianningReport(false).metadata(),
                ReportFixtures.tianningRows().stream().filter(r -> !r.hasData()).toList(), List.of());
        Document doc = parse(renderer.render(report, Locale.SIMPLIFIED_CHINESE));
        assertTrue(doc.select("svg").isEmpty());
        assertEquals("没有需关注的指标。", doc.selectFirst("#concerns p.none").text());
        assertEquals("未发现数据质量问题。", doc.selectFirst("#data-quality p.none").text());
        assertEquals(Integer.toString(report.rows().size()),
                doc.selectFirst("table.summary-category tfoot td.total").text());
        assertEquals(Attribute.BINDING.name(), doc.selectFirst("table.summary-attribute tbody tr").attr("data-key"));
    }
}
