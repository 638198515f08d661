package io.github.fyplan.model.validation;

import static org.quicktheories.QuickTheory.qt;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.PlanGenerators;
import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.model.monitoring.MonitoringData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the plan fixtures that other modules rely on. */
class GeneratedPlanProperties {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    @Test
    void generatedPlansValidateWithoutAnyFinding() {
        qt().withExamples(300).forAll(PlanGenerators.plans())
                .check(plan -> VALIDATOR.validate(plan).findings().isEmpty());
    }

    @Test
    void generatedMonitoringDataValidatesAgainstItsPlan() {
        qt().withExamples(200).forAll(PlanGenerators.plansWithData())
                .check(p -> VALIDATOR.validate(p.plan(), p.data()).findings().isEmpty());
    }

    @Test
    void theSameSeedBuildsEqualRecords() {
        qt().withExamples(200).forAll(PlanGenerators.seeds()).check(seed -> {
            Plan a = RandomPlans.plan(RandomPlans.seeded(seed));
            Plan b = RandomPlans.plan(RandomPlans.seeded(seed));
            var ra = RandomPlans.seeded(seed);
            var rb = RandomPlans.seeded(seed);
            MonitoringData da = RandomPlans.monitoring(ra, RandomPlans.plan(ra));
            MonitoringData db = RandomPlans.monitoring(rb, RandomPlans.plan(rb));
            return a != b && a.equals(b) && a.hashCode() == b.hashCode() && a.toString().equals(b.toString())
                    && da.equals(db);
        });
    }

    @Test
    void generatedPlansCoverEveryTargetFormAndBothBodyShapes() {
        // The generators are only useful if they reach every shape; 200 plans must show all of them.
        java.util.Set<String> forms = new java.util.TreeSet<>();
        java.util.Set<Boolean> withParts = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            Plan p = RandomPlans.plan(RandomPlans.seeded(seed));
            p.indicators().forEach(i -> forms.add(i.target().getClass().getSimpleName()));
            withParts.add(!p.divisions(io.github.fyplan.model.DivisionLevel.PART).isEmpty());
        }
        org.junit.jupiter.api.Assertions.assertEquals(12, forms.size(), forms::toString);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of(true, false), withParts);
        org.junit.jupiter.api.Assertions.assertTrue(List.of(RandomPlans.text(RandomPlans.seeded(1), 5, 5))
                .stream().anyMatch(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)));
    }

    @Test
    void reportsEveryBadExtensionKeyOfArbitraryUnicodeWithoutThrowing() {
        qt().withExamples(300).forAll(PlanGenerators.plans(),
                org.quicktheories.generators.SourceDSL.lists().of(org.quicktheories.generators.SourceDSL.strings()
                        .allPossible().ofLengthBetween(0, 8)).ofSizeBetween(0, 4))
                .check((plan, keys) -> {
                    java.util.Map<String, String> extensions = new java.util.HashMap<>();
                    keys.forEach(k -> extensions.put(k, k));
                    ValidationReport report = VALIDATOR.validate(plan.withExtensions(extensions));
                    long bad = extensions.keySet().stream().filter(k -> !k.startsWith("x-") || k.length() < 3).count();
                    return report.findings().size() == bad && report.findings().stream().allMatch(f ->
                            f.code().equals("FYP-MODEL-025") && extensions.containsKey(f.arguments().get("key")));
                });
    }
}
