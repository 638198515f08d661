package io.github.fyplan.report;

import io.github.fyplan.report.internal.Html;
import io.github.fyplan.report.internal.Labels;
import io.github.fyplan.report.internal.Text;
import java.util.Locale;

/**
 * Renders a plan overview as one self-contained HTML page: the structure outline, the indicator
 * table and the boxes with their group counts. Immutable and thread-safe.
 */
public final class HtmlOverviewRenderer implements Renderer<PlanOverview> {

    /** Creates the renderer. */
    public HtmlOverviewRenderer() {
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String render(PlanOverview overview, Locale locale) {
        Labels l = Labels.of(locale);
        PlanHeader p = overview.plan();
        StringBuilder b = new StringBuilder(16_384);
        Html.open(b, l, p.title() + " — " + l.get("overview.title"));
        b.append("<header>\n<h1>").append(Html.escape(p.title())).append("</h1>\n<p class=\"subtitle\">")
                .append(Html.escape(l.get("overview.title"))).append("</p>\n<dl class=\"meta\">\n");
        meta(b, l, "meta.region", p.regionName() + " (" + p.regionCode() + ")");
        meta(b, l, "meta.planId", p.planId());
        meta(b, l, "meta.period", p.startYear() + "–" + p.endYear());
        meta(b, l, "meta.language", p.language());
        b.append("</dl>\n</header>\n");

        b.append("<section id=\"outline\">\n<h2>").append(Html.escape(l.get("section.outline")))
                .append("</h2>\n<ul class=\"outline\">\n");
        for (OutlineEntry e : overview.outline()) {
            b.append("<li class=\"level-").append(e.level()).append("\" style=\"margin-left:")
                    .append((e.level() - 1) * 1.5).append("em\">");
            if (!e.label().isBlank()) {
                b.append("<span class=\"label\">").append(Html.escape(e.label())).append("</span> ");
            }
            b.append(Html.escape(Text.orDash(e.title()))).append("</li>\n");
        }
        b.append("</ul>\n</section>\n");

        b.append("<section id=\"indicators\">\n<h2>").append(Html.escape(l.get("section.indicatorTable")))
                .append("</h2>\n<table class=\"indicators\">\n");
        Html.headerRow(b, l, "col.number", "col.category", "col.name", "col.unit", "col.attribute", "col.target",
                "col.baseline");
        b.append("<tbody>\n");
        for (OverviewIndicator i : overview.indicators()) {
            b.append("<tr id=\"").append(Html.escape(i.id())).append("\">");
            Html.td(b, Integer.toString(i.number()), "num c-number");
            Html.td(b, i.category(), "c-category");
            Html.td(b, i.name(), "name c-name");
            Html.td(b, i.unit(), "c-unit");
            Html.td(b, l.get("attribute." + i.attribute().name()),
                    i.attribute().name().toLowerCase(Locale.ROOT) + " c-attribute");
            Html.td(b, i.targetWording(), "target c-target");
            Html.td(b, Text.point(i.baseline()), "num c-baseline");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");

        b.append("<section id=\"boxes\">\n<h2>").append(Html.escape(l.get("section.boxes"))).append("</h2>\n");
        if (overview.boxes().isEmpty()) {
            b.append("<p class=\"none\">").append(Html.escape(l.get("none.boxes"))).append("</p>\n");
        } else {
            b.append("<table class=\"boxes\">\n");
            Html.headerRow(b, l, "col.label", "col.title", "col.groups", "col.projects");
            b.append("<tbody>\n");
            for (BoxSummary x : overview.boxes()) {
                b.append("<tr>");
                Html.td(b, x.label(), "c-label");
                Html.td(b, x.title(), null);
                Html.td(b, Integer.toString(x.groups()), "num groups");
                Html.td(b, Integer.toString(x.projects()), "num projects");
                b.append("</tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</section>\n");
        Html.close(b);
        return b.toString();
    }

    private static void meta(StringBuilder b, Labels l, String key, String value) {
        b.append("<dt>").append(Html.escape(l.get(key))).append("</dt><dd>")
                .append(Html.escape(Text.orDash(value))).append("</dd>\n");
    }
}
