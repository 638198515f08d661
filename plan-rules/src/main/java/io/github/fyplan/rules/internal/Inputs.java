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
import java.util.Set;

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
        List<Observation> out = new ArrayList<>();
        for (int k = 0, n = observations.size(); k < n; k++) {
            Observation o = observations.get(k);
            if (isOf(indicatorId, o.seriesId()) && !o.year().isAfter(asOf)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether a series is the indicator's own or one of its components' ({@code id#n}). */
    private static boolean isOf(String indicatorId, String seriesId) {
        return seriesId.startsWith(indicatorId)
                && (seriesId.length() == indicatorId.length() || seriesId.charAt(indicatorId.length()) == '#');
    }

    /**
     * The judgements of an indicator and of its components.
     *
     * @param indicatorId the indicator's id
     * @param data        the monitoring data
     * @return the judgements
     */
    public static List<Judgement> judgementsOf(String indicatorId, MonitoringData data) {
        List<Judgement> all = data.judgements();
        if (all.isEmpty()) {
            return List.of();
        }
        List<Judgement> out = new ArrayList<>();
        for (Judgement j : all) {
            if (isOf(indicatorId, j.indicatorId())) {
                out.add(j);
            }
        }
        return out;
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
        Formula formula = formulaOf(indicator);
        if (formula == null) {
            return own;
        }
        Values computed = formulaValues(formula, SeriesIndex.of(data.observations()));
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < computed.size(); i++) {
            out.add(new Observation(indicator.id(), computed.year(i), computed.value(i), ObservationStatus.FINAL,
                    "formula: " + formula, ""));
        }
        for (Observation o : own) {
            if (!o.seriesId().equals(indicator.id()) || computed.indexOf(o.year()) < 0) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The values to assess an indicator on when its plan's observations are indexed: like
     * {@link #observationsFor}, without listing the observations again.
     *
     * @param indicator the indicator
     * @param index     the plan's observations by series
     * @return the source of the indicator's (and its components') values
     */
    static SeriesSource valuesFor(Indicator indicator, SeriesIndex index) {
        Formula formula = formulaOf(indicator);
        return formula == null ? index::values : valuesFor(formula, indicator.id(), index);
    }

    /**
     * The values to assess a derived indicator on, its formula read: like
     * {@link #valuesFor(Indicator, SeriesIndex)}.
     *
     * @param formula the indicator's formula
     * @param id      the indicator's id
     * @param index   the plan's observations by series
     * @return the source of the indicator's (and its components') values
     */
    static SeriesSource valuesFor(Formula formula, String id, SeriesIndex index) {
        Values computed = formulaValues(formula, index);
        if (computed.size() == 0) {
            return index::values;
        }
        return (seriesId, asOf) -> seriesId.equals(id) ? Values.merge(index.values(seriesId, asOf), computed, asOf)
                : index.values(seriesId, asOf);
    }

    /** The formula of a derived indicator; null for another indicator or an unreadable formula. */
    private static Formula formulaOf(Indicator indicator) {
        if (!indicator.isDerived()) {
            return null;
        }
        try {
            return Formula.parse(indicator.formula());
        } catch (InvalidFormulaException e) {
            return null;
        }
    }

    /** The formula's value in each year every series it uses is observed, where it gives one; years increasing. */
    private static Values formulaValues(Formula formula, SeriesIndex index) {
        Set<String> variables = formula.variables();
        if (variables.isEmpty()) {
            return Values.EMPTY;
        }
        String[] names = variables.toArray(new String[0]);
        Values[] inputs = new Values[names.length];
        Year all = Year.of(Year.MAX_VALUE);
        for (int v = 0; v < names.length; v++) {
            inputs[v] = index.values(names[v], all);
        }
        Values first = inputs[0];
        Year[] years = new Year[first.size()];
        BigDecimal[] out = new BigDecimal[first.size()];
        int n = 0;
        Map<String, BigDecimal> values = new HashMap<>();
        // The years of the first series that every other series has too, in increasing order.
        for (int i = 0; i < first.size(); i++) {
            Year y = first.year(i);
            values.put(names[0], first.value(i));
            boolean everyInput = true;
            for (int v = 1; v < names.length && everyInput; v++) {
                BigDecimal x = inputs[v].get(y);
                everyInput = x != null;
                values.put(names[v], x);
            }
            if (everyInput) {
                BigDecimal value = formula.evaluate(values).orElse(null);
                if (value != null) {
                    years[n] = y;
                    out[n++] = value;
                }
            }
        }
        return new Values(years, out, n);
    }
}
