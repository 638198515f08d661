package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.RandomPlans;
import io.github.fyplan.model.monitoring.MonitoringData;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The plan-level summaries group positions in arrays and sort departments once; they must equal the
 * groups a plain reading of their Javadoc gives, built here with maps: categories in table order,
 * binding before expected, departments by name with the indicators without one last, and each
 * group's counts those of its members' shown statuses.
 */
class SummaryProperties {

    @Test
    void summariesAreTheGroupsTheirDefinitionsGive() {
        int[] shared = new int[1];
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            RandomGenerator r = RandomPlans.seeded(seed);
            Plan plan = withSharedDepartments(r, RandomPlans.plan(r));
            MonitoringData data = RandomPlans.monitoring(r, plan);
            Year asOf = Year.of(plan.period().baseYear().getValue() + r.nextInt(7));
            PlanEvaluation e = Evaluator.builder().build().evaluate(plan, data, asOf);
            Map<String, Status> shown = new LinkedHashMap<>();
            e.assessments().forEach(a -> shown.put(a.indicatorId(), a.status()));

            Map<String, List<String>> categories = new LinkedHashMap<>();
            Map<String, List<String>> attributes = new LinkedHashMap<>();
            Map<String, List<String>> departments = new TreeMap<>();
            List<String> none = new ArrayList<>();
            attributes.put(Attribute.BINDING.name(), new ArrayList<>());
            attributes.put(Attribute.EXPECTED.name(), new ArrayList<>());
            for (Indicator i : plan.indicators()) {
                categories.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i.id());
                if (i.attribute() == Attribute.BINDING || i.attribute() == Attribute.EXPECTED) {
                    attributes.get(i.attribute().name()).add(i.id());
                }
                if (i.responsibleDepartments().isEmpty()) {
                    none.add(i.id());
                }
                for (String d : i.responsibleDepartments()) {
                    (d.isEmpty() ? none : departments.computeIfAbsent(d, k -> new ArrayList<>())).add(i.id());
                }
            }
            attributes.values().removeIf(List::isEmpty);
            if (!none.isEmpty()) {
                departments.remove("");
            }
            List<GroupSummary> expectedDepartments = groups(departments, shown);
            if (!none.isEmpty()) {
                expectedDepartments.add(group("", none, shown));
            }
            assertEquals(groups(categories, shown), e.byCategory(), () -> "seed " + seed);
            assertEquals(groups(attributes, shown), e.byAttribute(), () -> "seed " + seed);
            assertEquals(expectedDepartments, e.byDepartment(), () -> "seed " + seed);
            assertEquals(counts(List.copyOf(shown.keySet()), shown), e.byStatus(), () -> "seed " + seed);
            shared[0] += e.byDepartment().stream().filter(g -> g.total() > 1 && !g.key().isEmpty()).count();
        });
        assertTrue(shared[0] > 100, "departments leading more than one indicator: " + shared[0]);
    }

    /** The plan with some departments listed by several indicators, as real plans list them. */
    private static Plan withSharedDepartments(RandomGenerator r, Plan p) {
        String[] common = {"区发改局", "区统计局", "区生态环境局", "区科技局", ""};
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            List<String> ds = new ArrayList<>(i.responsibleDepartments());
            for (int n = r.nextInt(3); n > 0; n--) {
                ds.add(r.nextInt(ds.size() + 1), common[r.nextInt(common.length)]);
            }
            out.add(new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.attribute(), i.direction(),
                    i.baseline(), i.target(), i.targetWording(), ds, i.notes(), i.formula(), i.extensions()));
        }
        return new Plan(p.id(), p.title(), p.language(), p.region(), p.period(), p.body(), p.goals(), out, p.boxes(),
                p.series(), p.corrections(), p.extensions());
    }

    private static List<GroupSummary> groups(Map<String, List<String>> members, Map<String, Status> shown) {
        List<GroupSummary> out = new ArrayList<>();
        members.forEach((key, ids) -> out.add(group(key, ids, shown)));
        return out;
    }

    private static GroupSummary group(String key, List<String> ids, Map<String, Status> shown) {
        return new GroupSummary(key, ids, counts(ids, shown));
    }

    private static Map<Status, Integer> counts(List<String> ids, Map<String, Status> shown) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        ids.forEach(id -> counts.merge(shown.get(id), 1, Integer::sum));
        return counts;
    }
}
