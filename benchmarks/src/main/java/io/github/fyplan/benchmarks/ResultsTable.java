package io.github.fyplan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into a Markdown table with derived figures, and
 * states which of the goals of issues 3 to 5 were met.
 *
 * <ul>
 *   <li>MB/s (10<sup>6</sup> bytes per second) from the {@code bytes} counter of
 *       {@link PlanReadingBenchmark}, and each reading benchmark's ratio to {@code rawTokenScan}
 *       on the same corpus;</li>
 *   <li>for {@link AssessmentBenchmark}, each score's ratio to {@code readObservations};</li>
 *   <li>the median of the measurement iterations (JMH's 50th percentile), next to their mean (the
 *       score): a shared host slows some iterations down, which drags the mean and widens its error
 *       but moves the median little. The goals are judged on the score all the same.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.fyplan.benchmarks.ResultsTable jmh-result.json}.
 */
public final class ResultsTable {
    private static final String READING = "PlanReadingBenchmark";
    private static final String IMPORT = "ImportBenchmark";
    private static final String ASSESSMENT = "AssessmentBenchmark";

    /** Goal of issue 3: reading without validation at least this share of the raw scan. */
    public static final double GOAL_READ_PLAIN = 1.0 / 2;
    /** Goal of issue 3: reading with validation at least this share of the raw scan. */
    public static final double GOAL_READ_VALIDATED = 1.0 / 3;
    /** Goal of issue 4: importing a seed under this many milliseconds. */
    public static final double GOAL_IMPORT_MS = 50;
    /** Goal of issue 5: at least this many indicator assessments per second per core. */
    public static final double GOAL_ASSESSMENTS = 1_000_000;

    private ResultsTable() {
    }

    /**
     * Prints the table of a result file to standard output.
     *
     * @param args the path of the JMH JSON result file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultsTable <jmh-result.json>");
            System.exit(2);
        }
        System.out.print(render(Files.readString(Path.of(args[0]))));
    }

    /** One benchmark result: class, method, parameters and the figures used. */
    record Row(String type, String method, String params, String mode, double score, double error, double median,
            String unit, Double bytesPerSecond) {

        String param(String name) {
            for (String p : params.split(", ")) {
                if (p.startsWith(name + "=")) {
                    return p.substring(name.length() + 1);
                }
            }
            return "";
        }

        /** Parameters other than the one named, to pair a row with its baseline. */
        String paramsWithout(String name) {
            StringJoiner j = new StringJoiner(", ");
            for (String p : params.split(", ")) {
                if (!p.isEmpty() && !p.startsWith(name + "=")) {
                    j.add(p);
                }
            }
            return j.toString();
        }
    }

    /**
     * Renders a result file's content as Markdown: the table, then the goals.
     *
     * @param json the content of a JMH JSON result file
     * @return the Markdown
     * @throws IOException if the content is not JSON
     */
    public static String render(String json) throws IOException {
        List<Row> rows = parse(json);
        StringBuilder out = new StringBuilder();
        out.append("| Benchmark | Params | Mode | Score | Error (99.9%) | Median | Unit | MB/s | Ratio |\n");
        out.append("|---|---|---|---:|---:|---:|---|---:|---:|\n");
        for (Row r : rows) {
            Double mbs = r.bytesPerSecond() == null ? null : r.bytesPerSecond() / 1e6;
            out.append("| ").append(r.type()).append('.').append(r.method())
                    .append(" | ").append(r.params())
                    .append(" | ").append(r.mode())
                    .append(" | ").append(number(r.score()))
                    .append(" | ").append(Double.isNaN(r.error()) ? "" : "± " + number(r.error()))
                    .append(" | ").append(number(r.median()))
                    .append(" | ").append(r.unit())
                    .append(" | ").append(mbs == null ? "" : number(mbs))
                    .append(" | ").append(ratio(r, rows).map(x -> String.format(Locale.ROOT, "%.3f", x)).orElse(""))
                    .append(" |\n");
        }
        out.append('\n').append("Ratios: reading benchmarks' MB/s over `rawTokenScan`'s on the same corpus; ")
                .append("assessment scores over `readObservations`'s.\n\n");
        out.append(goals(rows));
        return out.toString();
    }

