package io.github.fyplan.rules.metrics;

import io.github.fyplan.model.target.AboutTarget;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.ChangeTarget;
import io.github.fyplan.model.target.LevelTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.rules.RuleUsageException;
import io.github.fyplan.rules.internal.BigMath;
import io.github.fyplan.rules.internal.YearList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Derived metrics as pure, static functions. Growth rates are fractions ({@code 0.06} is 6%); sums,
 * differences, products and integer powers are exact; quotients are rounded to {@link #PRECISION}
 * (16 significant digits, half-even); a compound growth rate g is its growth factor 1 + g to
 * {@link #GROWTH_PRECISION} (15 significant digits, computed in double precision) minus one. Where a metric is undefined (growth from a
 * zero or negative value, a share of zero) the result is empty, never a stand-in value such as 0.001.
 */
public final class DerivedMetrics {
    /** The precision of quotients: {@link MathContext#DECIMAL64}. */
    public static final MathContext PRECISION = BigMath.MC;

    /**
     * The precision of compound growth factors (1 + g): 15 significant digits, half-even, within one
     * unit of the 15th digit of the exact factor; an exact root of up to 15 digits is exact.
     */
    public static final MathContext GROWTH_PRECISION = BigMath.GROWTH;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DerivedMetrics() {
    }

    /**
     * The compound annual growth rate from one value to another: (end / start)^(1 / years) − 1, the
     * factor (end / start)^(1 / years) to {@link #GROWTH_PRECISION}.
     *
     * @param start the value at the start, such as the base year's
     * @param end   the value {@code years} later
     * @param years the years between them, at least 1
     * @return the rate as a fraction; empty when {@code start} is zero or negative or {@code end} is
     *         negative (growth is undefined); −1 when {@code end} is zero
     * @throws RuleUsageException if {@code years} is less than 1
     */
    public static Optional<BigDecimal> cagr(BigDecimal start, BigDecimal end, int years) {
        if (years < 1) {
            throw new RuleUsageException("compound growth needs at least one year between the values, was " + years);
        }
        if (start.signum() <= 0 || end.signum() < 0) {
            return Optional.empty();
        }
        if (end.signum() == 0) {
            return Optional.of(BigDecimal.ONE.negate());
        }
        return Optional.of(BigMath.rootOfRatio(end, start, years).subtract(BigDecimal.ONE));
    }

    /**
     * The compound annual growth rate between two years of a series.
     *
     * @param values the series by year
     * @param from   the first year
     * @param to     the last year, after {@code from}
     * @return the rate; empty when either year has no value or growth is undefined
     * @throws RuleUsageException if {@code to} is not after {@code from}
     */
    public static Optional<BigDecimal> cagr(Map<Year, BigDecimal> values, Year from, Year to) {
        int years = to.getValue() - from.getValue();
        if (years < 1) {
            throw new RuleUsageException("compound growth from " + from + " to " + to + ": the end must be after the start");
        }
        BigDecimal a = values.get(from);
        BigDecimal b = values.get(to);
        return a == null || b == null ? Optional.empty() : cagr(a, b, years);
    }

    /**
     * Year-on-year growth: for each year whose previous year has a positive value, value / previous − 1.
     * Years after a gap, and years after a zero or negative value, have no entry.
     *
     * @param values the series by year
     * @return the growth by year, as fractions
     */
    public static SortedMap<Year, BigDecimal> yearOnYear(Map<Year, BigDecimal> values) {
        SortedMap<Year, BigDecimal> out = new TreeMap<>();
        values.forEach((year, value) -> {
            BigDecimal previous = values.get(year.minusYears(1));
            if (previous != null && previous.signum() > 0) {
                out.put(year, BigMath.div(value, previous).subtract(BigDecimal.ONE));
            }
        });
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The total over a span of years, both ends included, naming the years without a value.
     *
     * @param values the series by year
     * @param from   the first year
     * @param to     the last year, not before {@code from}
     * @return the exact total of the values present, the years counted and the years missing
     * @throws RuleUsageException if {@code to} is before {@code from}
     */
    public static CumulativeTotal cumulative(Map<Year, BigDecimal> values, Year from, Year to) {
        if (to.isBefore(from)) {
            throw new RuleUsageException("cumulative total from " + from + " to " + to + ": the end is before the start");
        }
        BigDecimal total = BigDecimal.ZERO;
        int span = to.getValue() - from.getValue() + 1;
        YearList counted = new YearList(span);
        YearList missing = new YearList(span);
        for (Year y = from; !y.isAfter(to); y = y.plusYears(1)) {
            BigDecimal v = values.get(y);
            if (v == null) {
                missing.add(y);
            } else {
                total = total.add(v);
                counted.add(y);
            }
        }
        return new CumulativeTotal(total, counted.toList(), missing.toList());
    }

    /**
     * The level a base grows to at a rate compounded over years, exactly: base × (1 + percent/100)^years.
     *
     * @param base    the base value
     * @param percent the annual rate in percent, such as {@code 6}
     * @param years   the number of years, not negative
     * @return the level
     * @throws RuleUsageException if {@code years} is negative
     */
    public static BigDecimal compoundLevel(BigDecimal base, BigDecimal percent, int years) {
        if (years < 0) {
            throw new RuleUsageException("compounding over a negative number of years: " + years);
        }
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        return base.multiply(factor.pow(years));
    }

    /**
     * The level a target implies from a base value: the stated value of a level or "about" target;
     * base × (1 + p/100), base + amount or base × factor for a change (降低30% gives base × 0.7,
     * 翻一番 base × 2); base × (1 + g/100)^n for an average growth over n years; base × (1 − p/100) for a
     * reduction over the period, and base × (1 − p/100)^n for an annual reduction over n years.
     *
     * @param target the target
     * @param base   the base value
     * @return the level, exact; empty for a form without one (range, every year, cumulative,
     *         qualitative, composite, none, unparsed, a reduction of unspecified basis)
     */
    public static Optional<BigDecimal> impliedLevel(Target target, BigDecimal base) {
        if (target instanceof LevelTarget t) {
            return Optional.of(t.value());
        }
        if (target instanceof AboutTarget t) {
            return Optional.of(t.value());
        }
        if (target instanceof ChangeTarget t) {
            return Optional.of(t.impliedLevel(base));
        }
        if (target instanceof AverageGrowthTarget t) {
            return Optional.of(compoundLevel(base, t.percent(), t.to().getValue() - t.from().getValue()));
        }
        if (target instanceof ReductionRateTarget t && t.basis() == RateBasis.WHOLE_PERIOD) {
            return Optional.of(compoundLevel(base, t.percent().negate(), 1));
        }
        if (target instanceof ReductionRateTarget t && t.basis() == RateBasis.ANNUAL) {
            return Optional.of(compoundLevel(base, t.percent().negate(), t.to().getValue() - t.from().getValue()));
        }
        return Optional.empty();
    }

    /**
     * The compound annual growth still required to go from the latest value to a target level in the
     * years left.
     *
     * @param latest    the latest value
     * @param target    the target level
     * @param yearsLeft the years left, at least 1
     * @return the required rate; empty where growth is undefined
     * @throws RuleUsageException if {@code yearsLeft} is less than 1
     */
    public static Optional<BigDecimal> requiredGrowth(BigDecimal latest, BigDecimal target, int yearsLeft) {
        return cagr(latest, target, yearsLeft);
    }

    /**
     * The amount each remaining year must add on average: (target − achieved) / years left.
     *
     * @param achieved  what has been achieved, such as the running total
     * @param target    the target
     * @param yearsLeft the years left, at least 1
     * @return the average amount per year
     * @throws RuleUsageException if {@code yearsLeft} is less than 1
     */
    public static BigDecimal requiredYearlyAmount(BigDecimal achieved, BigDecimal target, int yearsLeft) {
        if (yearsLeft < 1) {
            throw new RuleUsageException("no year left to reach " + target + " from " + achieved);
        }
        return BigMath.div(target.subtract(achieved), BigDecimal.valueOf(yearsLeft));
    }

    /**
     * A linear projection through two points to a year.
     *
     * @param y0  the first year
     * @param v0  its value
     * @param y1  the second year, after {@code y0}
     * @param v1  its value
     * @param end the year to project to
     * @return v1 + (v1 − v0) / (y1 − y0) × (end − y1)
     * @throws RuleUsageException if {@code y1} is not after {@code y0}
     */
    public static BigDecimal projectLinear(Year y0, BigDecimal v0, Year y1, BigDecimal v1, Year end) {
        int span = y1.getValue() - y0.getValue();
        if (span < 1) {
            throw new RuleUsageException("projection needs two different years, was " + y0 + " and " + y1);
        }
        BigDecimal slope = BigMath.div(v1.subtract(v0), BigDecimal.valueOf(span));
        return v1.add(slope.multiply(BigDecimal.valueOf(end.getValue() - y1.getValue()))).round(PRECISION);
    }

    /**
     * A compound projection through two points to a year, at their compound annual growth rate.
     *
     * @param y0  the first year
     * @param v0  its value
     * @param y1  the second year, after {@code y0}
     * @param v1  its value
     * @param end the year to project to, not before {@code y1}
     * @return v1 × (1 + g)^(end − y1); empty where growth is undefined
     * @throws RuleUsageException if {@code y1} is not after {@code y0} or {@code end} is before {@code y1}
     */
    public static Optional<BigDecimal> projectCompound(Year y0, BigDecimal v0, Year y1, BigDecimal v1, Year end) {
        int ahead = end.getValue() - y1.getValue();
        if (ahead < 0) {
            throw new RuleUsageException("projection to " + end + " before the last point " + y1);
        }
        return cagr(v0, v1, y1.getValue() - y0.getValue())
                .map(g -> BigMath.grow(v1, g, ahead));
    }

    /**
     * A share in percent, such as 研发经费支出占GDP比重 from R&amp;D spending and GDP.
     *
     * @param part  the part
     * @param whole the whole
     * @return part / whole × 100; empty when the whole is zero
     */
    public static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty() : Optional.of(BigMath.div(part.multiply(HUNDRED), whole));
    }

    /**
     * A per-capita value.
     *
     * @param value      the total
     * @param population the population, in the unit the result is per
     * @return value / population; empty when the population is zero
     */
    public static Optional<BigDecimal> perCapita(BigDecimal value, BigDecimal population) {
        return population.signum() == 0 ? Optional.empty() : Optional.of(BigMath.div(value, population));
    }
}
