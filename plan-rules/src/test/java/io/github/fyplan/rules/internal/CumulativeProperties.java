package io.github.fyplan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.rules.metrics.CumulativeTotal;
import io.github.fyplan.rules.metrics.DerivedMetrics;
import java.math.BigDecimal;
import java.time.Year;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The built-in rule's running total over a series is the public metric's, years and all. */
class CumulativeProperties {

    @Test
    void theRuleTotalsASeriesAsDerivedMetricsDoes() {
        qt().withExamples(5_000).forAll(longs().all(), integers().between(2015, 2030), integers().between(0, 12))
                .checkAssert((seed, from, length) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    // a series of 2012 … 2032 with gaps, values of mixed scales
                    TreeMap<Year, BigDecimal> map = new TreeMap<>();
                    for (int y = 2012; y <= 2032; y++) {
                        if (r.nextInt(3) > 0) {
                            map.put(Year.of(y), BigDecimal.valueOf(r.nextLong(-1_000_000, 1_000_000), r.nextInt(0, 5)));
                        }
                    }
                    Values series = Values.of(map);
                    Year first = Year.of(from);
                    Year last = Year.of(from + length);
                    CumulativeTotal expected = DerivedMetrics.cumulative(map, first, last);
                    assertEquals(expected, SpanAssessor.cumulative(series, first, last), () -> map + " " + first + "–" + last);
                });
    }
}
