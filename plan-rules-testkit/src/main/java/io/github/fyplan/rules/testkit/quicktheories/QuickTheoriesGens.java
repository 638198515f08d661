package io.github.fyplan.rules.testkit.quicktheories;

import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.testkit.Generator;
import io.github.fyplan.rules.testkit.Generators;
import io.github.fyplan.rules.testkit.RuleCase;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories {@link Gen}s from the test kit's generators: QuickTheories draws a seed, the generator
 * builds the value from a {@link SplittableRandom} with that seed. Shrinking shrinks the seed, so a
 * failure is reported with a reproducible seed rather than a minimal value.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGens.ruleCases()).checkAssert(c -> ...);
 * }</pre>
 */
public final class QuickTheoriesGens {
    private QuickTheoriesGens() {
    }

    /**
     * A QuickTheories generator from a test-kit generator.
     *
     * @param <T>       the type generated
     * @param generator the generator
     * @return the QuickTheories generator
     */
    public static <T> Gen<T> from(Generator<T> generator) {
        Objects.requireNonNull(generator, "generator");
        return SourceDSL.longs().all().map(seed -> generator.generate(new SplittableRandom(seed)));
    }

    /**
     * Whole valid rule inputs, as {@link Generators#ruleCases()}.
     *
     * @return the generator
     */
    public static Gen<RuleCase> ruleCases() {
        return from(Generators.ruleCases());
    }

    /**
     * Observation series, as the given test-kit generator makes them.
     *
     * @param series the series generator, such as {@link Generators#messy}
     * @return the generator
     */
    public static Gen<List<Observation>> series(Generator<List<Observation>> series) {
        return from(series);
    }
}
