package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static io.github.fyplan.model.validation.FindingAssertions.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.Goal;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistentIdentifiersTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static Indicator withFormula(Indicator i, String formula) {
        return new Indicator(i.id(), i.number(), i.category(), i.name(), i.unit(), i.attribute(), i.direction(),
                i.baseline(), i.target(), i.targetWording(), i.responsibleDepartments(), i.notes(), formula,
                i.extensions());
    }

    @Test
    void rejectsDuplicateIndicatorIds() {
        Plan plan = PlanEdits.withIndicator(SamplePlans.minimal(), 2, i -> PlanEdits.renumbered(i, "TN-02", 3));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-020", Severity.ERROR, "indicators[2].id",
                "/indicators/2/id");
        assertEquals("TN-02", f.arguments().get("id"));
        assertEquals("indicators[1]", f.arguments().get("first"));
        assertTrue(f.messageZh().contains("TN-02") && f.messageZh().contains("indicators[1]"), f.messageZh());
    }

    @Test
    void rejectsDuplicateSeriesIds() {
        Plan plan = PlanEdits.withSeries(SamplePlans.minimal(), List.of(new SeriesDefinition("GDP", "地区生产总值", "亿元"),
                new SeriesDefinition("GDP", "生产总值", "亿元")));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-020", Severity.ERROR, "series[1].id",
                "/series/1/id");
        assertEquals("series[0]", f.arguments().get("first"));
    }

    @Test
    void rejectsASeriesIdThatIsAlsoAnIndicatorId() {
        Plan plan = PlanEdits.withSeries(SamplePlans.minimal(), List.of(new SeriesDefinition("TN-01", "人均", "万元")));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-020", Severity.ERROR, "series[0].id",
                "/series/0/id");
        assertEquals("indicators[0]", f.arguments().get("first"));
    }

    @Test
    void rejectsDuplicateGoalIds() {
        Plan p = SamplePlans.minimal();
        List<Goal> goals = new ArrayList<>(p.goals());
        goals.add(new Goal("G1", GoalKind.MAIN, "重复", "——重复。", Year.of(2025), List.of()));
        assertSingle(VALIDATOR.validate(PlanEdits.withGoals(p, goals)), "FYP-MODEL-020", Severity.ERROR,
                "goals[2].id", "/goals/2/id");
    }

    @Test
    void allowsAGoalIdEqualToAnIndicatorId() {
        Plan p = SamplePlans.minimal();
        List<Goal> goals = new ArrayList<>(p.goals());
        goals.add(new Goal("TN-01", GoalKind.MAIN, "", "——目标。", Year.of(2025), List.of()));
        assertTrue(VALIDATOR.validate(PlanEdits.withGoals(p, goals)).findings().isEmpty());
    }

    @Test
    void rejectsAGoalReferenceToAMissingIndicator() {
        Plan p = SamplePlans.minimal();
        List<Goal> goals = List.of(p.goals().get(0), new Goal("G1", GoalKind.MAIN, "经济", "——经济。", Year.of(2025),
                List.of("TN-01", "TN-99", "GDP")));
        ValidationReport report = VALIDATOR.validate(PlanEdits.withGoals(p, goals));
        // A series is not an indicator: goals reference indicators only.
        assertEquals(List.of("FYP-MODEL-021 goals[1].indicatorIds[1]", "FYP-MODEL-021 goals[1].indicatorIds[2]"),
                codesAndPaths(report));
        Finding f = report.findings().get(0);
        FindingAssertions.assertFinding(f, "FYP-MODEL-021", Severity.ERROR, "goals[1].indicatorIds[1]",
                "/goals/1/indicatorIds/1");
        assertTrue(f.messageEn().contains("\"TN-99\""), f.messageEn());
    }

    @Test
    void rejectsABoxPlacementOfAMissingBox() {
        Plan p = SamplePlans.minimal();
        Division part1 = (Division) p.body().get(1);
        Division chapter2 = part1.children().get(1);
        List<Block> content = new ArrayList<>(chapter2.content());
        content.add(new BoxPlacement(7));
        Division newChapter2 = new Division(chapter2.level(), chapter2.number(), chapter2.label(), chapter2.heading(),
                content);
        Division newPart1 = new Division(part1.level(), part1.number(), part1.label(), part1.heading(),
                List.of(part1.content().get(0), newChapter2));
        List<Block> body = new ArrayList<>(p.body());
        body.set(1, newPart1);
        Finding f = assertSingle(VALIDATOR.validate(PlanEdits.withBody(p, body)), "FYP-MODEL-022", Severity.ERROR,
                "body[1].content[1].content[2].boxNumber", "/body/1/content/1/content/2/boxNumber");
        assertEquals("7", f.arguments().get("number"));
    }

    @Test
    void rejectsABoxInAMissingChapter() {
        Plan p = SamplePlans.minimal();
        KeyProjectBox box = p.boxes().get(0);
        Plan plan = PlanEdits.withBoxes(p, List.of(new KeyProjectBox(1, box.title(), 9, box.groups())));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-023", Severity.ERROR, "boxes[0].chapter",
                "/boxes/0/chapter");
        assertEquals("9", f.arguments().get("chapter"));
        assertTrue(f.messageZh().contains("第 9 章"), f.messageZh());
    }

    @Test
    void acceptsAFormulaOverSeriesAndIndicators() {
        Plan plan = PlanEdits.withIndicator(SamplePlans.minimal(), 1, i -> withFormula(i, "round(GDP / TN-01 * 100)"));
        assertTrue(VALIDATOR.validate(plan).findings().isEmpty(), () -> VALIDATOR.validate(plan).toString());
    }

    @Test
    void rejectsAFormulaNamingAnUnknownSeries() {
        Plan plan = PlanEdits.withIndicator(SamplePlans.minimal(), 1, i -> withFormula(i, "RD_SPENDING / GDP * 100"));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-024", Severity.ERROR, "indicators[1].formula",
                "/indicators/1/formula");
        assertEquals("RD_SPENDING", f.arguments().get("id"));
    }
}
