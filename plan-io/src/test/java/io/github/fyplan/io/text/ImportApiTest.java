package io.github.fyplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small value types of the importer's API. */
class ImportApiTest {

    @Test
    void indicatorIdsHaveAtLeastTwoDigits() {
        assertEquals("TN-07", Seeds.TIANNING.indicatorId(7));
        assertEquals("WJ-37", Seeds.WUJIN.indicatorId(37));
        assertEquals("TN-100", Seeds.TIANNING.indicatorId(100));
        assertEquals("zh-CN", Seeds.TIANNING.language());
    }

    @Test
    void aCountCheckFailsOnlyForACompleteListThatDisagrees() {
        assertTrue(new CountCheck(1, 4, "道路", 13, 13, "，", true).matches());
        assertFalse(new CountCheck(1, 4, "道路", 13, 12, "，", true).matches());
        assertTrue(new CountCheck(1, 5, "老旧小区", 109, 9, "、", false).matches(), "ends in 等");
    }

    @Test
    void theReportCopiesItsListsAndFindsMismatches() {
        CountCheck bad = new CountCheck(3, 1, "小学", 3, 2, "、", true);
        ImportReport r = new ImportReport("x", new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new java.util.ArrayList<>(List.of(LineKind.EMPTY, LineKind.PARAGRAPH)), List.of(), List.of(), List.of(),
                List.of(bad, new CountCheck(4, 1, "初中", 1, 1, "、", true)));
        assertEquals(List.of(bad), r.countMismatches());
        assertEquals(LineKind.PARAGRAPH, r.kindOf(2));
        assertTrue(r.isComplete());
        assertThrows(UnsupportedOperationException.class, () -> r.lineKinds().add(LineKind.EMPTY));
    }

    @Test
    void nullsAreRejectedWithTheComponentsName() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> PlanTextImporter.of(Seeds.TIANNING).importText(null));
        assertEquals("text", e.getMessage());
        assertThrows(NullPointerException.class, () -> new UnplacedLine(1, null, "r"));
    }
}
