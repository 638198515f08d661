package io.github.fyplan.io;


import io.github.fyplan.io.internal.MonitoringCsv;
import io.github.fyplan.io.internal.MonitoringJson;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.FyplanException;
import java.nio.file.Path;

/**
 * Writes monitoring data in canonical form, as JSON or as CSV ({@code docs/FORMAT.md}): fixed field
 * or column order, UTF-8, {@code \n} line ends, numbers in plain form exactly as held. Read back,
 * the data is equal, and writing it again gives the same bytes. Files are written atomically.
 * Immutable and thread-safe.
 */
public final class MonitoringDataWriter {
    private MonitoringDataWriter() {
    }

    /**
     * A writer.
     *
     * @return the writer
     */
    public static MonitoringDataWriter create() {
        return new MonitoringDataWriter();
    }

    /**
     * The canonical JSON bytes.
     *
     * @param data the data
     * @return UTF-8 JSON ending in a newline
     */
    public byte[] toJson(MonitoringData data) {
        return MonitoringJson.encode(data);
    }

    /**
     * The canonical CSV bytes of the observations.
     *
     * @param data the data; must hold no judgements
     * @return UTF-8 CSV with a header row
     * @throws FyplanException if the data holds judgements, which CSV cannot carry
     */
    public byte[] toCsv(MonitoringData data) {
        return MonitoringCsv.write(data);
    }

    /**
     * Writes JSON to a file atomically.
     *
     * @param data the data
     * @param file the file
     * @throws FyplanException naming the file if it cannot be written; the old file is intact
     */
    public void writeJson(MonitoringData data, Path file) {
        AtomicFiles.write(file, toJson(data));
    }

    /**
     * Writes CSV to a file atomically.
     *
     * @param data the data; must hold no judgements
     * @param file the file
     * @throws FyplanException if the data holds judgements, or naming the file if it cannot be written
     */
    public void writeCsv(MonitoringData data, Path file) {
        AtomicFiles.write(file, toCsv(data));
    }
}
