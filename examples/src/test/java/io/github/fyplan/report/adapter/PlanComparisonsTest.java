package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.app.Demo;
import io.github.fyplan.report.ComparisonRow;
import io.github.fyplan.report.PlanComparison;
import io.github.fyplan.rules.Assessment;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanComparisonsTest {
    private static final PlanComparison ZH = Demo.comparison(Seeds.TIANNING, Seeds.WUJIN, Locale.SIMPLIFIED_CHINESE);

    @Test
    void oneRowPerMatchWithBothSides() {
        assertEquals(15, ZH.rows().size());
        assertEquals("cn-320402-14th", ZH.left().planId());
        assertEquals("cn-320412-14th", ZH.right().planId());
        assertEquals(2023, ZH.asOfYear());
        assertTrue(ZH.illustrative());
        for (ComparisonRow r : ZH.rows()) {
            assertTrue(r.left().id().startsWith("TN-") && r.right().id().startsWith("WJ-"), r.topic());
        }
    }

    @Test
    void sidesCarryTheLatestValueAndTheMappedStatus() {
        ComparisonRow rd = ZH.rows().stream().filter(r -> r.left().id().equals("TN-15")).findFirst().orElseThrow();
        assertTrue(rd.topic().startsWith("研发经费投入强度（"), rd.topic());
        assertEquals("全社会研究与实验发展经费支出占地区生产总值比重", rd.right().name());
        Assessment a = Seeds.TIANNING.evaluation().assessment("TN-15").orElseThrow();
        assertEquals(a.metrics().latestValue(), rd.left().latest().value());
        assertEquals(StatusMapping.toReport(a.status()), rd.left().status());
        assertEquals(a.status().name(), rd.left().status().name());
    }

    @Test
    void topicsAndNotesFollowTheLanguage() {
        PlanComparison en = Demo.comparison(Seeds.TIANNING, Seeds.WUJIN, Locale.ENGLISH);
        ComparisonRow pm = en.rows().stream().filter(r -> r.left().id().equals("TN-28")).findFirst().orElseThrow();
        assertTrue(pm.topic().startsWith("PM2.5 (Different measures"), pm.topic());
    }

    @Test
    void refusesEvaluationsOfOtherPlans() {
        assertThrows(IllegalArgumentException.class, () -> PlanComparisons.of(Seeds.TIANNING.plan(),
                Seeds.WUJIN.evaluation(), Seeds.WUJIN.plan(), Seeds.TIANNING.evaluation(),
                ComparisonMapping.bundled(), Locale.ENGLISH, true));
    }
}
