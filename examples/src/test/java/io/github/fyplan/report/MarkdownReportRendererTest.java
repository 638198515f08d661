package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {
    private final MarkdownReportRenderer renderer = new MarkdownReportRenderer();

    /** The table rows after a heading, up to the blank line that ends the table. */
    static List<String> tableAfter(String markdown, String heading) {
        List<String> lines = Arrays.asList(markdown.split("\n", -1));
        int h = lines.indexOf(heading);
        assertTrue(h >= 0, () -> "no heading " + heading);
        int start = h + 2;
        int end = start;
        while (lines.get(end).startsWith("|")) {
            end++;
        }
        return lines.subList(start + 2, end);
    }

    /** Splits a table row on unescaped pipes. */
    static List<String> cells(String row) {
        String inner = row.substring(2, row.length() - 2);
        return Arrays.stream(inner.split(" (?<!\\\\)\\| ", -1)).toList();
    }

    @Test
    void hasOneTableRowPerIndicatorWithTheModelsFigures() {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        String md = renderer.render(report, Locale.SIMPLIFIED_CHINESE);
        List<String> rows = tableAfter(md, "## 指标评估");
        assertEquals(report.rows().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = report.rows().get(i);
            List<String> c = cells(rows.get(i));
            assertEquals(11, c.size(), rows.get(i));
            assertEquals(Integer.toString(r.number()), c.get(0));
            assertEquals(r.name(), c.get(2));
            assertEquals(r.targetWording(), c.get(5));
            assertEquals(r.latest() == null ? "—" : r.latest().value().toPlainString() + " (" + r.latest().year() + ")",
                    c.get(7));
        }
    }

    @Test
    void summaryTablesMatchTheCounts() {
        EvaluationReport report = ReportFixtures.tianningReport(true);
        ReportSummary s = report.summary();
        String md = renderer.render(report, Locale.SIMPLIFIED_CHINESE);
        List<String> categories = tableAfter(md, "### 按类别");
        assertEquals(s.byCategory().size() + 1, categories.size()); // plus the total row
        for (int i = 0; i < s.byCategory().size(); i++) {
            GroupCount<String> g = s.byCategory().get(i);
            assertEquals(List.of(g.key(), "" + g.total(), "" + g.withData(), "" + g.favourable(), "" + g.concerns()),
                    cells(categories.get(i)));
        }
        List<String> attributes = tableAfter(md, "### 按属性");
        assertTrue(attributes.get(0).startsWith("| 约束性 |"), attributes.get(0));
        int statusTotal = tableAfter(md, "### 按状态").stream().mapToInt(r -> Integer.parseInt(cells(r).get(1))).sum();
        assertEquals(report.rows().size(), statusTotal);
    }

    @Test
    void escapesPipesAndLineBreaksInCells() {
        EvaluationReport base = ReportFixtures.tianningReport(false);
        IndicatorRow odd = base.rows().get(0).withStatus(IndicatorStatus.LAGGING, "a | b\nc", "x|y");
        EvaluationReport report = new EvaluationReport(base.metadata(), List.of(odd), List.of("line 1\nline 2"));
        String md = renderer.render(report, Locale.ENGLISH);
        List<String> rows = tableAfter(md, "## Indicators");
        assertEquals(1, rows.size());
        assertEquals("a \\| b c", cells(rows.get(0)).get(10));
        assertTrue(md.contains("| x\\|y |"), md);
        assertTrue(md.contains("- line 1 line 2\n"), md);
    }

    @Test
    void bannerOnlyWhenIllustrativeAndNoForbiddenWords() {
        String flagged = renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE);
        String official = renderer.render(ReportFixtures.tianningReport(false), Locale.SIMPLIFIED_CHINESE);
        assertTrue(flagged.contains("> **示意数据，并非官方统计数据。**"));
        assertFalse(official.contains("示意数据"));
        assertFalse(Pattern.compile("\\bnull\\b|NaN|Infinity").matcher(flagged).find());
        assertEquals(flagged, renderer.render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE));
        assertTrue(flagged.endsWith("\n"));
    }

    @Test
    void listsConcernsWithWhatTheyRequire() {
        String md = renderer.render(ReportFixtures.tianningReport(true), Locale.ENGLISH);
        List<String> concerns = tableAfter(md, "## Indicators needing attention");
        assertEquals(4, concerns.size());
        assertEquals("2024—2025年每年需降低1.5%以上", cells(concerns.get(0)).get(6));
        assertEquals("constraint breached", cells(concerns.get(0)).get(5));
    }
}
