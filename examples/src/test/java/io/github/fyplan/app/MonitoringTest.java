package io.github.fyplan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.cli.EvaluationMethod;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonitoringTest {
    private static Observation obs(String id, int year, String source, String note) {
        return new Observation(id, Year.of(year), new BigDecimal("1.0"), ObservationStatus.FINAL, source, note);
    }

    @Test
    void mergeKeepsEveryObservationAndJudgementInFileOrder() {
        EvaluatedPlan tn = Demo.evaluate("tianning", 2023, EvaluationMethod.TIME_ELAPSED);
        MonitoringData data = tn.data();
        assertFalse(data.observations().isEmpty());
        assertFalse(data.judgements().isEmpty(), "the judgements file is merged in");
        MonitoringData twice = Monitoring.merge(data.planId(), List.of(data, data));
        assertEquals(2 * data.observations().size(), twice.observations().size());
        assertEquals(data.observations(), twice.observations().subList(0, data.observations().size()));
    }

    @Test
    void mergeRefusesDataOfAnotherPlan() {
        MonitoringData other = new MonitoringData("cn-320412-14th", List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> Monitoring.merge("cn-320402-14th", List.of(other)));
    }

    @Test
    void dataIsIllustrativeWhenASourceOrNoteSaysSo() {
        assertTrue(Monitoring.isIllustrative(new MonitoringData("p", List.of(obs("A", 2021, "Illustrative data", "")),
                List.of())));
        assertTrue(Monitoring.isIllustrative(new MonitoringData("p", List.of(obs("A", 2021, "区统计局", "示意数值")),
                List.of())));
        assertFalse(Monitoring.isIllustrative(new MonitoringData("p", List.of(obs("A", 2021, "区统计局", "")),
                List.of())));
        assertFalse(Monitoring.isIllustrative(new MonitoringData("p", List.of(), List.of())));
        assertTrue(Demo.evaluate("wujin", 2023, EvaluationMethod.TREND).illustrative(), "the bundled demo data");
    }
}
