package io.github.fyplan.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.metrics.DerivedMetrics;
import java.math.BigDecimal;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static final Year Y2020 = Year.of(2020);
    private static final Year Y2025 = Year.of(2025);

    @Test
    void aCompoundSeriesGrowsAtItsRate() {
        List<Observation> s = Generators.compound("GDP", Y2020, Y2025, new BigDecimal("100"), new BigDecimal("0.06"))
                .generate(1L);
        assertEquals(6, s.size());
        // 100 × 1.06^5 = 133.8225577600 exactly
        assertEquals(0, new BigDecimal("133.82255776").compareTo(s.get(5).value()));
        assertEquals(0, new BigDecimal("0.06").compareTo(
                DerivedMetrics.cagr(s.get(0).value(), s.get(5).value(), 5).orElseThrow()));
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        Generator<List<Observation>> walk = Generators.randomWalk("X", Y2020, Y2025, BigDecimal.TEN, BigDecimal.ONE);
        assertEquals(walk.generate(42L), walk.generate(42L));
        assertEquals(Generators.ruleCases().generate(7L), Generators.ruleCases().generate(7L));
    }

    @Test
    void aRandomWalkStepsWithinItsBound() {
        List<Observation> s = Generators.randomWalk("X", Y2020, Y2025, BigDecimal.TEN, BigDecimal.ONE).generate(3L);
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.get(i).value().subtract(s.get(i - 1).value()).abs().compareTo(BigDecimal.ONE) <= 0);
        }
    }

    @Test
    void gapsLeaveASubsetAndShufflingKeepsTheElements() {
        Generator<List<Observation>> full = Generators.compound("X", Y2020, Y2025, BigDecimal.ONE, BigDecimal.ZERO);
        for (long seed = 0; seed < 50; seed++) {
            List<Observation> gaps = Generators.withGaps(full, 0.5).generate(seed);
            assertTrue(full.generate(seed).containsAll(gaps));
            List<Observation> shuffled = Generators.shuffled(full).generate(seed);
            assertEquals(new HashSet<>(full.generate(seed)), new HashSet<>(shuffled));
        }
    }

    @Test
    void indicatorsCoverEveryTargetForm() {
        Set<Class<?>> forms = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            forms.add(Generators.indicators(PlanPeriod.fourteenthPlan()).generate(seed).target().getClass());
        }
        assertEquals(12, forms.size(), forms::toString);
    }

    @Test
    void messyDataStaysInItsSpan() {
        List<Observation> m = Generators.messy("X", Y2020, Y2025).generate(9L);
        assertTrue(m.stream().allMatch(o -> !o.year().isBefore(Y2020) && !o.year().isAfter(Y2025)));
    }
}
