package io.github.fyplan.examples;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.Status;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows how the choice of {@link Method} changes a mid-term evaluation: the Tianning plan is
 * evaluated as of 2023 with the time-elapsed, growth-ratio and trend methods, and a compact table per
 * method lists each indicator's status, progress (the share of the distance from the 2020 baseline to
 * the target covered) and the score the method graded; a last table lists the indicators on which
 * the methods disagree. (As of 2023 the trend method's three-year window reaches back to the 2020
 * baseline, so its score equals the time-elapsed one and only the thresholds differ.)
 *
 * <p>Reads the bundled seed plan and its illustrative demo monitoring data.
 */
public final class EvaluateWithEachMethod {
    private EvaluateWithEachMethod() {
    }

    /**
     * Prints one table per method.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Plan plan = Bundled.plan("tianning");
        MonitoringData data = Bundled.demoData("tianning", plan);
        Clock clock = Clock.fixed(Instant.parse("2024-03-31T00:00:00Z"), ZoneOffset.UTC);
        Map<String, List<Status>> statuses = new LinkedHashMap<>();

        for (Method method : Method.values()) {
            PlanEvaluation evaluation = Evaluator.builder().method(method).clock(clock).build()
                    .evaluate(plan, data, Year.of(2023));
            out.printf(Locale.ROOT, "== %s (%s), as of %s ==%n", method.english(), method.chinese(), evaluation.asOf());
            out.printf(Locale.ROOT, "%-6s %-20s %9s %7s%n", "id", "status", "progress", "score");
            for (Assessment a : evaluation.assessments()) {
                out.printf(Locale.ROOT, "%-6s %-20s %9s %7s%n", a.indicatorId(), a.status().english(),
                        percent(a.metrics().progress()), decimal(a.metrics().score()));
                statuses.computeIfAbsent(a.indicatorId(), id -> new ArrayList<>()).add(a.status());
            }
            out.println("totals: " + evaluation.byStatus().entrySet().stream()
                    .map(e -> e.getKey().english() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.println();
        }
        out.println("== where the methods disagree (time-elapsed / growth-ratio / trend) ==");
        statuses.forEach((id, list) -> {
            if (list.stream().distinct().count() > 1) {
                out.println(id + "  " + list.stream().map(Status::english).collect(Collectors.joining(" / ")));
            }
        });
    }

    /** A fraction as a percentage with one decimal, or a dash when the method gives none. */
    private static String percent(BigDecimal fraction) {
        return fraction == null ? "-" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
