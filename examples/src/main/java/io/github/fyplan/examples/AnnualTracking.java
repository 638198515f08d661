package io.github.fyplan.examples;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.PreparedPlan;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Annual tracking (年度监测) of the Wujin plan: the plan is {@link Evaluator#prepare prepared} once,
 * then evaluated as of each year its demo data covers (2021 to 2023), as an office does each year and
 * again for the mid-term and final evaluations. Prints the counts by status per year, then each
 * indicator's status year by year where it changed.
 *
 * <p>Reads the bundled seed plan and its illustrative demo monitoring data.
 */
public final class AnnualTracking {
    private AnnualTracking() {
    }

    /**
     * Prints the tracking tables.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Plan plan = Bundled.plan("wujin");
        MonitoringData data = Bundled.demoData("wujin", plan);
        Evaluator evaluator = Evaluator.builder()
                .clock(Clock.fixed(Instant.parse("2026-03-31T00:00:00Z"), ZoneOffset.UTC)).build();
        PreparedPlan prepared = evaluator.prepare(plan); // once: rules and groups are decided here

        Map<String, StringBuilder> trajectories = new LinkedHashMap<>();
        out.println("== " + plan.title() + ": indicators per status, as of each year ==");
        for (int year = 2021; year <= 2023; year++) {
            PlanEvaluation e = prepared.evaluate(data, Year.of(year));
            out.printf(Locale.ROOT, "%d: %s; needing attention: %d%n", year, e.byStatus().entrySet().stream()
                    .map(c -> c.getKey().english() + " " + c.getValue()).collect(Collectors.joining(", ")),
                    e.attention().size());
            for (Assessment a : e.assessments()) {
                trajectories.computeIfAbsent(a.indicatorId(), id -> new StringBuilder())
                        .append(year == 2021 ? "" : " → ").append(a.status().english());
            }
        }
        out.println();
        out.println("== indicators whose status changed, 2021 → 2023 ==");
        trajectories.forEach((id, statuses) -> {
            List<String> distinct = List.of(statuses.toString().split(" → ")).stream().distinct().toList();
            if (distinct.size() > 1) {
                out.println(id + "  " + statuses);
            }
        });
    }
}
