package io.github.fyplan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.rules.PlanSeriesIds;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.Finding;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The data-quality check works on the plan's series index and marks series in arrays; it must find
 * exactly what a plain reading of its four rules finds, written here with sets, maps and
 * {@link Series#of}: FYP-RULES-003 and -004 in the data's order, then for each known series in the
 * plan's order its missing years and its outliers.
 */
class DataQualityProperties {

    @Test
    void findsWhatAPlainReadingOfTheRulesFinds() {
        int[] findings = new int[5];
        qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
            RandomGenerator r = RandomPlans.seeded(seed);
            Plan plan = r.nextInt(4) == 0 ? repeatingAnId(RandomPlans.plan(r)) : RandomPlans.plan(r);
            MonitoringData data = data(r, plan);
            for (int asOf = plan.period().baseYear().getValue(); asOf <= plan.period().lastYear().getValue() + 1;
                    asOf++) {
                Year year = Year.of(asOf);
                List<String> actual = render(DataQuality.check(plan, data, year, SeriesIndex.of(data.observations())));
                List<String> expected = reference(plan, data, year);
                assertEquals(expected, actual, () -> "seed " + seed + " as of " + year);
                for (String f : expected) {
                    findings[f.charAt(12) - '0']++;
                }
            }
        });
        // Every rule was exercised, so the equality above compared findings of each kind.
        for (int code = 1; code <= 4; code++) {
            assertTrue(findings[code] > 0, "no FYP-RULES-00" + code + " among the examples");
        }
    }

    /**
     * The plan with a series that has the id of its first indicator: an invalid plan, but evaluation
     * takes any plan, and the series must be checked once.
     */
    private static Plan repeatingAnId(Plan p) {
        if (p.indicators().isEmpty()) {
            return p;
        }
        List<SeriesDefinition> series = new ArrayList<>(p.series());
        series.add(new SeriesDefinition(p.indicators().get(0).id(), "repeated", ""));
        return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), p.body(), p.goals(), p.indicators(),
                p.boxes(), series, p.corrections(), p.extensions());
    }

    private static List<String> render(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(f.code() + " " + f.path() + " " + new TreeMap<>(f.arguments()));
        }
        return out;
    }

    /** The four rules, read plainly. */
    private static List<String> reference(Plan plan, MonitoringData data, Year asOf) {
        Set<String> known = new LinkedHashSet<>(PlanSeriesIds.of(plan));
        List<String> out = new ArrayList<>();
        List<Observation> obs = data.observations();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int k = 0; k < obs.size(); k++) {
            Observation o = obs.get(k);
            if (!known.contains(o.seriesId())) {
                out.add("FYP-RULES-003 observations[" + k + "].seriesId {seriesId=" + o.seriesId() + "}");
                continue;
            }
            Integer first = firstAt.putIfAbsent(o.seriesId() + "|" + o.year(), k);
            if (first != null) {
                out.add("FYP-RULES-004 observations[" + k + "] {first=observations[" + first + "], seriesId="
                        + o.seriesId() + ", year=" + o.year() + "}");
            }
        }
        int last = Math.min(plan.period().lastYear().getValue(), asOf.getValue());
        for (String id : known) {
            TreeMap<Year, BigDecimal> values = Series.of(obs, id, asOf);
            if (values.isEmpty()) {
                continue;
            }
            for (int y = plan.period().firstYear().getValue(); y <= last; y++) {
                if (!values.containsKey(Year.of(y))) {
                    out.add("FYP-RULES-001  {seriesId=" + id + ", year=" + y + "}");
                }
            }
            List<Map.Entry<Year, BigDecimal>> v = new ArrayList<>(values.entrySet());
            for (int i = 0; v.size() >= 3 && i < v.size(); i++) {
                BigDecimal x = v.get(i).getValue();
                if ((i == 0 || hundredFold(x, v.get(i - 1).getValue()))
                        && (i == v.size() - 1 || hundredFold(x, v.get(i + 1).getValue()))) {
                    out.add("FYP-RULES-002  {seriesId=" + id + ", value=" + x.toPlainString() + ", year="
                            + v.get(i).getKey() + "}");
                }
            }
        }
        return out;
    }

    private static boolean hundredFold(BigDecimal a, BigDecimal b) {
        BigDecimal x = a.abs();
        BigDecimal y = b.abs();
        BigDecimal hundred = BigDecimal.valueOf(100);
        return x.signum() != 0 && y.signum() != 0
                && (x.compareTo(y.multiply(hundred)) >= 0 || y.compareTo(x.multiply(hundred)) >= 0);
    }

    /**
     * Observations of most known series (some years missing, some observed twice, some values a
     * thousand times off or zero) and of an unknown series, sometimes shuffled, sometimes one run
     * of increasing years per series as data files list them.
     */
    private static MonitoringData data(RandomGenerator r, Plan plan) {
        List<String> ids = PlanSeriesIds.of(plan);
        if (r.nextInt(3) == 0) {
            ids.add("UNKNOWN-" + r.nextInt(3));
        }
        boolean runs = r.nextBoolean();
        List<Observation> all = new ArrayList<>();
        for (String id : ids) {
            if (r.nextInt(6) == 0) {
                continue;
            }
            for (int y = plan.period().baseYear().getValue() - 1; y <= plan.period().lastYear().getValue() + 1; y++) {
                int copies = r.nextInt(8) == 0 ? 0 : runs || r.nextInt(10) > 0 ? 1 : 2;
                for (int c = 0; c < copies; c++) {
                    BigDecimal v = RandomPlans.decimal(r);
                    v = r.nextInt(12) == 0 ? v.movePointRight(3) : r.nextInt(40) == 0 ? BigDecimal.ZERO : v;
                    all.add(new Observation(id, Year.of(y), v, ObservationStatus.values()[r.nextInt(ObservationStatus.values().length)], "", ""));
                }
            }
        }
        if (runs) {
            all.sort(Comparator.comparing(Observation::seriesId));
        } else {
            Collections.shuffle(all, new Random(r.nextLong()));
        }
        return new MonitoringData(plan.id(), all, List.of());
    }
}
