package io.github.fyplan.model.validation;

import static io.github.fyplan.model.validation.FindingAssertions.assertSingle;
import static io.github.fyplan.model.validation.FindingAssertions.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Block;
import io.github.fyplan.model.BoxPlacement;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.SamplePlans;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapFreeNumberingTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static Division chapter(Integer number, String label, Block... content) {
        return new Division(DivisionLevel.CHAPTER, number, label, "标题", List.of(content));
    }

    private static Division part(int number, Block... chapters) {
        return new Division(DivisionLevel.PART, number, "第" + number + "篇", "篇", List.of(chapters));
    }

    private static Plan withBody(Block... body) {
        Plan p = SamplePlans.minimal();
        return PlanEdits.withBoxes(PlanEdits.withBody(p, List.of(body)), List.of());
    }

    @Test
    void acceptsChaptersNumberedThroughNestedParts() {
        assertTrue(VALIDATOR.validate(SamplePlans.minimal()).findings().isEmpty());
        Plan wujinLike = withBody(new Paragraph("序言"),
                part(1, chapter(1, "第一章"), chapter(2, "第二章")),
                part(2, chapter(3, "第三章")),
                part(3, chapter(4, "第四章"), chapter(5, "第五章")));
        assertTrue(VALIDATOR.validate(wujinLike).findings().isEmpty(), () -> VALIDATOR.validate(wujinLike).toString());
    }

    @Test
    void acceptsChaptersWithoutParts() {
        Plan tianningLike = withBody(chapter(1, "第一章"), chapter(2, "第二章"), chapter(3, "第三章"));
        assertTrue(VALIDATOR.validate(tianningLike).findings().isEmpty());
    }

    @Test
    void rejectsChapterNumbersRestartingInEachPart() {
        Plan plan = withBody(part(1, chapter(1, "第一章"), chapter(2, "第二章")),
                part(2, chapter(1, "第一章"), chapter(2, "第二章")));
        ValidationReport report = VALIDATOR.validate(plan);
        // One finding per break: after a wrong number the check follows the document's numbering,
        // so "1, 2 | 1, 2" is one defect (the restart), not two.
        assertEquals(List.of("FYP-MODEL-011 body[1].content[0].number"), codesAndPaths(report));
        Finding first = report.findings().get(0);
        FindingAssertions.assertFinding(first, "FYP-MODEL-011", Severity.ERROR, "body[1].content[0].number",
                "/body/1/content/0/number");
        assertEquals("3", first.arguments().get("expected"));
        assertEquals("1", first.arguments().get("found"));
        assertEquals("第一章", first.arguments().get("label"));
    }

    @Test
    void rejectsAGapInChapterNumbers() {
        Plan plan = withBody(chapter(1, "第一章"), chapter(3, "第三章"), chapter(4, "第四章"));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-011", Severity.ERROR, "body[1].number",
                "/body/1/number");
        assertEquals("2", f.arguments().get("expected"));
    }

    @Test
    void rejectsAChapterWithoutNumber() {
        // The unnumbered chapter still takes its place: the one after it is chapter 3.
        Plan plan = withBody(chapter(1, "第一章"), chapter(null, ""), chapter(3, "第三章"));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-011", Severity.ERROR, "body[1].number",
                "/body/1/number");
        assertEquals("null", f.arguments().get("found"));
    }

    @Test
    void ignoresSectionAndItemNumbers() {
        Division section = new Division(DivisionLevel.SECTION, 5, "五、", "节", List.of(
                new Division(DivisionLevel.ITEM, 9, "9．", "项", List.of())));
        Plan plan = withBody(chapter(1, "第一章", section), chapter(2, "第二章", section));
        assertTrue(VALIDATOR.validate(plan).findings().isEmpty());
    }

    @Test
    void reportsEachBreakOnceAndFollowsTheDocumentAfterIt() {
        Plan plan = withBody(chapter(1, "第一章"), chapter(3, "第三章"), chapter(4, "第四章"), chapter(6, "第六章"));
        assertEquals(List.of("FYP-MODEL-011 body[1].number", "FYP-MODEL-011 body[3].number"),
                codesAndPaths(VALIDATOR.validate(plan)));
    }

    @Test
    void rejectsAGapInIndicatorNumbers() {
        Plan plan = PlanEdits.withIndicator(SamplePlans.minimal(), 2, i -> PlanEdits.renumbered(i, i.id(), 4));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-012", Severity.ERROR, "indicators[2].number",
                "/indicators/2/number");
        assertEquals("3", f.arguments().get("expected"));
        assertEquals("4", f.arguments().get("found"));
        assertTrue(f.messageEn().contains("expected 3, found 4"), f.messageEn());
    }

    @Test
    void rejectsIndicatorsOutOfOrder() {
        Plan p = SamplePlans.minimal();
        Plan swapped = p.withIndicators(List.of(p.indicators().get(1), p.indicators().get(0), p.indicators().get(2)));
        assertEquals(List.of("FYP-MODEL-012 indicators[0].number", "FYP-MODEL-012 indicators[1].number"),
                codesAndPaths(VALIDATOR.validate(swapped)));
    }

    @Test
    void rejectsAGapInBoxNumbers() {
        Plan p = SamplePlans.minimal();
        KeyProjectBox box1 = p.boxes().get(0);
        KeyProjectBox box3 = new KeyProjectBox(3, "专栏三", 2, box1.groups());
        Plan plan = PlanEdits.withBody(PlanEdits.withBoxes(p, List.of(box1, box3)), List.of(
                chapter(1, "第一章"), chapter(2, "第二章", new BoxPlacement(1), new BoxPlacement(3))));
        Finding f = assertSingle(VALIDATOR.validate(plan), "FYP-MODEL-013", Severity.ERROR, "boxes[1].number",
                "/boxes/1/number");
        assertEquals("2", f.arguments().get("expected"));
    }
}
