package io.github.fyplan.rules.testkit;

import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.rules.Assessment;
import io.github.fyplan.rules.Explanation;
import io.github.fyplan.rules.IndicatorRule;
import io.github.fyplan.rules.Status;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * An example custom rule: a ceiling the indicator's latest value must stay under (say, an unemployment
 * rate the office keeps within 3.5%), ignoring the plan's target.
 */
final class LatestValueRule implements IndicatorRule {
    private final BigDecimal ceiling;

    LatestValueRule(String ceiling) {
        this.ceiling = new BigDecimal(ceiling);
    }

    @Override
    public Assessment assess(io.github.fyplan.model.Indicator indicator, java.util.List<Observation> observations,
            io.github.fyplan.rules.EvaluationContext context) {
        return observations.stream()
                .filter(o -> o.seriesId().equals(indicator.id()) && !o.year().isAfter(context.asOf()))
                .max(Comparator.comparing(Observation::year).thenComparing(Observation::value))
                .map(o -> Assessment.of(indicator.id(), context, "ceiling",
                        o.value().compareTo(ceiling) <= 0 ? Status.CONSTRAINT_MET : Status.CONSTRAINT_BREACHED,
                        new Explanation(o.value() + " in " + o.year() + " against " + ceiling,
                                o.year() + "年" + o.value() + "，上限" + ceiling)))
                .orElseGet(() -> Assessment.of(indicator.id(), context, "ceiling", Status.NO_DATA,
                        new Explanation("no value", "无数据")));
    }
}
