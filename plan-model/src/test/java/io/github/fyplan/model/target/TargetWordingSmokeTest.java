package io.github.fyplan.model.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.PlanPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetWordingSmokeTest {
    @Test
    void readsAboutTargets() {
        Target t = TargetWording.parse("3600左右", "地区生产总值", PlanPeriod.fourteenthPlan());
        assertEquals(new AboutTarget(new BigDecimal("3600"), AboutTarget.DEFAULT_TOLERANCE,
                java.time.Year.of(2025)), t);
    }
}
