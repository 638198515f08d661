package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.FyplanException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdmxCsvWriterTest {

    @Test
    void writesOneSeriesPerIndicatorInPlanOrderWithTheMostFinalValuePerYear() {
        Plan plan = GoldenPlans.tianningExcerpt();
        MonitoringData data = new MonitoringData(plan.id(), List.of(
                new Observation("TN-02", Year.of(2021), new BigDecimal("61.2"), ObservationStatus.PRELIMINARY, "", ""),
                new Observation("TN-02", Year.of(2021), new BigDecimal("61.20"), ObservationStatus.FINAL, "公报", "final"),
                new Observation("TN-01", Year.of(2022), new BigDecimal("14.1"), ObservationStatus.PRELIMINARY, "", "初步"),
                new Observation("TN-01", Year.of(2021), new BigDecimal("13.5"), ObservationStatus.REVISED, "", "revised, note"),
                new Observation("GDP", Year.of(2021), new BigDecimal("1230"), ObservationStatus.FINAL, "", "")), List.of());
        assertEquals("""
                DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS
                FYPLAN:PLAN_MONITORING(1.0),320402,TN-01,2021,13.5,万元/人,A,"revised, note"
                FYPLAN:PLAN_MONITORING(1.0),320402,TN-01,2022,14.1,万元/人,P,初步
                FYPLAN:PLAN_MONITORING(1.0),320402,TN-02,2021,61.20,亿元,A,final
                FYPLAN:PLAN_MONITORING(1.0),320402,GDP,2021,1230,,A,
                """, SdmxCsvWriter.create().toCsv(plan, data));
    }

    @Test
    void acceptsOnlySdmxIdentifiersForTheDataflow() {
        assertEquals("CN_NBS:FYP(2.1)", SdmxCsvWriter.create().withDataflow("CN_NBS", "FYP", "2.1").dataflow());
        assertThrows(FyplanException.class, () -> SdmxCsvWriter.create().withDataflow("国家统计局", "FYP", "1.0"));
    }
}
