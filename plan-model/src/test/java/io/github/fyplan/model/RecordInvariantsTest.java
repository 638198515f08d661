package io.github.fyplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeKind;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.Comparison;
import io.github.fyplan.model.target.Component;
import io.github.fyplan.model.target.CompositeTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.QualitativeKind;
import io.github.fyplan.model.target.QualitativeTarget;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.UnparsedTarget;
import io.github.fyplan.model.validation.ValidationReport;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The structural invariants every record keeps, checked through each record's canonical
 * constructor on a valid prototype: required components reject null with the component's name;
 * lists and maps are copied (mutating what was passed in changes nothing), unmodifiable, and reject
 * null elements.
 */
class RecordInvariantsTest {
    private static final Year Y2025 = Year.of(2025);

    /** Components that may be null, as documented. */
    private static final Set<String> NULLABLE = Set.of("Division.number", "Indicator.baseline", "Indicator.formula",
            "KeyProject.investment", "KeyProject.startYear", "KeyProject.endYear", "ProjectGroup.declaredCount",
            "Finding.location");

    /** A valid prototype of every record, with every list and map non-empty. */
    static List<Record> prototypes() {
        Plan sample = SamplePlans.minimal();
        Indicator indicator = new Indicator("TN-28", 28, "环境美", "PM2.5浓度", "微克/立方米", Attribute.BINDING,
                Direction.inferFrom("PM2.5浓度"), new Baseline(Year.of(2020), new BigDecimal("36.5"), "PM2.5年平均浓度为36.5"),
                new LevelTarget(Comparison.AT_MOST, new BigDecimal("35"), Y2025), "35", List.of("区生态环境局"),
                List.of("约束性"), "PM25 * 1", Map.of("x-source", "\"seed\""));
        KeyProject project = new KeyProject("新堂北路", "西起常青路，东至S232", "新建", new BigDecimal("2.50"),
                Year.of(2021), Year.of(2023), "区住建局", Map.of("x-id", "7"));
        ProjectGroup group = new ProjectGroup("新建市政道路", 1, "条", false, "新建市政道路1条：新堂北路", List.of(project));
        Plan plan = new Plan(sample.id(), sample.title(), sample.language(), sample.region(), sample.period(),
                sample.body(), sample.goals(), List.of(indicator), sample.boxes(), sample.series(),
                List.of(new Correction("indicators[0].target", "35以上", "35", "原文为35")), Map.of("x-a", "1"));
        Observation observation = Observation.of("TN-28", 2021, "33");
        Judgement judgement = new Judgement("TN-26", Year.of(2021), JudgementOutcome.MET, "区发改局",
                LocalDate.of(2022, 3, 1), "市通报");
        Finding finding = new Finding("FYP-MODEL-041", Severity.WARNING, "indicators[21].target", new Location(3, 4),
                "fyplan.indicator.percentScale", Map.of("value", "0.93"), "en", "中文");
        return List.of(plan, (Record) sample.body().get(1), sample.goals().get(1), indicator, project, group,
                new KeyProjectBox(1, "交通", 2, List.of(group)), sample.region(), sample.series().get(0),
                plan.corrections().get(0), indicator.baseline(), new Paragraph("段落"), new TablePlacement("指标体系"),
                indicator.direction(), PlanPeriod.fourteenthPlan(), new BoxPlacement(1),
                new LevelTarget(Comparison.AT_LEAST, BigDecimal.ONE, Y2025),
                new AboutTarget(new BigDecimal("3600"), AboutTarget.DEFAULT_TOLERANCE, Y2025),
                new RangeTarget(BigDecimal.ONE, true, BigDecimal.TEN, false, Y2025),
                new EveryYearTarget(Comparison.AT_MOST, new BigDecimal("3"), Year.of(2021), Y2025),
                new AverageGrowthTarget(new BigDecimal("6.5"), Comparison.AT_LEAST, Year.of(2020), Y2025),
                new CumulativeTarget(new BigDecimal("200"), Comparison.AT_LEAST, Year.of(2021), Y2025),
                new ChangeTarget(ChangeKind.PERCENT, new BigDecimal("-30"), Comparison.AT_MOST, Year.of(2020), Y2025),
                new ReductionRateTarget(new BigDecimal("1.5"), RateBasis.UNSPECIFIED, Year.of(2020), Y2025),
                new QualitativeTarget(QualitativeKind.RANK, "全省第一方阵"), new UnparsedTarget("?"),
                new CompositeTarget(List.of(new Component("药店", new LevelTarget(Comparison.AT_LEAST,
                        new BigDecimal("35"), Y2025)))),
                new Component("药店", new UnparsedTarget("x")),
                observation, judgement, new MonitoringData("cn-320402-14th", List.of(observation), List.of(judgement)),
                finding, new Location(1, 1), new ValidationReport(List.of(finding)));
    }

