package io.github.fyplan.report.adapter;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.target.AverageGrowthTarget;
import io.github.fyplan.model.target.CumulativeTarget;
import io.github.fyplan.model.target.EveryYearTarget;
import io.github.fyplan.model.target.RateBasis;
import io.github.fyplan.model.target.ReductionRateTarget;
import io.github.fyplan.model.target.Target;
import io.github.fyplan.report.SeriesPoint;
import io.github.fyplan.rules.Method;
import io.github.fyplan.rules.Metrics;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The path a report draws from the baseline to the target, one point a year. Stateless.
 *
 * <ul>
 *   <li>A level to reach (a stated level, about, a range's near end, a change from the base year:
 *       the engine's {@link Metrics#targetLevel()}): from the baseline in the base year to the level
 *       in the target year, a straight line, or a compound path (a constant growth rate) for the
 *       growth-ratio method when both ends are positive. Without a baseline, the target alone.</li>
 *   <li>An average growth rate: the start year's value compounded at the rate each year.</li>
 *   <li>A cumulative total: the even share of the total per year (what each year adds on an even
 *       path), because the chart shows the yearly values, not the running sum.</li>
 *   <li>A bound to hold every year: the bound in each year; an annual reduction rate: the rate in
 *       each year (the series then holds yearly rates).</li>
 *   <li>Qualitative, composite, whole-period or unstated reduction rates, no target: no path.</li>
 * </ul>
 * Computed points are rounded half-even to the larger of the two ends' scales plus two decimals.
 */
public final class TargetPaths {
    private static final MathContext MC = MathContext.DECIMAL64;

    private TargetPaths() {
    }

    /**
     * The path to the target of an indicator.
     *
     * @param indicator the indicator
     * @param metrics   the engine's numbers for it
     * @param baseline  the baseline the report shows, or {@code null}
     * @param method    the evaluation method
     * @return the points, by year; empty when the target gives no path
     */
    public static List<SeriesPoint> of(Indicator indicator, Metrics metrics, SeriesPoint baseline, Method method) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(method, "method");
        Target t = indicator.target();
        if (t instanceof AverageGrowthTarget g) {
            if (baseline == null || baseline.year() != g.from().getValue()) {
                return List.of();
            }
            BigDecimal factor = BigDecimal.ONE.add(g.percent().movePointLeft(2));
            List<SeriesPoint> out = new ArrayList<>();
            BigDecimal v = baseline.value();
            int scale = baseline.value().scale() + 2;
            for (int y = g.from().getValue(); y <= g.to().getValue(); y++) {
                out.add(new SeriesPoint(y, y == g.from().getValue() ? baseline.value() : v.setScale(scale, RoundingMode.HALF_EVEN)));
                v = v.multiply(factor, MC);
            }
            return out;
        }
        if (t instanceof CumulativeTarget c) {
            int years = c.to().getValue() - c.from().getValue() + 1;
            BigDecimal each = c.total().divide(BigDecimal.valueOf(years), MC)
                    .setScale(Math.max(c.total().scale(), 0) + 2, RoundingMode.HALF_EVEN);
            return constant(c.from(), c.to(), each);
        }
        if (t instanceof EveryYearTarget e) {
            return constant(e.from(), e.to(), e.value());
        }
        if (t instanceof ReductionRateTarget r) {
            return r.basis() == RateBasis.ANNUAL ? constant(r.from(), r.to(), r.percent()) : List.of();
        }
        BigDecimal level = metrics.targetLevel();
        Year targetYear = metrics.targetYear();
        if (level == null || targetYear == null) {
            return List.of();
        }
        if (baseline == null || baseline.year() >= targetYear.getValue()) {
            return List.of(new SeriesPoint(targetYear.getValue(), level));
        }
        return interpolate(baseline, new SeriesPoint(targetYear.getValue(), level), method == Method.GROWTH_RATIO);
    }

    private static List<SeriesPoint> constant(Year from, Year to, BigDecimal value) {
        List<SeriesPoint> out = new ArrayList<>();
        for (int y = from.getValue(); y <= to.getValue(); y++) {
            out.add(new SeriesPoint(y, value));
        }
        return out;
    }

    private static List<SeriesPoint> interpolate(SeriesPoint from, SeriesPoint to, boolean compound) {
        int span = to.year() - from.year();
        int scale = Math.max(Math.max(from.value().scale(), to.value().scale()), 0) + 2;
        boolean geometric = compound && from.value().signum() > 0 && to.value().signum() > 0;
        double ratio = geometric ? Math.pow(to.value().divide(from.value(), MC).doubleValue(), 1.0 / span) : 1;
        List<SeriesPoint> out = new ArrayList<>();
        out.add(from);
        BigDecimal step = to.value().subtract(from.value()).divide(BigDecimal.valueOf(span), MC);
        for (int i = 1; i < span; i++) {
            BigDecimal v = geometric
                    ? from.value().multiply(new BigDecimal(Math.pow(ratio, i), MC), MC)
                    : from.value().add(step.multiply(BigDecimal.valueOf(i), MC), MC);
            out.add(new SeriesPoint(from.year() + i, v.setScale(scale, RoundingMode.HALF_EVEN)));
        }
        out.add(to);
        return out;
    }
}
