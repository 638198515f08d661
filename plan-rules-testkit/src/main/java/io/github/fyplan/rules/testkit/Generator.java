package io.github.fyplan.rules.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Makes a value from a source of randomness: the same seeded source gives the same value, so a
 * generator works with any property-testing library (or none) that can hand out a seed.
 *
 * @param <T> the type generated
 */
@FunctionalInterface
public interface Generator<T> {

    /**
     * Generates a value.
     *
     * @param random the source of randomness; the only one used
     * @return the value
     */
    T generate(RandomGenerator random);

    /**
     * Generates a value from a seed, with a {@link SplittableRandom}.
     *
     * @param seed the seed
     * @return the value, the same for the same seed
     */
    default T generate(long seed) {
        return generate(new SplittableRandom(seed));
    }

    /**
     * A generator of values transformed by a function.
     *
     * @param <R>    the new type
     * @param mapper the function
     * @return the generator
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return r -> mapper.apply(generate(r));
    }
}
