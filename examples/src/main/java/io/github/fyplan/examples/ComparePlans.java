package io.github.fyplan.examples;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.PlanEvaluation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Shows how to compare two plans on the indicators they share: Tianning and Wujin are each
 * evaluated as of 2023, and for every pair in a small local mapping (the two tables name the same
 * measure differently) the program prints both targets as written, the latest observation and the
 * status. The statuses are not always alike in kind: an "at most" target the 2020 baseline already met
 * is judged as a bound to hold every year (WJ-12), and a qualitative target by its judgements (WJ-20).
 *
 * <p>Reads the bundled seed plans and their illustrative demo monitoring data.
 */
public final class ComparePlans {
    /** One measure both plans set a target for, with its id in each. */
    private record Shared(String topic, String tianningId, String wujinId) {
    }

    private static final List<Shared> SHARED = List.of(
            new Shared("GDP per capita", "TN-01", "WJ-02"),
            new Shared("general public budget revenue", "TN-02", "WJ-03"),
            new Shared("R&D spending as a share of GDP", "TN-15", "WJ-07"),
            new Shared("invention patents per 10,000 people", "TN-16", "WJ-06"),
            new Shared("registered urban unemployment rate", "TN-20", "WJ-12"),
            new Shared("practising doctors per 1,000 people", "TN-23", "WJ-15"),
            new Shared("PM2.5", "TN-28", "WJ-20"),
            new Shared("days of good air quality", "TN-29", "WJ-21"),
            new Shared("surface water of class III or better", "TN-30", "WJ-22"),
            new Shared("work-safety deaths per unit of GDP", "TN-39", "WJ-34"),
            new Shared("public sense of security", "TN-40", "WJ-35"));

    private ComparePlans() {
    }

    /**
     * Prints the comparison.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Evaluator evaluator = Evaluator.builder()
                .clock(Clock.fixed(Instant.parse("2024-03-31T00:00:00Z"), ZoneOffset.UTC)).build();
        Plan tianning = Bundled.plan("tianning");
        Plan wujin = Bundled.plan("wujin");
        MonitoringData tData = Bundled.demoData("tianning", tianning).asOf(Year.of(2023));
        MonitoringData wData = Bundled.demoData("wujin", wujin).asOf(Year.of(2023));
        PlanEvaluation t = evaluator.evaluate(tianning, tData, Year.of(2023));
        PlanEvaluation w = evaluator.evaluate(wujin, wData, Year.of(2023));

        out.printf(Locale.ROOT, "%s vs %s, as of 2023 (%s)%n", tianning.region().name(), wujin.region().name(),
                t.method().english());
        for (Shared s : SHARED) {
            out.println(s.topic());
            print(out, tianning, tData, t, s.tianningId());
            print(out, wujin, wData, w, s.wujinId());
        }
    }

    private static void print(PrintStream out, Plan plan, MonitoringData data, PlanEvaluation evaluation, String id) {
        Indicator i = plan.indicator(id).orElseThrow();
        String target = i.targetWording().isEmpty() ? "(none stated)" : i.targetWording();
        String unit = i.unit().isEmpty() ? "" : " [" + i.unit() + "]";
        List<Observation> series = data.series(id);
        String latest = series.isEmpty() ? "no observation" : series.get(series.size() - 1).value().toPlainString()
                + " in " + series.get(series.size() - 1).year();
        out.printf(Locale.ROOT, "  %s %s %s%s target %s: %s, %s%n", plan.region().name(), id, i.name(), unit, target,
                latest, evaluation.assessment(id).orElseThrow().status().english());
    }
}
