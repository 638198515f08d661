package io.github.fyplan.report;

import io.github.fyplan.report.internal.Labels;
import io.github.fyplan.report.internal.Markdown;
import io.github.fyplan.report.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a two-plan comparison as Markdown: one table row per matched pair. Immutable and
 * thread-safe.
 */
public final class MarkdownComparisonRenderer implements Renderer<PlanComparison> {

    /** Creates the renderer. */
    public MarkdownComparisonRenderer() {
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String render(PlanComparison c, Locale locale) {
        Labels l = Labels.of(locale);
        StringBuilder b = new StringBuilder(8_192);
        b.append("# ").append(Markdown.inline(c.left().regionName() + " / " + c.right().regionName()))
                .append(" — ").append(l.get("comparison.title")).append("\n\n");
        if (c.illustrative()) {
            b.append("> **").append(l.get("banner.illustrative")).append("**\n\n");
        }
        b.append("- ").append(l.get("meta.plan")).append(": ").append(Markdown.inline(c.left().title())).append('\n');
        b.append("- ").append(l.get("meta.plan")).append(": ").append(Markdown.inline(c.right().title())).append('\n');
        b.append("- ").append(l.get("meta.asOf")).append(": ").append(c.asOfYear()).append('\n');
        b.append("- ").append(l.get("meta.method")).append(": ").append(Markdown.inline(c.methodName()))
                .append("\n\n");
        List<String> header = new ArrayList<>();
        header.add(l.get("col.topic"));
        for (String region : List.of(c.left().regionName(), c.right().regionName())) {
            for (String k : List.of("col.name", "col.target", "col.latest", "col.status")) {
                header.add(region + " " + l.get(k));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ComparisonRow r : c.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.topic());
            side(row, r.left(), l);
            side(row, r.right(), l);
            rows.add(row);
        }
        Markdown.table(b, header, rows);
        return b.toString();
    }

    private static void side(List<String> row, ComparisonSide s, Labels l) {
        if (s == null) {
            row.addAll(List.of(Text.ABSENT, Text.ABSENT, Text.ABSENT, Text.ABSENT));
            return;
        }
        row.add(s.id() + " " + s.name() + (s.unit().isBlank() ? "" : " (" + s.unit() + ")"));
        row.add(s.targetWording());
        row.add(Text.point(s.latest()));
        row.add(l.get("status." + s.status().code()));
    }
}
