package io.github.fyplan.report;

import io.github.fyplan.report.internal.Labels;
import io.github.fyplan.report.internal.Markdown;
import io.github.fyplan.report.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an evaluation report as Markdown with the same sections and tables as the HTML report,
 * without the charts. Immutable and thread-safe.
 */
public final class MarkdownReportRenderer implements Renderer<EvaluationReport> {

    /** Creates the renderer. */
    public MarkdownReportRenderer() {
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String render(EvaluationReport report, Locale locale) {
        Labels l = Labels.of(locale);
        ReportMetadata m = report.metadata();
        PlanHeader p = m.plan();
        StringBuilder b = new StringBuilder(16_384);
        b.append("# ").append(Markdown.inline(p.title())).append("\n\n")
                .append(Markdown.inline(l.get("report.title"))).append("\n\n");
        if (m.illustrative()) {
            b.append("> **").append(l.get("banner.illustrative")).append("**\n\n");
        }
        item(b, l, "meta.region", p.regionName() + " (" + p.regionCode() + ")");
        item(b, l, "meta.planId", p.planId());
        item(b, l, "meta.period", p.startYear() + "–" + p.endYear());
        item(b, l, "meta.asOf", Integer.toString(m.asOfYear()));
        item(b, l, "meta.method", m.methodName());
        b.append('\n');

        ReportSummary s = report.summary();
        b.append("## ").append(l.get("section.summary")).append("\n\n### ").append(l.get("section.byCategory"))
                .append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        s.byCategory().forEach(g -> rows.add(counts(g.key(), g)));
        rows.add(List.of(l.get("total"), Integer.toString(s.total()), "", "", ""));
        Markdown.table(b, headers(l, "col.category", "col.total", "col.withData", "col.favourable", "col.concerns"),
                rows);
        b.append("### ").append(l.get("section.byAttribute")).append("\n\n");
        rows.clear();
        s.byAttribute().forEach(g -> rows.add(counts(l.get("attribute." + g.key().name()), g)));
        Markdown.table(b, headers(l, "col.attribute", "col.total", "col.withData", "col.favourable", "col.concerns"),
                rows);
        b.append("### ").append(l.get("section.byStatus")).append("\n\n");
        rows.clear();
        for (Map.Entry<IndicatorStatus, Integer> e : s.byStatus().entrySet()) {
            rows.add(List.of(l.get("status." + e.getKey().code()), Integer.toString(e.getValue())));
        }
        Markdown.table(b, headers(l, "col.status", "col.count"), rows);
        b.append(Markdown.inline(l.get("note.groups"))).append("\n\n");

        b.append("## ").append(l.get("section.indicators")).append("\n\n");
        rows.clear();
        for (IndicatorRow r : report.rows()) {
            rows.add(List.of(Integer.toString(r.number()), r.category(), r.name(), r.unit(),
                    l.get("attribute." + r.attribute().name()), r.targetWording(), Text.point(r.baseline()),
                    Text.point(r.latest()),
                    Text.percent(r.progressShare()) + " / " + Text.percent(r.elapsedShare()),
                    l.get("status." + r.status().code()), r.explanation()));
        }
        Markdown.table(b, headers(l, "col.number", "col.category", "col.name", "col.unit", "col.attribute",
                "col.target", "col.baseline", "col.latest", "col.progress", "col.status", "col.explanation"), rows);

        b.append("## ").append(l.get("section.concerns")).append("\n\n");
        List<IndicatorRow> concerns = report.concerns();
        if (concerns.isEmpty()) {
            b.append(l.get("none.concerns")).append("\n\n");
        } else {
            rows.clear();
            for (IndicatorRow r : concerns) {
                rows.add(List.of(Integer.toString(r.number()), r.name(), l.get("attribute." + r.attribute().name()),
                        r.targetWording(), Text.point(r.latest()), l.get("status." + r.status().code()),
                        r.requirement()));
            }
            Markdown.table(b, headers(l, "col.number", "col.name", "col.attribute", "col.target", "col.latest",
                    "col.status", "col.requirement"), rows);
        }

        b.append("## ").append(l.get("section.dataQuality")).append("\n\n");
        if (report.dataQuality().isEmpty()) {
            b.append(l.get("none.dataQuality")).append("\n\n");
        } else {
            report.dataQuality().forEach(f -> b.append("- ").append(Markdown.inline(f)).append('\n'));
            b.append('\n');
        }

        b.append("## ").append(l.get("section.method")).append("\n\n");
        item(b, l, "meta.method", m.methodName());
        item(b, l, "meta.thresholds", m.thresholds());
        item(b, l, "meta.language", p.language());
        item(b, l, "meta.generatedFrom", m.generatedFrom());
        return b.toString();
    }

    private static void item(StringBuilder b, Labels l, String key, String value) {
        b.append("- ").append(l.get(key)).append(": ").append(Markdown.inline(value)).append('\n');
    }

    private static List<String> counts(String label, GroupCount<?> g) {
        return List.of(label, Integer.toString(g.total()), Integer.toString(g.withData()),
                Integer.toString(g.favourable()), Integer.toString(g.concerns()));
    }

    static List<String> headers(Labels l, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(l.get(k));
        }
        return out;
    }
}
