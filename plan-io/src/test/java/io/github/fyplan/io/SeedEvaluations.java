package io.github.fyplan.io;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.PlanEvaluation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Real evaluations for tests: a checked-in seed plan ({@code examples/src/main/resources/seeds})
 * evaluated by plan-rules' {@link Evaluator} against the examples' illustrative monitoring data
 * ({@code examples/src/main/resources/demo}), dated the day after the evaluation year, as the
 * examples' demonstration does.
 */
final class SeedEvaluations {
    /** The seed plans' names. */
    static final List<String> PLANS = List.of("tianning", "wujin");

    private static final Path EXAMPLES = ExampleResources.DIR;

    private SeedEvaluations() {
    }

    /**
     * A seed plan, read strictly.
     *
     * @param name {@code tianning} or {@code wujin}
     * @return the plan
     */
    static Plan plan(String name) {
        return PlanReader.strict().read(EXAMPLES.resolve("seeds/" + name + ".plan.json")).value();
    }

    /**
     * A seed plan's illustrative monitoring data: the CSV observations and the JSON judgements.
     *
     * @param name {@code tianning} or {@code wujin}
     * @param plan the plan
     * @return the data
     */
    static MonitoringData data(String name, Plan plan) {
        MonitoringDataReader reader = MonitoringDataReader.strict();
        MonitoringData csv = reader.readCsv(EXAMPLES.resolve("demo/" + name + ".observations.csv"), plan.id()).value();
        MonitoringData json = reader.readJson(EXAMPLES.resolve("demo/" + name + ".judgements.json")).value();
        List<io.github.fyplan.model.monitoring.Observation> observations = new ArrayList<>(csv.observations());
        observations.addAll(json.observations());
        return new MonitoringData(plan.id(), observations, json.judgements());
    }

    /**
     * A seed plan evaluated.
     *
     * @param name   {@code tianning} or {@code wujin}
     * @param asOf   the evaluation year
     * @param method the method
     * @return the evaluation
     */
    static PlanEvaluation evaluate(String name, int asOf, Method method) {
        Plan plan = plan(name);
        Clock clock = Clock.fixed(LocalDate.of(asOf + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return Evaluator.builder().method(method).clock(clock).build().evaluate(plan, data(name, plan), Year.of(asOf));
    }
}
