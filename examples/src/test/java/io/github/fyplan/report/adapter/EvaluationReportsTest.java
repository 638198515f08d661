package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.app.EvaluatedPlan;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.report.EvaluationReport;
import io.github.fyplan.report.IndicatorRow;
import io.github.fyplan.report.IndicatorStatus;
import io.github.fyplan.report.SeriesPoint;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Attention;
import io.github.fyplan.rules.PlanEvaluation;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapter on the Tianning seed plan with the bundled illustrative data, as of 2023. */
class EvaluationReportsTest {
    private static final EvaluatedPlan TN = Seeds.TIANNING;
    private static final EvaluationReport ZH = TN.report(Locale.SIMPLIFIED_CHINESE);
    private static final EvaluationReport EN = TN.report(Locale.ENGLISH);

    private static IndicatorRow row(EvaluationReport r, String id) {
        return r.rows().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneRowPerIndicatorInTableOrder() {
        assertEquals(41, ZH.rows().size());
        for (int i = 0; i < 41; i++) {
            Indicator ind = TN.plan().indicators().get(i);
            IndicatorRow r = ZH.rows().get(i);
            assertEquals(ind.id(), r.id());
            assertEquals(ind.name(), r.name());
            assertEquals(ind.unit(), r.unit());
            assertEquals(ind.targetWording(), r.targetWording());
            assertEquals(ind.attribute(), r.attribute());
        }
    }

    @Test
    void statusCountsAgreeWithTheEvaluation() {
        PlanEvaluation e = TN.evaluation();
        Map<IndicatorStatus, Integer> expected = new EnumMap<>(IndicatorStatus.class);
        e.byStatus().forEach((status, n) -> expected.put(IndicatorStatus.valueOf(status.name()), n));
        assertEquals(expected, ZH.summary().byStatus());
        assertEquals(e.byStatus().values().stream().mapToInt(Integer::intValue).sum(), ZH.summary().total());
        int engineAttention = e.attention().size();
        assertEquals(engineAttention, ZH.concerns().size());
        assertEquals(e.attention().stream().map(Attention::indicatorId).sorted().toList(),
                ZH.concerns().stream().map(IndicatorRow::id).sorted().toList());
    }

    @Test
    void anIndicatorOnTrackCarriesItsFiguresAndPath() {
        // TN-28 PM2.5浓度: baseline 36.5 (2020) from the plan.
        IndicatorRow pm = row(ZH, "TN-28");
        assertEquals(SeriesPoint.of(2020, "36.5"), pm.baseline());
        assertEquals(2023, pm.latest().year());
        assertEquals(pm.series().get(pm.series().size() - 1), pm.latest());
        assertEquals(SeriesPoint.of(2025, "35"), pm.targetPath().get(pm.targetPath().size() - 1));
        assertEquals(SeriesPoint.of(2020, "36.5"), pm.targetPath().get(0));
        Assessment a = TN.evaluation().assessment("TN-28").orElseThrow();
        assertEquals(a.metrics().latestValue(), pm.latest().value());
    }

    @Test
    void sharesComeFromTheEngineMetrics() {
        IndicatorRow gdp = row(ZH, "TN-01");
        Assessment a = TN.evaluation().assessment("TN-01").orElseThrow();
        assertEquals(a.metrics().progress(), gdp.progressShare());
        assertEquals(0, new BigDecimal("0.6").compareTo(gdp.elapsedShare()));
    }

    @Test
    void explanationsAreInTheReportsLanguage() {
        IndicatorRow zh = row(ZH, "TN-01");
        IndicatorRow en = row(EN, "TN-01");
        Assessment a = TN.evaluation().assessment("TN-01").orElseThrow();
        assertTrue(zh.explanation().startsWith(a.explanation().zh()), zh.explanation());
        assertTrue(en.explanation().startsWith(a.explanation().en()), en.explanation());
        assertFalse(en.explanation().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                en.explanation());
    }

    @Test
    void attentionIndicatorsSayWhatTheyStillRequire() {
        for (Attention at : TN.evaluation().attention()) {
            assertEquals(at.stillRequired().zh(), row(ZH, at.indicatorId()).requirement(), at.indicatorId());
            assertEquals(at.stillRequired().en(), row(EN, at.indicatorId()).requirement(), at.indicatorId());
        }
        assertFalse(TN.evaluation().attention().isEmpty(), "the demo data has lagging indicators");
        // TN-26, binding, judged not met in 2022: constraint breached, with what it requires.
        IndicatorRow air = row(ZH, "TN-26");
        assertEquals(IndicatorStatus.CONSTRAINT_BREACHED, air.status());
        assertTrue(air.status().isConcern() && air.isBinding());
        assertFalse(air.requirement().isEmpty());
        assertTrue(air.series().isEmpty(), "a qualitative target has no series");
        assertEquals(List.of(), air.targetPath());
    }

    @Test
    void theBadgeShowsTheStatusTheExplanationGives() {
        for (Assessment a : TN.evaluation().assessments()) {
            for (EvaluationReport report : List.of(ZH, EN)) {
                IndicatorRow r = row(report, a.indicatorId());
                assertEquals(a.status().name(), r.status().name(), a.indicatorId());
                assertFalse(r.explanation().contains("本报告记为"), r.explanation());
                assertFalse(r.explanation().contains("Shown here as"), r.explanation());
            }
            if (!a.isOverridden()) {
                assertEquals(a.explanation().zh(), row(ZH, a.indicatorId()).explanation(), a.indicatorId());
                assertEquals(a.explanation().en(), row(EN, a.indicatorId()).explanation(), a.indicatorId());
            }
        }
        // The engine's lagging is labelled 滞后 / lagging, as its explanation says, never "moderate".
        List<IndicatorRow> lagging = ZH.rows().stream().filter(r -> r.status() == IndicatorStatus.LAGGING).toList();
        assertEquals(TN.evaluation().byStatus().get(io.github.fyplan.rules.Status.LAGGING), lagging.size());
        assertEquals("滞后", lagging.get(0).status().label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("lagging", lagging.get(0).status().label(Locale.ENGLISH));
    }

    @Test
    void ungradedRowsKeepTheEnginesReason() {
        List<Assessment> ungraded = TN.evaluation().assessments().stream()
                .filter(a -> !a.status().isGraded() && a.status() != io.github.fyplan.rules.Status.NO_DATA).toList();
        assertFalse(ungraded.isEmpty(), "the demo has indicators without a target or not assessable");
        for (Assessment a : ungraded) {
            IndicatorRow r = row(EN, a.indicatorId());
            assertFalse(r.status().isGraded(), a.indicatorId());
            assertFalse(r.explanation().isBlank(), a.indicatorId());
            assertTrue(r.explanation().startsWith(a.explanation().en()), r.explanation());
        }
    }

    @Test
    void metadataNamesMethodThresholdsSourcesAndTheFixedDate() {
        assertEquals(2023, ZH.metadata().asOfYear());
        assertTrue(ZH.metadata().methodName().startsWith("时间进度法"), ZH.metadata().methodName());
        assertTrue(EN.metadata().methodName().startsWith("time-elapsed method"), EN.metadata().methodName());
        assertTrue(ZH.metadata().thresholds().contains("5个百分点"), ZH.metadata().thresholds());
        assertTrue(EN.metadata().thresholds().contains("progress/time ≥ 0.5"), EN.metadata().thresholds());
        assertTrue(ZH.metadata().generatedFrom().contains("demo/tianning.observations.csv"));
        assertTrue(ZH.metadata().generatedFrom().endsWith("评估日期 2024-01-01"), ZH.metadata().generatedFrom());
        assertTrue(EN.metadata().generatedFrom().contains("fixed clock"), EN.metadata().generatedFrom());
        assertTrue(ZH.metadata().illustrative());
        assertEquals("cn-320402-14th", ZH.metadata().plan().planId());
        assertEquals("320402", ZH.metadata().plan().regionCode());
    }

    @Test
    void dataQualityFindingsBecomeLinesInTheLanguage() {
        assertEquals(TN.evaluation().dataQuality().size() + TN.inputFindings().size(), ZH.dataQuality().size());
        assertTrue(ZH.dataQuality().stream().anyMatch(l -> l.startsWith("FYP-RULES-004")), ZH.dataQuality()::toString);
        assertTrue(EN.dataQuality().stream().anyMatch(l -> l.startsWith("FYP-RULES-004") && l.contains("TN-05")),
                EN.dataQuality()::toString);
    }

    @Test
    void anIndicatorWithoutDataHasNoLatestValue() {
        IndicatorRow reading = row(ZH, "TN-37");
        assertEquals(IndicatorStatus.NO_DATA, reading.status());
        assertNull(reading.latest());
        assertFalse(reading.hasData());
    }

    @Test
    void refusesAnEvaluationOfAnotherPlan() {
        assertThrows(IllegalArgumentException.class, () -> EvaluationReports.of(TN.plan(), TN.data(),
                Seeds.WUJIN.evaluation(), Locale.ENGLISH, false, "", List.of()));
    }
}
