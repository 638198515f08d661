package io.github.fyplan.report;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.report.internal.Html;
import io.github.fyplan.report.internal.Labels;
import io.github.fyplan.report.internal.SvgChart;
import io.github.fyplan.report.internal.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders an evaluation report as one self-contained HTML page: inline CSS, no script, no network.
 * The page has a header (with the illustrative-data banner when the report is flagged), the
 * summary by category, attribute and status, a table of every indicator with a progress bar and a
 * status badge, one inline SVG chart per indicator with data, the concerns with what each still
 * requires, the data-quality findings, and the method with its thresholds. It prints cleanly on
 * A4. Immutable and thread-safe.
 */
public final class HtmlReportRenderer implements Renderer<EvaluationReport> {

    /** Creates the renderer. */
    public HtmlReportRenderer() {
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String render(EvaluationReport report, Locale locale) {
        Labels l = Labels.of(locale);
        ReportMetadata m = report.metadata();
        StringBuilder b = new StringBuilder(32_768);
        Html.open(b, l, m.plan().title() + " — " + l.get("report.title"));
        header(b, report, l);
        summary(b, report.summary(), l);
        indicators(b, report.rows(), l);
        charts(b, report.rowsWithData(), l);
        concerns(b, report.concerns(), l);
        dataQuality(b, report.dataQuality(), l);
        method(b, m, l);
        b.append("<footer>").append(Html.escape(l.get("meta.generatedFrom"))).append(": ")
                .append(Html.escape(Text.orDash(m.generatedFrom()))).append("</footer>\n");
        Html.close(b);
        return b.toString();
    }

    private static void header(StringBuilder b, EvaluationReport report, Labels l) {
        ReportMetadata m = report.metadata();
        PlanHeader p = m.plan();
        b.append("<header>\n<h1>").append(Html.escape(p.title())).append("</h1>\n<p class=\"subtitle\">")
                .append(Html.escape(l.get("report.title"))).append("</p>\n");
        if (m.illustrative()) {
            Html.banner(b, l);
        }
        b.append("<dl class=\"meta\">\n");
        meta(b, l, "meta.region", p.regionName() + " (" + p.regionCode() + ")");
        meta(b, l, "meta.planId", p.planId());
        meta(b, l, "meta.period", p.startYear() + "–" + p.endYear());
        meta(b, l, "meta.asOf", Integer.toString(m.asOfYear()));
        meta(b, l, "meta.method", m.methodName());
        b.append("</dl>\n</header>\n");
    }

    private static void meta(StringBuilder b, Labels l, String key, String value) {
        b.append("<dt>").append(Html.escape(l.get(key))).append("</dt><dd>")
                .append(Html.escape(Text.orDash(value))).append("</dd>\n");
    }

    private static void summary(StringBuilder b, ReportSummary s, Labels l) {
        b.append("<section id=\"summary\">\n<h2>").append(Html.escape(l.get("section.summary")))
                .append("</h2>\n<div class=\"summary-tables\">\n");
        b.append("<div>\n<h3>").append(Html.escape(l.get("section.byCategory"))).append("</h3>\n");
        groupTable(b, "summary-category", "col.category", s.byCategory(), String::valueOf, s.total(), l);
        b.append("</div>\n<div>\n<h3>").append(Html.escape(l.get("section.byAttribute"))).append("</h3>\n");
        groupTable(b, "summary-attribute", "col.attribute", s.byAttribute(),
                a -> l.get("attribute." + a.name()), s.total(), l);
        b.append("</div>\n<div>\n<h3>").append(Html.escape(l.get("section.byStatus"))).append("</h3>\n");
        b.append("<table class=\"summary-status\">\n");
        Html.headerRow(b, l, "col.status", "col.count");
        b.append("<tbody>\n");
        for (Map.Entry<IndicatorStatus, Integer> e : s.byStatus().entrySet()) {
            b.append("<tr data-status=\"").append(e.getKey().code()).append("\"><td class=\"c-status\">")
                    .append(Html.badge(e.getKey(), l)).append("</td>");
            Html.td(b, Integer.toString(e.getValue()), "num count");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n</div>\n<p class=\"note groups\">")
                .append(Html.escape(l.get("note.groups"))).append("</p>\n</section>\n");
    }

    private static <K> void groupTable(StringBuilder b, String clazz, String keyColumn, List<GroupCount<K>> groups,
            Function<K, String> label, int total, Labels l) {
        b.append("<table class=\"").append(clazz).append("\">\n");
        Html.headerRow(b, l, keyColumn, "col.total", "col.withData", "col.favourable", "col.concerns");
        b.append("<tbody>\n");
        for (GroupCount<K> c : groups) {
            String key = c.key() instanceof Attribute a ? a.name() : String.valueOf(c.key());
            b.append("<tr data-key=\"").append(Html.escape(key)).append("\">");
            Html.td(b, label.apply(c.key()), Html.columnClass(keyColumn));
            Html.td(b, Integer.toString(c.total()), "num total");
            Html.td(b, Integer.toString(c.withData()), "num with-data");
            Html.td(b, Integer.toString(c.favourable()), "num favourable");
            Html.td(b, Integer.toString(c.concerns()), "num concerns");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n<tfoot><tr>");
        Html.td(b, l.get("total"), null);
        Html.td(b, Integer.toString(total), "num total");
        b.append("<td></td><td></td><td></td></tr></tfoot>\n</table>\n");
    }

    private static void indicators(StringBuilder b, List<IndicatorRow> rows, Labels l) {
        b.append("<section id=\"indicators\">\n<h2>").append(Html.escape(l.get("section.indicators")))
                .append("</h2>\n<table class=\"indicators\">\n");
        Html.headerRow(b, l, "col.number", "col.category", "col.name", "col.unit", "col.attribute", "col.target",
                "col.baseline", "col.latest", "col.progress", "col.status", "col.explanation");
        b.append("<tbody>\n");
        for (IndicatorRow r : rows) {
            b.append("<tr id=\"").append(Html.escape(r.id())).append("\" data-status=\"")
                    .append(r.status().code()).append("\">");
            Html.td(b, Integer.toString(r.number()), "num c-number");
            Html.td(b, r.category(), "c-category");
            Html.td(b, r.name(), "name c-name");
            Html.td(b, r.unit(), "c-unit");
            Html.td(b, l.get("attribute." + r.attribute().name()),
                    (r.isBinding() ? "binding" : "expected") + " c-attribute");
            Html.td(b, r.targetWording(), "target c-target");
            Html.td(b, Text.point(r.baseline()), "num c-baseline");
            Html.td(b, Text.point(r.latest()), "num latest c-latest");
            b.append("<td class=\"progress c-progress\">").append(bar(r, l)).append("</td>");
            b.append("<td class=\"c-status\">").append(Html.badge(r.status(), l)).append("</td>");
            Html.td(b, r.explanation(), "explanation c-explanation");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private static String bar(IndicatorRow r, Labels l) {
        String text = l.format("progress.text", Text.percent(r.progressShare()), Text.percent(r.elapsedShare()));
        StringBuilder b = new StringBuilder();
        if (r.progressShare() != null || r.elapsedShare() != null) {
            b.append("<div class=\"bar\" aria-hidden=\"true\">");
            if (r.progressShare() != null) {
                b.append("<span class=\"progress\" style=\"width:")
                        .append(Text.clampedPercent(r.progressShare())).append("%\"></span>");
            }
            if (r.elapsedShare() != null) {
                b.append("<span class=\"elapsed\" style=\"left:")
                        .append(Text.clampedPercent(r.elapsedShare())).append("%\"></span>");
            }
            b.append("</div>");
        }
        return b.append("<span class=\"bar-text\">").append(Html.escape(text)).append("</span>").toString();
    }

    private static void charts(StringBuilder b, List<IndicatorRow> rows, Labels l) {
        b.append("<section id=\"charts\">\n<h2>").append(Html.escape(l.get("section.charts")))
                .append("</h2>\n<p class=\"legend\"><span class=\"legend-actual\">━ ")
                .append(Html.escape(l.get("chart.actual"))).append("</span> <span class=\"legend-path\">┅ ")
                .append(Html.escape(l.get("chart.path"))).append("</span></p>\n<div class=\"charts\">\n");
        for (IndicatorRow r : rows) {
            b.append("<figure class=\"chart-box\" data-id=\"").append(Html.escape(r.id())).append("\">\n<figcaption>")
                    .append(r.number()).append(". ").append(Html.escape(r.name()));
            if (!r.unit().isBlank()) {
                b.append(" (").append(Html.escape(r.unit())).append(')');
            }
            b.append(" ").append(Html.badge(r.status(), l)).append("</figcaption>\n")
                    .append(SvgChart.render(r, l)).append("\n</figure>\n");
        }
        b.append("</div>\n</section>\n");
    }

    private static void concerns(StringBuilder b, List<IndicatorRow> concerns, Labels l) {
        b.append("<section id=\"concerns\">\n<h2>").append(Html.escape(l.get("section.concerns"))).append("</h2>\n");
        if (concerns.isEmpty()) {
            b.append("<p class=\"none\">").append(Html.escape(l.get("none.concerns"))).append("</p>\n");
        } else {
            b.append("<table class=\"concerns\">\n");
            Html.headerRow(b, l, "col.number", "col.name", "col.attribute", "col.target", "col.latest",
                    "col.status", "col.requirement");
            b.append("<tbody>\n");
            for (IndicatorRow r : concerns) {
                b.append("<tr data-id=\"").append(Html.escape(r.id())).append("\">");
                Html.td(b, Integer.toString(r.number()), "num c-number");
                Html.td(b, r.name(), "c-name");
                Html.td(b, l.get("attribute." + r.attribute().name()), "c-attribute");
                Html.td(b, r.targetWording(), "c-target");
                Html.td(b, Text.point(r.latest()), "num c-latest");
                b.append("<td class=\"c-status\">").append(Html.badge(r.status(), l)).append("</td>");
                Html.td(b, r.requirement(), "requirement c-requirement");
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n");
    }

    private static void dataQuality(StringBuilder b, List<String> findings, Labels l) {
        b.append("<section id=\"data-quality\">\n<h2>").append(Html.escape(l.get("section.dataQuality")))
                .append("</h2>\n");
        if (findings.isEmpty()) {
            b.append("<p class=\"none\">").append(Html.escape(l.get("none.dataQuality"))).append("</p>\n");
        } else {
            b.append("<ul class=\"findings\">\n");
            for (String f : findings) {
                b.append("<li>").append(Html.escape(Text.orDash(f))).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static void method(StringBuilder b, ReportMetadata m, Labels l) {
        b.append("<section id=\"method\">\n<h2>").append(Html.escape(l.get("section.method")))
                .append("</h2>\n<dl class=\"meta\">\n");
        meta(b, l, "meta.method", m.methodName());
        meta(b, l, "meta.thresholds", m.thresholds());
        meta(b, l, "meta.asOf", Integer.toString(m.asOfYear()));
        meta(b, l, "meta.language", m.plan().language());
        b.append("</dl>\n</section>\n");
    }
}
