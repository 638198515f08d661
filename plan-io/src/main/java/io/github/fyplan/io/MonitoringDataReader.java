package io.github.fyplan.io;

import io.github.fyplan.io.internal.MonitoringCsv;
import io.github.fyplan.io.internal.MonitoringJson;
import io.github.fyplan.io.internal.Pipeline;
import io.github.fyplan.io.internal.Reading;
import io.github.fyplan.io.internal.SourceText;
import io.github.fyplan.io.internal.TreeParser;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads monitoring data (yearly observations of indicators, and judgements of qualitative targets)
 * from the two files a statistics office can produce: fyplan's monitoring JSON, and CSV with the
 * header {@code indicator_id,year,value,status,source,note} (observations only). Both are described
 * in {@code docs/FORMAT.md}.
 *
 * <p>Problems throw {@link UnreadableInputException} with every finding: for JSON with a JSON Pointer
 * and line:column, for CSV with the row's pointer ({@code /observations/3/value}) and the file's line
 * and column. Whether the data fits a plan (known series, years in the period, duplicates) is for
 * {@link io.github.fyplan.model.validation.PlanValidator#validate(io.github.fyplan.model.Plan, MonitoringData)}.
 * No exception other than fyplan's escapes. Immutable and thread-safe.
 */
public final class MonitoringDataReader {
    private final boolean strict;
    private final Charset charset;

    private MonitoringDataReader(boolean strict, Charset charset) {
        this.strict = strict;
        this.charset = charset;
    }

    /**
     * A reader that rejects unknown JSON fields.
     *
     * @return a strict UTF-8 reader
     */
    public static MonitoringDataReader strict() {
        return new MonitoringDataReader(true, StandardCharsets.UTF_8);
    }

    /**
     * A reader that skips unknown JSON fields with a warning.
     *
     * @return a lenient UTF-8 reader
     */
    public static MonitoringDataReader lenient() {
        return new MonitoringDataReader(false, StandardCharsets.UTF_8);
    }

    /**
     * A reader like this one for input in another charset, such as GB18030.
     *
     * @param newCharset the charset
     * @return the reader
     */
    public MonitoringDataReader withCharset(Charset newCharset) {
        return new MonitoringDataReader(strict, Objects.requireNonNull(newCharset, "charset"));
    }

    /**
     * Reads a monitoring JSON file.
     *
     * @param path the file
     * @return the data and warnings
     * @throws UnreadableInputException with every problem
     */
    public ReadResult<MonitoringData> readJson(Path path) {
        String source = path.toString();
        return Pipeline.guarded(source, () -> json(SourceText.decode(SourceText.read(path), charset, source), source));
    }

    /**
     * Reads monitoring JSON from a stream, which is not closed.
     *
     * @param in     the stream
     * @param source a name for messages
     * @return the data and warnings
     * @throws UnreadableInputException with every problem
     */
    public ReadResult<MonitoringData> readJson(InputStream in, String source) {
        return Pipeline.guarded(source, () -> json(SourceText.decode(SourceText.read(in, source), charset, source), source));
    }

    /**
     * Reads monitoring JSON from a string.
     *
     * @param json the document
     * @return the data and warnings
     * @throws UnreadableInputException with every problem
     */
    public ReadResult<MonitoringData> readJsonString(String json) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        return Pipeline.guarded("<string>", () -> json(text, "<string>"));
    }

    /**
     * Reads a CSV file of observations.
     *
     * @param path   the file
     * @param planId the plan the data belongs to
     * @return the data (without judgements)
     * @throws UnreadableInputException with every bad row
     */
    public ReadResult<MonitoringData> readCsv(Path path, String planId) {
        String source = path.toString();
        return Pipeline.guarded(source, () -> csv(SourceText.decode(SourceText.read(path), charset, source), source, planId));
    }

    /**
     * Reads CSV observations from a stream, which is not closed.
     *
     * @param in     the stream
     * @param source a name for messages
     * @param planId the plan the data belongs to
     * @return the data (without judgements)
     * @throws UnreadableInputException with every bad row
     */
    public ReadResult<MonitoringData> readCsv(InputStream in, String source, String planId) {
        return Pipeline.guarded(source, () -> csv(SourceText.decode(SourceText.read(in, source), charset, source), source, planId));
    }

    /**
     * Reads CSV observations from a string.
     *
     * @param csv    the text
     * @param planId the plan the data belongs to
     * @return the data (without judgements)
     * @throws UnreadableInputException with every bad row
     */
    public ReadResult<MonitoringData> readCsvString(String csv, String planId) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return Pipeline.guarded("<string>", () -> csv(text, "<string>", planId));
    }

    private ReadResult<MonitoringData> json(String text, String source) {
        Reading reading = new Reading(source, TreeParser.parse(text, source), strict);
        MonitoringData data = MonitoringJson.bind(reading);
        reading.throwIfErrors();
        return new ReadResult<>(data, reading.findings());
    }

    private static ReadResult<MonitoringData> csv(String text, String source, String planId) {
        Objects.requireNonNull(planId, "planId");
        return new ReadResult<>(MonitoringCsv.read(text, source, planId), List.of());
    }
}
