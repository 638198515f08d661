package io.github.fyplan.io;


import io.github.fyplan.io.internal.MonitoringCsv;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.SeriesDefinition;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Exports monitoring data as SDMX-CSV (version 1.0 layout), which statistical systems read: one
 * series per indicator or series, one row per year, with the columns
 * {@code DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,COMMENT_OBS}.
 *
 * <p>{@code REF_AREA} is the plan's administrative division code, {@code INDICATOR} the indicator's
 * or series' id, {@code UNIT_MEASURE} its unit as printed. {@code OBS_STATUS} uses the SDMX code list
 * CL_OBS_STATUS: a preliminary value is {@code P} (provisional), a final or revised value {@code A}
 * (normal). Where a year has several observations, the most final one is exported (revised over
 * final over preliminary). Series follow the plan's indicator order, then its series, then any other
 * id alphabetically; rows follow the year. UTF-8, {@code \n}, a header row. Immutable and thread-safe.
 */
public final class SdmxCsvWriter {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("DATAFLOW", "REF_AREA", "INDICATOR", "TIME_PERIOD", "OBS_VALUE",
            "UNIT_MEASURE", "OBS_STATUS", "COMMENT_OBS");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_@$-]+");

    private final String dataflow;

    private SdmxCsvWriter(String dataflow) {
        this.dataflow = dataflow;
    }

    /**
     * A writer for the dataflow {@code FYPLAN:PLAN_MONITORING(1.0)}.
     *
     * @return the writer
     */
    public static SdmxCsvWriter create() {
        return new SdmxCsvWriter("FYPLAN:PLAN_MONITORING(1.0)");
    }

    /**
     * A writer for another dataflow, written {@code AGENCY:ID(VERSION)}.
     *
     * @param agency  the maintenance agency, such as {@code CN_NBS}
     * @param id      the dataflow id
     * @param version the version, such as {@code 1.0}
     * @return the writer
     * @throws FyplanException if a part is not an SDMX identifier
     */
    public SdmxCsvWriter withDataflow(String agency, String id, String version) {
        for (String part : List.of(agency, id)) {
            if (!ID.matcher(Objects.requireNonNull(part, "dataflow part")).matches()) {
                throw new FyplanException("\"" + part + "\" is not an SDMX identifier ([A-Za-z0-9_@$-]+)");
            }
        }
        if (!version.matches("\\d+(\\.\\d+){0,2}")) {
            throw new FyplanException("\"" + version + "\" is not an SDMX version such as 1.0");
        }
        return new SdmxCsvWriter(agency + ":" + id + "(" + version + ")");
    }

    /**
     * The dataflow written in the first column.
     *
     * @return such as {@code FYPLAN:PLAN_MONITORING(1.0)}
     */
    public String dataflow() {
        return dataflow;
    }

    /**
     * The SDMX-CSV text.
     *
     * @param plan the plan, for the region code, the series order and the units
     * @param data its monitoring data
     * @return the CSV text
     */
    public String toCsv(Plan plan, MonitoringData data) {
        Map<String, String> units = new LinkedHashMap<>();
        for (Indicator i : plan.indicators()) {
            units.putIfAbsent(i.id(), i.unit());
        }
        for (SeriesDefinition s : plan.series()) {
            units.putIfAbsent(s.id(), s.unit());
        }
        Map<String, Map<Integer, Observation>> bySeries = new TreeMap<>();
        for (Observation o : data.observations()) {
            bySeries.computeIfAbsent(o.seriesId(), k -> new TreeMap<>())
                    .merge(o.year().getValue(), o, (a, b) -> rank(b.status()) > rank(a.status()) ? b : a);
        }
        List<String> order = new ArrayList<>();
        units.keySet().stream().filter(bySeries::containsKey).forEach(order::add);
        bySeries.keySet().stream().filter(k -> !units.containsKey(k)).sorted(Comparator.naturalOrder()).forEach(order::add);
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (String id : order) {
            for (Observation o : bySeries.get(id).values()) {
                rows.add(List.of(dataflow, plan.region().code(), id, o.year().toString(), o.value().toPlainString(),
                        units.getOrDefault(id, ""), o.status() == ObservationStatus.PRELIMINARY ? "P" : "A", o.note()));
            }
        }
        try {
            return MonitoringCsv.csv(rows);
        } catch (IOException | RuntimeException e) {
            throw new FyplanException("cannot write SDMX-CSV for plan " + plan.id() + ": " + e, e);
        }
    }

    /**
     * Writes the SDMX-CSV file atomically.
     *
     * @param plan the plan
     * @param data its monitoring data
     * @param file the file
     * @throws FyplanException naming the file if it cannot be written
     */
    public void write(Plan plan, MonitoringData data, Path file) {
        AtomicFiles.write(file, toCsv(plan, data).getBytes(StandardCharsets.UTF_8));
    }

    private static int rank(ObservationStatus s) {
        switch (s) {
            case PRELIMINARY:
                return 0;
            case FINAL:
                return 1;
            default:
                return 2;
        }
    }
}
