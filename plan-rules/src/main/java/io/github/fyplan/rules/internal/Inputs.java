package io.github.fyplan.rules.internal;

import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.rules.metrics.Formula;
import io.github.fyplan.rules.metrics.InvalidFormulaException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Selects the observations and judgements of an indicator and computes derived indicators. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * The observations of an indicator and of its components ({@code id#n}) up to a year.
     *
     * @param indicatorId  the indicator's id
     * @param observations any observations
     * @param asOf         the last year
     * @return those of the indicator, in the given order
     */
    public static List<Observation> observationsOf(String indicatorId, List<Observation> observations, Year asOf) {
        String prefix = indicatorId + "#";
        return observations.stream()
                .filter(o -> o.seriesId().equals(indicatorId) || o.seriesId().startsWith(prefix))
                .filter(o -> !o.year().isAfter(asOf)).toList();
    }

    /**
     * The judgements of an indicator and of its components.
     *
     * @param indicatorId the indicator's id
     * @param data        the monitoring data
     * @return the judgements
     */
    public static List<Judgement> judgementsOf(String indicatorId, MonitoringData data) {
        String prefix = indicatorId + "#";
        return data.judgements().stream()
                .filter(j -> j.indicatorId().equals(indicatorId) || j.indicatorId().startsWith(prefix)).toList();
    }

    /**
     * The observations to assess an indicator on: its own (and its components'), and for a derived
     * indicator the values its formula gives for each year every series it uses is observed (a year's
     * own observation is kept where the formula gives none). An unreadable formula gives only the own
     * observations; the built-in rule reports the formula.
     *
     * @param indicator the indicator
     * @param data      the monitoring data
     * @return the observations
     */
    public static List<Observation> observationsFor(Indicator indicator, MonitoringData data) {
        List<Observation> own = observationsOf(indicator.id(), data.observations(), Year.of(Year.MAX_VALUE));
        if (!indicator.isDerived()) {
            return own;
        }
        Formula formula;
        try {
            formula = Formula.parse(indicator.formula());
        } catch (InvalidFormulaException e) {
            return own;
        }
        Map<String, TreeMap<Year, BigDecimal>> inputs = new HashMap<>();
        Set<Year> years = null;
        for (String v : formula.variables()) {
            TreeMap<Year, BigDecimal> s = Series.of(data.observations(), v, Year.of(Year.MAX_VALUE));
            inputs.put(v, s);
            years = years == null ? new TreeSet<>(s.keySet()) : years;
            years.retainAll(s.keySet());
        }
        List<Observation> out = new ArrayList<>();
        Set<Year> computed = new TreeSet<>();
        for (Year y : years == null ? Set.<Year>of() : years) {
            Map<String, BigDecimal> values = new HashMap<>();
            inputs.forEach((k, s) -> values.put(k, s.get(y)));
            Optional<BigDecimal> value = formula.evaluate(values);
            if (value.isPresent()) {
                out.add(new Observation(indicator.id(), y, value.get(), ObservationStatus.FINAL,
                        "formula: " + formula, ""));
                computed.add(y);
            }
        }
        for (Observation o : own) {
            if (!o.seriesId().equals(indicator.id()) || !computed.contains(o.year())) {
                out.add(o);
            }
        }
        return out;
    }
}
