package io.github.fyplan.report;

import io.github.fyplan.report.internal.Csv;
import io.github.fyplan.report.internal.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders an evaluation report's indicators as CSV: a header row, then one row per indicator, fields
 * quoted as RFC 4180 says (a field with a comma, a quote or a line break is enclosed in quotes, and
 * quotes are doubled), UTF-8, lines ending in {@code \n}.
 *
 * <p>The header uses stable English column names so that scripts can rely on them; only the
 * {@code status_label} column follows the locale. Values are written as they are in the model
 * ({@code 26.43} stays {@code 26.43}); shares are fractions ({@code 0.6} is 60 %). An absent value is
 * an empty field, not an em dash, so that spreadsheets read the numeric columns as numbers.
 * Immutable and thread-safe.
 */
public final class CsvReportRenderer implements Renderer<EvaluationReport> {

    /** The header row's column names, in order. */
    public static final List<String> COLUMNS = List.of("number", "id", "category", "name", "unit", "attribute",
            "target", "baseline_year", "baseline_value", "latest_year", "latest_value", "progress_share",
            "elapsed_share", "status", "status_label", "explanation", "requirement");

    /** Creates the renderer. */
    public CsvReportRenderer() {
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String render(EvaluationReport report, Locale locale) {
        Labels l = Labels.of(locale);
        StringBuilder b = new StringBuilder(8_192);
        Csv.row(b, COLUMNS);
        for (IndicatorRow r : report.rows()) {
            List<String> f = new ArrayList<>(COLUMNS.size());
            f.add(Integer.toString(r.number()));
            f.add(r.id());
            f.add(r.category());
            f.add(r.name());
            f.add(r.unit());
            f.add(r.attribute().name().toLowerCase(Locale.ROOT));
            f.add(r.targetWording());
            f.add(r.baseline() == null ? "" : Integer.toString(r.baseline().year()));
            f.add(r.baseline() == null ? "" : r.baseline().value().toPlainString());
            f.add(r.latest() == null ? "" : Integer.toString(r.latest().year()));
            f.add(r.latest() == null ? "" : r.latest().value().toPlainString());
            f.add(plain(r.progressShare()));
            f.add(plain(r.elapsedShare()));
            f.add(r.status().code());
            f.add(l.get("status." + r.status().code()));
            f.add(r.explanation());
            f.add(r.requirement());
            Csv.row(b, f);
        }
        return b.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