    static List<Row> parse(String json) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<Row> rows = new ArrayList<>();
        for (JsonNode b : root) {
            String name = b.path("benchmark").asText();
            String[] parts = name.split("\\.");
            String type = parts.length >= 2 ? parts[parts.length - 2] : "";
            String method = parts[parts.length - 1];
            StringJoiner params = new StringJoiner(", ");
            for (Iterator<Map.Entry<String, JsonNode>> it = b.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                params.add(e.getKey() + "=" + e.getValue().asText());
            }
            JsonNode primary = b.path("primaryMetric");
            JsonNode bytes = b.path("secondaryMetrics").path("bytes");
            rows.add(new Row(type, method, params.toString(), b.path("mode").asText(),
                    primary.path("score").asDouble(), primary.path("scoreError").asDouble(Double.NaN),
                    primary.path("scorePercentiles").path("50.0").asDouble(Double.NaN),
                    primary.path("scoreUnit").asText(),
                    bytes.isMissingNode() ? null : bytes.path("score").asDouble()));
        }
        return rows;
    }

    static Optional<Double> ratio(Row r, List<Row> rows) {
        if (r.type().equals(READING) && r.bytesPerSecond() != null) {
            return find(rows, READING, "rawTokenScan", r.params())
                    .filter(base -> base.bytesPerSecond() != null && base.bytesPerSecond() > 0)
                    .map(base -> r.bytesPerSecond() / base.bytesPerSecond());
        }
        if (r.type().equals(ASSESSMENT)) {
            return rows.stream().filter(b -> b.type().equals(ASSESSMENT) && b.method().equals("readObservations")
                            && b.paramsWithout("asOf").equals(r.paramsWithout("asOf")) && b.score() > 0)
                    .findFirst().map(base -> r.score() / base.score());
        }
        return Optional.empty();
    }

    private static Optional<Row> find(List<Row> rows, String type, String method, String params) {
        return rows.stream().filter(b -> b.type().equals(type) && b.method().equals(method)
                && b.params().equals(params)).findFirst();
    }

    static String goals(List<Row> rows) {
        StringBuilder out = new StringBuilder("Goals:\n\n");
        for (Row r : rows) {
            if (r.type().equals(READING) && r.method().equals("readWithoutValidation")) {
                out.append(goal("issue 3, reading without validation ≥ 1/2 of the raw scan (" + r.params() + ")",
                        ratio(r, rows), x -> x >= GOAL_READ_PLAIN, "%.2f×"));
            } else if (r.type().equals(READING) && r.method().equals("readWithValidation")) {
                out.append(goal("issue 3, reading with validation ≥ 1/3 of the raw scan (" + r.params() + ")",
                        ratio(r, rows), x -> x >= GOAL_READ_VALIDATED, "%.2f×"));
            } else if (r.type().equals(IMPORT)) {
                Optional<Double> ms = r.unit().equals("ms/op") ? Optional.of(r.score()) : Optional.empty();
                out.append(goal("issue 4, import < 50 ms per plan (" + r.params() + ")", ms,
                        x -> x < GOAL_IMPORT_MS, "%.1f ms"));
            } else if (r.type().equals(ASSESSMENT) && (r.method().equals("evaluatePlans")
                    || r.method().equals("evaluatePreparedPlans"))) {
                Optional<Double> perSecond = r.unit().equals("ops/s") ? Optional.of(r.score()) : Optional.empty();
                String how = r.method().equals("evaluatePlans") ? "whole-plan evaluation"
                        : "whole-plan evaluation of prepared plans";
                out.append(goal("issue 5, ≥ 1,000,000 indicator assessments/s/core, " + how + " (" + r.params() + ")",
                        perSecond, x -> x >= GOAL_ASSESSMENTS, "%,.0f/s"));
            }
        }
        return out.toString();
    }

    private static String goal(String what, Optional<Double> value, java.util.function.DoublePredicate met,
            String format) {
        if (value.isEmpty()) {
            return "- " + what + ": no figure (baseline or unit missing)\n";
        }
        double v = value.get();
        return "- " + what + ": " + String.format(Locale.ROOT, format, v) + " — **" + (met.test(v) ? "met" : "missed")
                + "**\n";
    }

    private static String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        double a = Math.abs(x);
        if (a >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", x);
        }
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
