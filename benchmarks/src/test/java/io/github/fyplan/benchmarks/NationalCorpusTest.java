package io.github.fyplan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.PlanWriter;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.validation.PlanValidator;
import java.io.ByteArrayInputStream;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NationalCorpusTest {
    private static NationalCorpus national;

    @BeforeAll
    static void generate() {
        national = NationalCorpus.national();
    }

    @Test
    void nationalCorpusHas3000PlansOf40IndicatorsEach() {
        assertEquals(3_000, national.plans().size());
        assertEquals(3_000, national.monitoring().size());
        assertTrue(national.plans().stream().allMatch(p -> p.indicators().size() == 40));
        assertEquals(120_000, national.indicatorCount());
    }

    @Test
    void everyIndicatorIsObservedInEachOfSixYearsOnce() {
        Set<Year> sixYears = new TreeSet<>();
        for (int y = 2020; y <= 2025; y++) {
            sixYears.add(Year.of(y));
        }
        for (int i = 0; i < national.plans().size(); i++) {
            Plan plan = national.plans().get(i);
            MonitoringData data = national.monitoring().get(i);
            assertEquals(plan.id(), data.planId());
            Map<String, List<Observation>> bySeries = data.observations().stream()
                    .collect(Collectors.groupingBy(Observation::seriesId));
            for (Indicator indicator : plan.indicators()) {
                List<Observation> own = bySeries.get(indicator.id());
                assertEquals(6, own.size(), plan.id() + " " + indicator.id());
                assertEquals(sixYears, own.stream().map(Observation::year).collect(Collectors.toSet()),
                        plan.id() + " " + indicator.id());
            }
            assertEquals(6 * (plan.indicators().size() + plan.series().size()), data.observations().size());
        }
        assertTrue(national.observationCount() >= 6 * 120_000);
    }

    @Test
    void planIdsAndRegionCodesAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Plan p : national.plans()) {
            assertTrue(ids.add(p.id()), p.id());
            assertTrue(codes.add(p.region().code()), p.region().code());
        }
    }

    @Test
    void sameSeedGivesEqualCorpus() {
        assertEquals(national, NationalCorpus.national());
        assertEquals(NationalCorpus.generate(20, 7).plans(), NationalCorpus.generate(20, 7).plans());
    }

    @Test
    void planDoesNotDependOnCorpusSize() {
        NationalCorpus small = NationalCorpus.generate(5, NationalCorpus.SEED);
        assertEquals(national.plans().subList(0, 5), small.plans());
        assertEquals(national.monitoring().subList(0, 5), small.monitoring());
    }

    @Test
    void otherSeedGivesOtherCorpus() {
        NationalCorpus a = NationalCorpus.generate(5, 1);
        NationalCorpus b = NationalCorpus.generate(5, 2);
        assertNotEquals(a.plans(), b.plans());
        assertNotEquals(a.monitoring(), b.monitoring());
    }

    @Test
    void plansAreValidAndSurviveJsonRoundTrip() {
        PlanValidator validator = PlanValidator.create();
        PlanWriter writer = PlanWriter.create();
        PlanReader reader = PlanReader.strict();
        for (Plan p : national.plans().subList(0, 200)) {
            assertFalse(validator.validate(p).hasErrors(), () -> p.id() + ": " + validator.validate(p).errors());
            Plan back = reader.read(new ByteArrayInputStream(writer.toBytes(p)), p.id()).value();
            assertEquals(p, back, p.id());
        }
    }

    @Test
    void unvalidatedReadingGivesTheSamePlanAsPlanReader() {
        PlanWriter writer = PlanWriter.create();
        for (Plan p : national.plans().subList(0, 50)) {
            byte[] doc = writer.toBytes(p);
            assertEquals(p, PlanReader.strict().withModelValidation(false)
                    .read(new ByteArrayInputStream(doc), p.id()).value(), p.id());
        }
    }

    @Test
    void rejectsNegativeSize() {
        assertThrows(IllegalArgumentException.class, () -> NationalCorpus.generate(-1, 1));
    }

    @Test
    void summaryStatesSizes() {
        NationalCorpus c = NationalCorpus.generate(2, 3);
        assertEquals("NationalCorpus[2 plans, 80 indicators, " + c.observationCount() + " observations]",
                c.toString());
    }
}
