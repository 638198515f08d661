package io.github.fyplan.report;

import io.github.fyplan.report.internal.Labels;
import io.github.fyplan.report.internal.Markdown;
import io.github.fyplan.report.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a plan overview as Markdown: the structure outline as a nested list, the indicator table
 * and the boxes. Immutable and thread-safe.
 */
public final class MarkdownOverviewRenderer implements Renderer<PlanOverview> {

    /** Creates the renderer. */
    public MarkdownOverviewRenderer() {
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String render(PlanOverview overview, Locale locale) {
        Labels l = Labels.of(locale);
        PlanHeader p = overview.plan();
        StringBuilder b = new StringBuilder(8_192);
        b.append("# ").append(Markdown.inline(p.title())).append("\n\n")
                .append(l.get("overview.title")).append("\n\n");
        b.append("- ").append(l.get("meta.region")).append(": ").append(Markdown.inline(p.regionName()))
                .append(" (").append(p.regionCode()).append(")\n");
        b.append("- ").append(l.get("meta.planId")).append(": ").append(Markdown.inline(p.planId())).append('\n');
        b.append("- ").append(l.get("meta.period")).append(": ").append(p.startYear()).append('–')
                .append(p.endYear()).append("\n\n");

        b.append("## ").append(l.get("section.outline")).append("\n\n");
        for (OutlineEntry e : overview.outline()) {
            b.append("  ".repeat(e.level() - 1)).append("- ");
            if (!e.label().isBlank()) {
                b.append(Markdown.inline(e.label())).append(' ');
            }
            b.append(Markdown.inline(e.title())).append('\n');
        }
        b.append('\n');

        b.append("## ").append(l.get("section.indicatorTable")).append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (OverviewIndicator i : overview.indicators()) {
            rows.add(List.of(Integer.toString(i.number()), i.category(), i.name(), i.unit(),
                    l.get("attribute." + i.attribute().name()), i.targetWording(), Text.point(i.baseline())));
        }
        Markdown.table(b, MarkdownReportRenderer.headers(l, "col.number", "col.category", "col.name", "col.unit",
                "col.attribute", "col.target", "col.baseline"), rows);

        b.append("## ").append(l.get("section.boxes")).append("\n\n");
        if (overview.boxes().isEmpty()) {
            b.append(l.get("none.boxes")).append('\n');
        } else {
            rows.clear();
            for (BoxSummary x : overview.boxes()) {
                rows.add(List.of(x.label(), x.title(), Integer.toString(x.groups()), Integer.toString(x.projects())));
            }
            Markdown.table(b, MarkdownReportRenderer.headers(l, "col.label", "col.title", "col.groups",
                    "col.projects"), rows);
        }
        return b.toString();
    }
}
