package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OverviewAndComparisonRenderersTest {
    private static final Pattern FORBIDDEN = Pattern.compile("\\bnull\\b|NaN|Infinity");

    @Test
    void htmlOverviewShowsOutlineIndicatorsAndBoxes() {
        PlanOverview o = ReportFixtures.tianningOverview();
        String html = new HtmlOverviewRenderer().render(o, Locale.SIMPLIFIED_CHINESE);
        Document doc = Jsoup.parse(html);
        assertEquals(o.outline().size(), doc.select("ul.outline li").size());
        assertEquals(1, doc.select("ul.outline li.level-2").size());
        assertEquals("一、 打造经开区和高新区两大产业高地", doc.selectFirst("ul.outline li.level-2").text());
        assertEquals(o.indicators().size(), doc.select("table.indicators tbody tr").size());
        assertEquals("指标体系", doc.selectFirst("#indicators h2").text());
        List<Element> boxes = doc.select("table.boxes tbody tr");
        assertEquals(o.boxes().size(), boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            assertEquals(Integer.toString(o.boxes().get(i).groups()), boxes.get(i).selectFirst("td.groups").text());
            assertEquals(Integer.toString(o.boxes().get(i).projects()), boxes.get(i).selectFirst("td.projects").text());
        }
        assertEquals("—", doc.getElementById("TN-03").select("td").last().text());
        assertTrue(doc.select("svg, script").isEmpty());
        assertFalse(FORBIDDEN.matcher(html).find());
        assertEquals(html, new HtmlOverviewRenderer().render(o, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void markdownOverviewNestsTheOutline() {
        String md = new MarkdownOverviewRenderer().render(ReportFixtures.tianningOverview(), Locale.ENGLISH);
        assertTrue(md.contains("\n- 第三章 致力产业强区，构建现代产业体系\n  - 一、 打造经开区和高新区两大产业高地\n"), md);
        assertTrue(md.contains("## Indicator system"), md);
        assertTrue(md.contains("| 专栏9 | 高质量现代教育体系重点工程 | 4 | 18 |"), md);
        assertFalse(FORBIDDEN.matcher(md).find());
    }

    @Test
    void overviewWithoutBoxesSaysSo() {
        PlanOverview o = ReportFixtures.tianningOverview();
        PlanOverview bare = new PlanOverview(o.plan(), o.outline(), o.indicators(), List.of());
        assertTrue(new MarkdownOverviewRenderer().render(bare, Locale.SIMPLIFIED_CHINESE).contains("本规划没有专栏。"));
        Document doc = Jsoup.parse(new HtmlOverviewRenderer().render(bare, Locale.SIMPLIFIED_CHINESE));
        assertEquals("本规划没有专栏。", doc.selectFirst("#boxes p.none").text());
    }

    @Test
    void htmlComparisonHasOneRowPerPairWithBothValuesAndStatuses() {
        PlanComparison c = ReportFixtures.comparison(true);
        String html = new HtmlComparisonRenderer().render(c, Locale.SIMPLIFIED_CHINESE);
        Document doc = Jsoup.parse(html);
        List<Element> rows = doc.select("table.comparison tbody tr");
        assertEquals(c.rows().size(), rows.size());
        Element pgdp = rows.get(0);
        assertEquals(9, pgdp.select("td").size());
        assertEquals("15.9 (2023)", pgdp.select("td").get(3).text());
        assertEquals("19.2 (2023)", pgdp.select("td").get(7).text());
        assertEquals(List.of("符合进度", "滞后"), pgdp.select(".badge").eachText());
        // Wujin has no PM2.5 counterpart in this comparison: four em dashes.
        assertEquals(4, rows.get(2).select("td.absent").size());
        assertTrue(rows.get(2).select("td.absent").eachText().stream().allMatch("—"::equals));
        assertNotNull(doc.selectFirst(".banner.illustrative"));
        assertFalse(FORBIDDEN.matcher(html).find());
        assertTrue(Jsoup.parse(new HtmlComparisonRenderer().render(ReportFixtures.comparison(false), Locale.ENGLISH))
                .select(".banner").isEmpty());
    }

    @Test
    void markdownComparisonMatchesThePairs() {
        PlanComparison c = ReportFixtures.comparison(false);
        String md = new MarkdownComparisonRenderer().render(c, Locale.ENGLISH);
        List<String> rows = MarkdownReportRendererTest.tableAfter(md, "- Method: 时间过半、任务过半");
        assertEquals(c.rows().size(), rows.size());
        List<String> unemployment = MarkdownReportRendererTest.cells(rows.get(1));
        assertEquals(List.of("城镇登记失业率", "TN-20 城镇登记失业率 (%)", "3", "2.0 (2023)", "constraint met",
                "WJ-12 城镇登记失业率 (%)", "1.7", "—", "no data"), unemployment);
        assertFalse(md.contains("Illustrative"));
    }
}
