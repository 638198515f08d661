package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Observation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

/** Shorthands for the worked examples. */
final class Check {
    private Check() {
    }

    static Assessment assess(Method method, Indicator indicator, int asOf, List<Observation> observations) {
        Evaluator e = Evaluator.builder().method(method).build();
        return e.assess(indicator, observations, e.context(Seeds.PERIOD, Year.of(asOf)));
    }

    static Assessment assess(Evaluator e, Indicator indicator, int asOf, List<Observation> observations) {
        return e.assess(indicator, observations, e.context(Seeds.PERIOD, Year.of(asOf)));
    }

    /** Asserts a number to a tolerance, for values computed by hand to a few digits. */
    static void near(double expected, BigDecimal actual, double tolerance) {
        assertEquals(expected, actual.doubleValue(), tolerance, () -> "was " + actual);
    }

    /** Asserts an exact number, compared by value. */
    static void exactly(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", was " + actual);
    }
}
