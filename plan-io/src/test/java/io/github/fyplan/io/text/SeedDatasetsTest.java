package io.github.fyplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Correction;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.Polarity;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.LevelTarget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewed seed datasets keep the documents' counts and record every correction. */
class SeedDatasetsTest {
    private static final Plan TIANNING = SeedDatasets.tianning();
    private static final Plan WUJIN = SeedDatasets.wujin();

    @Test
    void tianningKeepsTheDocumentsCounts() {
        assertEquals(11, TIANNING.chapters().size());
        assertEquals(35, TIANNING.divisions(DivisionLevel.SECTION).size());
        assertEquals(92, TIANNING.divisions(DivisionLevel.ITEM).size());
        assertEquals(6, TIANNING.goals().stream().filter(g -> g.kind() == GoalKind.MAIN).count());
        assertEquals(1, TIANNING.goals().stream().filter(g -> g.kind() == GoalKind.VISION).count());
        assertEquals(41, TIANNING.indicators().size());
        assertEquals(4, TIANNING.categories().size());
        assertEquals(10, TIANNING.boxes().size());
        assertEquals(39, TIANNING.boxes().stream().mapToInt(b -> b.groups().size()).sum());
        assertEquals(218, TIANNING.boxes().stream().mapToInt(KeyProjectBox::itemCount).sum());
    }

    @Test
    void wujinKeepsTheDocumentsCounts() {
        assertEquals(6, WUJIN.divisions(DivisionLevel.PART).size());
        assertEquals(20, WUJIN.chapters().size());
        assertEquals(57, WUJIN.divisions(DivisionLevel.SECTION).size());
        assertEquals(19, WUJIN.divisions(DivisionLevel.ITEM).size());
        assertEquals(7, WUJIN.goals().stream().filter(g -> g.kind() == GoalKind.MAIN).count());
        assertEquals(1, WUJIN.goals().stream().filter(g -> g.kind() == GoalKind.VISION).count());
        assertEquals(37, WUJIN.indicators().size());
        assertEquals(5, WUJIN.categories().size());
    }

    @Test
    void everyDirectionIsStatedWithItsBasis() {
        for (Plan p : List.of(TIANNING, WUJIN)) {
            for (Indicator i : p.indicators()) {
                assertFalse(i.direction().isInferred(), i.id());
                assertFalse(i.direction().basis().isBlank(), i.id());
            }
        }
        assertEquals(Polarity.LOWER_IS_BETTER, TIANNING.indicator("TN-39").orElseThrow().direction().polarity());
        assertEquals(Polarity.LOWER_IS_BETTER, WUJIN.indicator("WJ-34").orElseThrow().direction().polarity(),
                "较2020年降低30% is a change of the death rate itself");
        assertEquals(Polarity.HIGHER_IS_BETTER, WUJIN.indicator("WJ-18").orElseThrow().direction().polarity(),
                "能耗降低 is a reduction rate");
    }

    @Test
    void targetsTheTableDoesNotShowAreCorrected() {
        assertTrue(TIANNING.indicator("TN-07").orElseThrow().target() instanceof CumulativeTarget);
        assertTrue(TIANNING.indicator("TN-12").orElseThrow().target() instanceof LevelTarget);
        assertEquals("400", TIANNING.indicator("TN-12").orElseThrow().targetWording(), "wording stays as printed");
        assertTrue(WUJIN.indicator("WJ-12").orElseThrow().target() instanceof LevelTarget);
    }

    @Test
    void confirmedBaselinesQuoteTheirSentence() {
        Indicator pm = TIANNING.indicator("TN-28").orElseThrow();
        assertEquals(new BigDecimal("36.5"), pm.baseline().value());
        assertEquals(2020, pm.baseline().year().getValue());
        for (Plan p : List.of(TIANNING, WUJIN)) {
            for (Indicator i : p.indicators()) {
                if (i.baseline() != null) {
                    assertTrue(i.baseline().source().contains(i.baseline().value().toPlainString()), i.id());
                }
            }
        }
        assertEquals(new BigDecimal("3.54"), WUJIN.indicator("WJ-07").orElseThrow().baseline().value());
    }

    @Test
    void everyCorrectionSaysWhereWhatAndWhy() {
        for (Plan p : List.of(TIANNING, WUJIN)) {
            assertTrue(p.corrections().size() > p.indicators().size(), "directions plus the other corrections");
            for (Correction c : p.corrections()) {
                assertTrue(c.path().matches("(indicators|boxes)\\[\\d+\\].*"), c.path());
                assertFalse(c.reason().isBlank(), c.path());
                assertFalse(c.imported().equals(c.value()), c.path());
            }
        }
        Correction park = TIANNING.corrections().stream().filter(c -> c.path().startsWith("boxes")).findFirst()
                .orElseThrow();
        assertEquals("现代农业康养八大专业园区", park.imported());
    }

    @Test
    void everyCompleteBoxListMatchesItsDeclaredCount() {
        for (KeyProjectBox box : TIANNING.boxes()) {
            for (ProjectGroup g : box.groups()) {
                assertTrue(g.declaredCount() == null || !g.isCompleteList() || g.declaredCount() == g.items().size(),
                        box.number() + " " + g.name());
            }
        }
    }

    @Test
    void planValidatorFindsNoCountMismatchInTheReviewedPlans() {
        assertEquals(List.of(), SeedImportTest.countMismatchFindings(TIANNING));
        assertEquals(List.of(), SeedImportTest.countMismatchFindings(WUJIN));
    }
}