    private static Record construct(Record prototype, int index, Object value) throws Throwable {
        RecordComponent[] components = prototype.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getAccessor().invoke(prototype);
            types[i] = components[i].getType();
        }
        args[index] = value;
        Constructor<?> c = prototype.getClass().getDeclaredConstructor(types);
        try {
            return (Record) c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object get(Record r, int index) throws Exception {
        return r.getClass().getRecordComponents()[index].getAccessor().invoke(r);
    }

    private static Stream<Object[]> components() {
        return prototypes().stream().flatMap(p -> {
            RecordComponent[] c = p.getClass().getRecordComponents();
            return java.util.stream.IntStream.range(0, c.length).mapToObj(i -> new Object[] {p, i, c[i]});
        });
    }

    private static String name(Record p, RecordComponent c) {
        return p.getClass().getSimpleName() + "." + c.getName();
    }

    @TestFactory
    Stream<DynamicTest> rejectsNullForEveryRequiredComponentNamingIt() {
        return components().filter(a -> !((RecordComponent) a[2]).getType().isPrimitive())
                .filter(a -> !NULLABLE.contains(name((Record) a[0], (RecordComponent) a[2])))
                .map(a -> DynamicTest.dynamicTest(name((Record) a[0], (RecordComponent) a[2]), () -> {
                    RecordComponent c = (RecordComponent) a[2];
                    NullPointerException e = assertThrows(NullPointerException.class,
                            () -> construct((Record) a[0], (Integer) a[1], null));
                    assertTrue(e.getMessage() != null && e.getMessage().startsWith(c.getName()),
                            () -> "message should name " + c.getName() + ": " + e.getMessage());
                }));
    }

    @TestFactory
    Stream<DynamicTest> acceptsNullForTheDocumentedOptionalComponents() {
        return components().filter(a -> NULLABLE.contains(name((Record) a[0], (RecordComponent) a[2])))
                .map(a -> DynamicTest.dynamicTest(name((Record) a[0], (RecordComponent) a[2]), () -> {
                    Record r = construct((Record) a[0], (Integer) a[1], null);
                    assertEquals(null, get(r, (Integer) a[1]));
                }));
    }

    @TestFactory
    Stream<DynamicTest> copiesListsSoThatMutatingTheArgumentChangesNothing() {
        return components().filter(a -> ((RecordComponent) a[2]).getType() == List.class)
                .map(a -> DynamicTest.dynamicTest(name((Record) a[0], (RecordComponent) a[2]), () -> {
                    Record p = (Record) a[0];
                    int i = (Integer) a[1];
                    List<?> original = (List<?>) get(p, i);
                    assertFalse(original.isEmpty(), "prototype needs a non-empty list");
                    List<Object> passed = new ArrayList<>(original);
                    Record r = construct(p, i, passed);
                    passed.clear();
                    assertEquals(original, get(r, i));
                    assertEquals(p, r);
                    List<?> held = (List<?>) get(r, i);
                    assertThrows(UnsupportedOperationException.class, () -> held.remove(0));
                }));
    }

    @TestFactory
    Stream<DynamicTest> rejectsNullInsideLists() {
        return components().filter(a -> ((RecordComponent) a[2]).getType() == List.class)
                .map(a -> DynamicTest.dynamicTest(name((Record) a[0], (RecordComponent) a[2]), () -> {
                    Record p = (Record) a[0];
                    int i = (Integer) a[1];
                    List<Object> withNull = new ArrayList<>((List<?>) get(p, i));
                    withNull.add(null);
                    NullPointerException e = assertThrows(NullPointerException.class, () -> construct(p, i, withNull));
                    String c = ((RecordComponent) a[2]).getName();
                    assertEquals(c + "[" + (withNull.size() - 1) + "] is null", e.getMessage());
                }));
    }

    @TestFactory
    Stream<DynamicTest> copiesMapsAndRejectsNullKeysOrValues() {
        return components().filter(a -> ((RecordComponent) a[2]).getType() == Map.class)
                .map(a -> DynamicTest.dynamicTest(name((Record) a[0], (RecordComponent) a[2]), () -> {
                    Record p = (Record) a[0];
                    int i = (Integer) a[1];
                    Map<?, ?> original = (Map<?, ?>) get(p, i);
                    assertFalse(original.isEmpty(), "prototype needs a non-empty map");
                    Map<Object, Object> passed = new HashMap<>(original);
                    Record r = construct(p, i, passed);
                    passed.clear();
                    assertEquals(original, get(r, i));
                    Map<?, ?> held = (Map<?, ?>) get(r, i);
                    assertThrows(UnsupportedOperationException.class, held::clear);
                    Map<Object, Object> nullValue = new HashMap<>(original);
                    nullValue.put("x-null", null);
                    assertThrows(NullPointerException.class, () -> construct(p, i, nullValue));
                    Map<Object, Object> nullKey = new HashMap<>(original);
                    nullKey.put(null, "1");
                    assertThrows(NullPointerException.class, () -> construct(p, i, nullKey));
                }));
    }

    @TestFactory
    Stream<DynamicTest> sortsMapsByKeySoThatEqualRecordsPrintAlike() {
        return components().filter(a -> ((RecordComponent) a[2]).getType() == Map.class)
                .map(a -> DynamicTest.dynamicTest(name((Record) a[0], (RecordComponent) a[2]), () -> {
                    Record p = (Record) a[0];
                    int i = (Integer) a[1];
                    Map<String, String> reversed = new java.util.LinkedHashMap<>();
                    reversed.put("x-z", "1");
                    reversed.put("x-a", "2");
                    Record r = construct(p, i, reversed);
                    assertEquals(List.of("x-a", "x-z"), new ArrayList<>(((Map<?, ?>) get(r, i)).keySet()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> coversEveryPublicRecordOfTheModel() {
        Set<String> covered = new java.util.TreeSet<>();
        prototypes().forEach(p -> covered.add(p.getClass().getSimpleName()));
        return Stream.of("Plan", "Division", "Goal", "Indicator", "KeyProject", "ProjectGroup", "KeyProjectBox",
                "Region", "SeriesDefinition", "Correction", "Baseline", "Paragraph", "TablePlacement", "Direction",
                "PlanPeriod", "BoxPlacement", "LevelTarget", "AboutTarget", "RangeTarget", "EveryYearTarget",
                "AverageGrowthTarget", "CumulativeTarget", "ChangeTarget", "ReductionRateTarget", "QualitativeTarget",
                "UnparsedTarget", "CompositeTarget", "Component", "Observation", "Judgement", "MonitoringData",
                "Finding", "Location", "ValidationReport")
                .map(n -> DynamicTest.dynamicTest(n, () -> assertTrue(covered.contains(n), n)));
    }

}
