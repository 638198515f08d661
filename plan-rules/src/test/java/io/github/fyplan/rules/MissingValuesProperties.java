package io.github.fyplan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fyplan.model.Baseline;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.target.RangeTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Laws of the missing-value strategy on the target forms judged as a level and on average growth,
 * over generated series with gaps: the years named are exactly those without a value, and the strategy
 * alone decides whether the rule is skipped.
 */
class MissingValuesProperties {
    /** One indicator of each form the laws cover: level, about, range, change, whole-period reduction, average growth. */
    private static final List<String> FORMS = List.of("TN-19", "WJ-01", "TN-24", "WJ-34", "TN-25", "TN-03");

    private static Indicator indicator(String id, BigDecimal baseline) {
        Indicator i = Seeds.byId(id);
        if (id.equals("TN-24")) {
            i = i.withTarget(new RangeTarget(new BigDecimal("70"), true, new BigDecimal("80"), true, Year.of(2025)));
        } else if (id.equals("TN-25")) {
            return i.withTarget(new ReductionRateTarget(new BigDecimal("5"), RateBasis.WHOLE_PERIOD, Year.of(2020),
                    Year.of(2025)));
        }
        return i.withBaseline(new Baseline(Year.of(2020), baseline, "test: generated"));
    }

    private static Evaluator evaluator(Method m, MissingValueStrategy s) {
        return Evaluator.builder().method(m).missingValues(s).build();
    }

    /** Observations of 2021–2027 with some years left out at random. */
    private static List<Observation> gappy(SplittableRandom r, String id, long scale) {
        List<Observation> out = new ArrayList<>();
        for (int y = 2021; y <= 2027; y++) {
            if (r.nextInt(3) != 0) {
                out.add(new Observation(id, Year.of(y), BigDecimal.valueOf(r.nextLong(1, scale), 2),
                        ObservationStatus.FINAL, "test", ""));
            }
        }
        return out;
    }

    /** The years from 2021 to the earlier of the evaluation year and 2025 without an observation. */
    private static List<Year> unobserved(List<Observation> obs, Year asOf) {
        List<Year> out = new ArrayList<>();
        int last = Math.min(asOf.getValue(), 2025);
        for (int y = 2021; y <= last; y++) {
            int year = y;
            if (obs.stream().noneMatch(o -> o.year().getValue() == year)) {
                out.add(Year.of(y));
            }
        }
        return out;
    }

    @Test
    void theMissingYearsAreExactlyTheYearsOfTheSpanWithoutAValueAndTheStrategyAloneDecidesTheSkip() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            String id = FORMS.get(r.nextInt(FORMS.size()));
            long scale = id.equals("TN-25") ? 300 : 10_000;
            Indicator ind = indicator(id, BigDecimal.valueOf(r.nextLong(1, scale), 2));
            List<Observation> obs = gappy(r, id, scale);
            Year asOf = Year.of(r.nextInt(2020, 2028));
            Method m = Method.values()[r.nextInt(3)];
            List<Year> expected = unobserved(obs, asOf);
            Assessment any = Check.assess(evaluator(m, MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING), ind, asOf.getValue(), obs);
            Assessment all = Check.assess(evaluator(m, MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING), ind, asOf.getValue(), obs);
            Assessment never = Check.assess(evaluator(m, MissingValueStrategy.NEVER_SKIP), ind, asOf.getValue(), obs);
            for (Assessment a : List.of(any, all, never)) {
                assertEquals(expected, a.missingYears(), () -> id + " " + obs + " as of " + asOf);
            }
            // never-skip and skip-if-all judge a gap the same way: on the values present.
            assertEquals(all.status(), never.status());
            assertEquals(all.metrics(), never.metrics());
            // skip-if-any skips exactly when a year is missing, and is otherwise the same judgement.
            assertEquals(expected.isEmpty() ? all.status() : Status.NO_DATA, any.status(),
                    () -> id + " " + obs + " as of " + asOf);
            if (!expected.isEmpty()) {
                for (Year y : expected) {
                    assertTrue(any.explanation().en().contains(y.toString()), any.explanation().en());
                }
            }
        });
    }

    @Test
    void aWholePeriodReductionCompoundsEveryRateObservedUpToTheEvaluationYear() {
        Indicator whole = indicator("TN-25", null);
        Evaluator e = evaluator(Method.TIME_ELAPSED, MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING);
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            List<Observation> obs = gappy(r, "TN-25", 300);
            Year asOf = Year.of(r.nextInt(2021, 2028));
            BigDecimal remaining = BigDecimal.ONE;
            Year latest = null;
            for (Observation o : obs) {
                if (o.year().getValue() <= Math.min(asOf.getValue(), 2025)) {
                    remaining = remaining.multiply(BigDecimal.ONE.subtract(o.value().movePointLeft(2)));
                    latest = o.year();
                }
            }
            Assessment a = Check.assess(e, whole, asOf.getValue(), obs);
            if (latest == null) {
                assertEquals(Status.NO_DATA, a.status());
                return;
            }
            BigDecimal expected = BigDecimal.ONE.subtract(remaining).movePointRight(2);
            assertEquals(latest, a.metrics().latestYear(), () -> obs + " as of " + asOf);
            assertEquals(0, expected.round(MathContext.DECIMAL64).compareTo(
                    a.metrics().latestValue().round(MathContext.DECIMAL64)), () -> expected + " vs "
                    + a.metrics().latestValue() + " for " + obs + " as of " + asOf);
        });
    }
}
