package io.github.fyplan.report;

import io.github.fyplan.report.internal.Html;
import io.github.fyplan.report.internal.Labels;
import io.github.fyplan.report.internal.Text;
import java.util.Locale;

/**
 * Renders a two-plan comparison as one self-contained HTML page: one row per matched pair, with
 * each plan's indicator, target, latest value and status. Immutable and thread-safe.
 */
public final class HtmlComparisonRenderer implements Renderer<PlanComparison> {
    private static final java.util.List<String> SIDE_COLUMNS =
            java.util.List.of("col.name", "col.target", "col.latest", "col.status");


    /** Creates the renderer. */
    public HtmlComparisonRenderer() {
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String render(PlanComparison c, Locale locale) {
        Labels l = Labels.of(locale);
        String title = c.left().regionName() + " / " + c.right().regionName() + " — " + l.get("comparison.title");
        StringBuilder b = new StringBuilder(16_384);
        Html.open(b, l, title);
        b.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        if (c.illustrative()) {
            Html.banner(b, l);
        }
        b.append("<dl class=\"meta\">\n");
        meta(b, l, "meta.plan", c.left().title());
        meta(b, l, "meta.plan", c.right().title());
        meta(b, l, "meta.asOf", Integer.toString(c.asOfYear()));
        meta(b, l, "meta.method", c.methodName());
        b.append("</dl>\n</header>\n<section id=\"comparison\">\n<table class=\"comparison\">\n<thead><tr>")
                .append("<th scope=\"col\" rowspan=\"2\" class=\"c-topic\">").append(Html.escape(l.get("col.topic"))).append("</th>")
                .append("<th scope=\"colgroup\" colspan=\"4\">").append(Html.escape(c.left().regionName()))
                .append("</th><th scope=\"colgroup\" colspan=\"4\">").append(Html.escape(c.right().regionName()))
                .append("</th></tr>\n<tr>");
        for (int side = 0; side < 2; side++) {
            for (String k : SIDE_COLUMNS) {
                b.append(Html.th(l, k));
            }
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (ComparisonRow r : c.rows()) {
            b.append("<tr>");
            Html.td(b, r.topic(), "topic c-topic");
            side(b, r.left(), l);
            side(b, r.right(), l);
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
        Html.close(b);
        return b.toString();
    }

    private static void side(StringBuilder b, ComparisonSide s, Labels l) {
        if (s == null) {
            for (int i = 0; i < SIDE_COLUMNS.size(); i++) {
                Html.td(b, null, "absent " + Html.columnClass(SIDE_COLUMNS.get(i)));
            }
            return;
        }
        Html.td(b, s.id() + " " + s.name() + (s.unit().isBlank() ? "" : " (" + s.unit() + ")"), "c-name");
        Html.td(b, s.targetWording(), "c-target");
        Html.td(b, Text.point(s.latest()), "num c-latest");
        b.append("<td class=\"c-status\">").append(Html.badge(s.status(), l)).append("</td>");
    }

    private static void meta(StringBuilder b, Labels l, String key, String value) {
        b.append("<dt>").append(Html.escape(l.get(key))).append("</dt><dd>")
                .append(Html.escape(Text.orDash(value))).append("</dd>\n");
    }
}
