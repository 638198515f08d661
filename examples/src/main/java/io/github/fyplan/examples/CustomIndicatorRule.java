package io.github.fyplan.examples;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.RuleBinding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Shows how to plug a custom {@link io.github.fyplan.rules.IndicatorRule} into an evaluation: the
 * {@link YearByYearRule} (binding qualitative requirements such as 完成市下达任务 must be judged met in
 * every year) is bound to the category 环境美 with {@link RuleBinding#forCategory}, and both seed plans
 * are evaluated as of 2023 with and without it. For each 环境美 indicator the program prints the
 * built-in status and the status with the custom rule ({@code *} where they differ), with the
 * custom rule's explanation where it did the assessing.
 *
 * <p>Reads the bundled seed plans and their illustrative demo monitoring data.
 */
public final class CustomIndicatorRule {
    private CustomIndicatorRule() {
    }

    /**
     * The binding used here: the year-by-year rule for every indicator of the category 环境美 (it
     * leaves all but binding qualitative targets to the built-in rule).
     *
     * @return the binding
     */
    public static RuleBinding binding() {
        return RuleBinding.forCategory(YearByYearRule.NAME, "环境美", new YearByYearRule());
    }

    /**
     * Prints the comparison for Tianning and Wujin.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2024-03-31T00:00:00Z"), ZoneOffset.UTC);
        Evaluator builtIn = Evaluator.builder().clock(clock).build();
        Evaluator custom = Evaluator.builder().clock(clock).rule(binding()).build();

        for (String name : List.of("tianning", "wujin")) {
            Plan plan = Bundled.plan(name);
            MonitoringData data = Bundled.demoData(name, plan);
            PlanEvaluation before = builtIn.evaluate(plan, data, Year.of(2023));
            PlanEvaluation after = custom.evaluate(plan, data, Year.of(2023));
            out.printf(Locale.ROOT, "== %s, 环境美, as of 2023: built-in -> %s ==%n", plan.region().name(),
                    YearByYearRule.NAME);
            for (Indicator i : plan.indicators()) {
                if (!i.category().equals("环境美")) {
                    continue;
                }
                Assessment a = before.assessment(i.id()).orElseThrow();
                Assessment b = after.assessment(i.id()).orElseThrow();
                boolean ownCase = i.isBinding() && i.target() instanceof QualitativeTarget;
                out.printf(Locale.ROOT, "%s %s %s %-19s -> %s%s%n", a.status() == b.status() ? " " : "*", i.id(),
                        i.attribute().chinese(), a.status().english(), b.status().english(),
                        ownCase ? ": " + b.explanation().en() : "");
            }
            out.println();
        }
    }
}
