package io.github.fyplan.cli;

import io.github.fyplan.report.CsvReportRenderer;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.HtmlComparisonRenderer;
import io.github.fyplan.report.HtmlOverviewRenderer;
import io.github.fyplan.report.HtmlReportRenderer;
import io.github.fyplan.report.MarkdownComparisonRenderer;
import io.github.fyplan.report.MarkdownOverviewRenderer;
import io.github.fyplan.report.MarkdownReportRenderer;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.report.PlanOverview;
import io.github.fyplan.report.Renderer;
import java.util.Optional;

/** The output formats of the reporting commands and their renderers. */
enum OutputFormat {
    /** A self-contained HTML page. */
    HTML,
    /** Markdown. */
    MD,
    /** CSV, one row per indicator (evaluation reports only). */
    CSV;

    static OutputFormat parse(String name) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "', expected html, md or csv");
    }

    Renderer<EvaluationReport> evaluation() {
        if (this == HTML) {
            return new HtmlReportRenderer();
        }
        return this == MD ? new MarkdownReportRenderer() : new CsvReportRenderer();
    }

    Optional<Renderer<PlanOverview>> overview() {
        if (this == HTML) {
            return Optional.of(new HtmlOverviewRenderer());
        }
        return this == MD ? Optional.of(new MarkdownOverviewRenderer()) : Optional.empty();
    }

    Optional<Renderer<PlanComparison>> comparison() {
        if (this == HTML) {
            return Optional.of(new HtmlComparisonRenderer());
        }
        return this == MD ? Optional.of(new MarkdownComparisonRenderer()) : Optional.empty();
    }

    /** The picocli converter. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return parse(value);
        }
    }
}
