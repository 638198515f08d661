package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.fyplan.io.PlanFormat;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Monitoring data as CSV (observations only): UTF-8, a header row
 * {@code indicator_id,year,value,status,source,note}, one row per observation, read and written with
 * jackson-dataformat-csv. Bad rows are findings with their file line and column.
 */
public final class MonitoringCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("indicator_id", "year", "value", "status", "source", "note");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1," + PlanFormat.MAX_DIGITS + "}(\\.\\d{1,"
            + PlanFormat.MAX_DIGITS + "})?");
    private static final Pattern YEAR = Pattern.compile("\\d{1,4}");
    private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(JsonSupport.CONSTRAINTS).build())
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            // quote a field only when it must be: separator, quote, line end, edge white space
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");

    private MonitoringCsv() {
    }

    /**
     * Reads observations from CSV text.
     *
     * @param text   the text, without a byte order mark
     * @param source the source's name
     * @param planId the plan the data belongs to
     * @return the data and warnings
     * @throws UnreadableInputException with every bad row
     */
    public static MonitoringData read(String text, String source, String planId) {
        if (text.isBlank()) {
            throw new UnreadableInputException(source, List.of(Problems.error("", new Location(1, 1), Problems.EMPTY)), null);
        }
        List<Finding> problems = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            ((CsvParser) p).setSchema(SCHEMA);
            boolean header = true;
            int row = 0;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                // the parser gives a row start no token location; its current location is the line start
                Location rowAt = TreeParser.location(p.currentLocation());
                List<String> fields = new ArrayList<>();
                List<Location> at = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    at.add(TreeParser.location(p.currentTokenLocation()));
                    fields.add(p.getText());
                }
                if (header) {
                    header = false;
                    List<String> names = fields.stream().map(String::strip).toList();
                    if (!names.equals(COLUMNS)) {
                        throw new UnreadableInputException(source, List.of(Problems.error("", rowAt, Problems.CSV_HEADER,
                                "expected", String.join(",", COLUMNS), "found", String.join(",", fields))), null);
                    }
                    continue;
                }
                Observation o = row(fields, at, rowAt, Paths.index("observations", row), problems);
                if (o != null) {
                    observations.add(o);
                }
                row++;
            }
            if (header) {
                throw new UnreadableInputException(source, List.of(Problems.error("", new Location(1, 1), Problems.EMPTY)), null);
            }
        } catch (UnreadableInputException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(Problems.error("", TreeParser.location(e.getLocation()), Problems.SYNTAX,
                    "detail", String.valueOf(e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.error("", null, Problems.SYNTAX, "detail", String.valueOf(e.getMessage())));
        }
        if (problems.stream().anyMatch(Finding::isError)) {
            throw new UnreadableInputException(source, problems, null);
        }
        return new MonitoringData(planId, observations, List.of());
    }

    private static Observation row(List<String> f, List<Location> at, Location rowAt, String path, List<Finding> problems) {
        if (f.size() != COLUMNS.size()) {
            problems.add(Problems.finding(Severity.ERROR, path, rowAt, Problems.CSV_ROW,
                    "found", Integer.toString(f.size()), "expected", Integer.toString(COLUMNS.size())));
            return null;
        }
        int before = problems.size();
        String id = f.get(0).strip();
        if (id.isEmpty()) {
            problems.add(value(path, "seriesId", at.get(0), COLUMNS.get(0), "an id is required"));
        }
        String yearText = f.get(1).strip();
        Year year = null;
        if (YEAR.matcher(yearText).matches() && Integer.parseInt(yearText) >= Reading.MIN_YEAR) {
            year = Year.of(Integer.parseInt(yearText));
        } else {
            problems.add(value(path, "year", at.get(1), COLUMNS.get(1),
                    "\"" + yearText + "\" is not a year between " + Reading.MIN_YEAR + " and " + Reading.MAX_YEAR));
        }
        String valueText = f.get(2).strip();
        BigDecimal value = null;
        if (DECIMAL.matcher(valueText).matches()) {
            value = new BigDecimal(valueText);
        } else {
            problems.add(value(path, "value", at.get(2), COLUMNS.get(2),
                    "\"" + abbreviate(valueText) + "\" is not a decimal number such as 36.5"));
        }
        String statusText = f.get(3).strip();
        ObservationStatus status = Reading.enumConstant(ObservationStatus.class, statusText);
        if (status == null) {
            problems.add(value(path, "status", at.get(3), COLUMNS.get(3),
                    "\"" + abbreviate(statusText) + "\" is not one of preliminary, final, revised"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Observation(id, year, value, status, f.get(4), f.get(5));
    }

    private static Finding value(String path, String field, Location at, String column, String detail) {
        return Problems.error(Paths.field(path, field), at, Problems.CSV_VALUE, "column", column, "detail", detail);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * The canonical CSV bytes of observations.
     *
     * @param data the data, without judgements
     * @return UTF-8 CSV with a header row, {@code \n} line ends
     * @throws FyplanException if the data holds judgements, which CSV cannot carry
     */
    public static byte[] write(MonitoringData data) {
        if (!data.judgements().isEmpty()) {
            throw new FyplanException("monitoring data of " + data.planId() + " holds " + data.judgements().size()
                    + " judgement(s), which the CSV format cannot carry: write JSON, or drop the judgements first");
        }
        StringWriter out = new StringWriter();
        try (CsvGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setSchema(SCHEMA);
            row(g, COLUMNS);
            for (Observation o : data.observations()) {
                row(g, List.of(o.seriesId(), o.year().toString(), o.value().toPlainString(), Reading.enumName(o.status()),
                        o.source(), o.note()));
            }
        } catch (IOException | RuntimeException e) {
            throw new FyplanException("cannot write the monitoring data of " + data.planId() + " as CSV: " + e, e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes one row of any CSV with the same layout (used by the SDMX export too).
     *
     * @param g      the generator
     * @param fields the fields
     * @throws IOException from the generator
     */
    static void row(CsvGenerator g, List<String> fields) throws IOException {
        g.writeStartArray();
        for (String f : fields) {
            g.writeString(f);
        }
        g.writeEndArray();
    }

    /**
     * A CSV text of rows, header first, in the canonical layout.
     *
     * @param rows the rows
     * @return the text
     * @throws IOException from the generator
     */
    public static String csv(List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CsvGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setSchema(SCHEMA);
            for (List<String> r : rows) {
                row(g, r);
            }
        }
        return out.toString();
    }
}
