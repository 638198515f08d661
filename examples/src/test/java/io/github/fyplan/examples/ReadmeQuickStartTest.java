package io.github.fyplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.io.PlanReader;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Evaluator;
import io.github.fyplan.rules.PlanEvaluation;
import io.github.fyplan.rules.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's quick start, run as a test so that the README cannot drift from the API. */
class ReadmeQuickStartTest {

    @Test
    void quickStartEvaluatesTianningAsOf2023() {
        Path file = Path.of("src/main/resources/seeds/tianning.plan.json");
        assertTrue(Files.exists(file), "run from the examples module");

        // --- README quick start, verbatim from here ---
        Plan plan = PlanReader.strict().read(file).value();           // throws on bad input, lists every problem
        MonitoringData data = new MonitoringData(plan.id(), List.of(
                Observation.of("TN-28", 2020, "36.5"),                 // PM2.5, 2020 value from chapter 1
                Observation.of("TN-28", 2021, "34.0"),
                Observation.of("TN-28", 2022, "32.1"),
                Observation.of("TN-28", 2023, "33.0")), List.of());

        PlanEvaluation midTerm = Evaluator.builder().build()        // time-elapsed method by default
                .evaluate(plan, data, Year.of(2023));
        Assessment pm25 = midTerm.assessments().stream()
                .filter(a -> a.indicatorId().equals("TN-28")).findFirst().orElseThrow();
        System.out.println(pm25.status() + ": " + pm25.explanation().text(Locale.ENGLISH));
        // --- end of the README quick start ---

        assertEquals(41, midTerm.assessments().size());
        // 36.5 → 33.0 against a target below 35: the bound is already met in 2023.
        assertEquals(Status.ACHIEVED, pm25.status());
        assertTrue(pm25.explanation().text(Locale.ENGLISH).contains("33"), pm25.explanation().en());
        assertEquals(Status.NO_DATA, midTerm.assessments().stream()
                .filter(a -> a.indicatorId().equals("TN-01")).findFirst().orElseThrow().status());
    }
}
