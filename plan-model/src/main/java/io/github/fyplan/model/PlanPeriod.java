package io.github.fyplan.model;

import io.github.fyplan.model.validation.ConsistentPeriod;
import java.time.Year;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The years a plan covers: the 14th plan has base year 2020, runs 2021–2025 and looks to 2035.
 *
 * <p>The order {@code base < first <= last <= vision} is a content rule checked by validation
 * ({@link ConsistentPeriod}), not here, so that a file with a wrong period still loads and is
 * reported with every other problem.
 *
 * @param baseYear   the year whose values the targets start from (基期)
 * @param firstYear  the first year of the plan
 * @param lastYear   the last year, by which targets are due
 * @param visionYear the long-range vision year (远景目标), such as 2035
 */
@ConsistentPeriod
public record PlanPeriod(Year baseYear, Year firstYear, Year lastYear, Year visionYear) {

    /** Checks that no year is null. */
    public PlanPeriod {
        Objects.requireNonNull(baseYear, "baseYear");
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(visionYear, "visionYear");
    }

    /**
     * A period from its years as numbers.
     *
     * @param base   the base year
     * @param first  the first year
     * @param last   the last year
     * @param vision the vision year
     * @return the period
     */
    public static PlanPeriod of(int base, int first, int last, int vision) {
        return new PlanPeriod(Year.of(base), Year.of(first), Year.of(last), Year.of(vision));
    }

    /**
     * The period of the 14th Five-Year Plan: base 2020, 2021–2025, vision 2035.
     *
     * @return the 14th plan's period
     */
    public static PlanPeriod fourteenthPlan() {
        return of(2020, 2021, 2025, 2035);
    }

    /**
     * Whether a year lies within the plan years, first to last inclusive.
     *
     * @param year the year
     * @return true for a plan year
     */
    public boolean contains(Year year) {
        return !year.isBefore(firstYear) && !year.isAfter(lastYear);
    }

    /**
     * The plan years in order, first to last.
     *
     * @return the years
     */
    public Stream<Year> years() {
        return IntStream.rangeClosed(firstYear.getValue(), lastYear.getValue()).mapToObj(Year::of);
    }

    /**
     * The number of years from the base year to the last year (5 for the 14th plan).
     *
     * @return the length in years
     */
    public int lengthInYears() {
        return lastYear.getValue() - baseYear.getValue();
    }
}
