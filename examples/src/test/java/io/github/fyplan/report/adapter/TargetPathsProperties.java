package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.report.SeriesPoint;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Metrics;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A path to a level runs from the baseline to the target, one point a year, never overshooting. */
class TargetPathsProperties {
    private static final Indicator GDP_PER_CAPITA = Seeds.indicator(Seeds.TIANNING.plan(), "TN-01");

    private static Metrics metrics(int targetYear, BigDecimal level) {
        return new Metrics(null, null, null, null, Year.of(targetYear), level, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void aPathToALevelJoinsTheEndsMonotonically() {
        qt().forAll(bigDecimals().ofBytes(4).withScale(2), bigDecimals().ofBytes(4).withScale(1),
                integers().between(1, 15), integers().between(0, 2))
                .checkAssert((base, level, span, m) -> {
                    Method method = Method.values()[m];
                    SeriesPoint start = new SeriesPoint(2020, base.abs());
                    List<SeriesPoint> p = TargetPaths.of(GDP_PER_CAPITA, metrics(2020 + span, level.abs()), start, method);
                    assertEquals(span + 1, p.size());
                    assertEquals(start, p.get(0));
                    assertEquals(new SeriesPoint(2020 + span, level.abs()), p.get(span));
                    BigDecimal lo = base.abs().min(level.abs());
                    BigDecimal hi = base.abs().max(level.abs());
                    int direction = level.abs().compareTo(base.abs());
                    for (int i = 1; i <= span; i++) {
                        SeriesPoint x = p.get(i);
                        assertEquals(2020 + i, x.year());
                        assertTrue(x.value().compareTo(lo) >= 0 && x.value().compareTo(hi) <= 0,
                                () -> method + " " + p);
                        int step = x.value().compareTo(p.get(i - 1).value());
                        assertTrue(step == 0 || step == direction, () -> method + " " + p);
                    }
                });
    }
}
