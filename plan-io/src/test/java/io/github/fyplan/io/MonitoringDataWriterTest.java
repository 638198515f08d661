package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.FyplanException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringDataWriterTest {
    private final MonitoringDataWriter writer = MonitoringDataWriter.create();

    @Test
    void writesCanonicalCsv() {
        MonitoringData data = MonitoringDataReaderTest.tianningPm25();
        String csv = new String(writer.toCsv(new MonitoringData(data.planId(), data.observations(), List.of())),
                StandardCharsets.UTF_8);
        assertEquals("""
                indicator_id,year,value,status,source,note
                TN-28,2020,36.5,final,天宁区“十四五”规划纲要第一章,PM2.5年平均浓度为36.5微克/立方米
                TN-28,2021,33.0,preliminary,illustrative,
                """, csv);
    }

    @Test
    void writesCanonicalJson() {
        String json = new String(writer.toJson(MonitoringDataReaderTest.tianningPm25()), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"planId\": \"cn-320402-14th\",\n  \"observations\": [\n    {\n      \"seriesId\": \"TN-28\",\n      \"year\": 2020,\n      \"value\": 36.5,\n      \"status\": \"final\","), json);
        assertTrue(json.contains("\"judgedOn\": \"2022-03-01\""), json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void refusesToDropJudgementsInCsv() {
        FyplanException e = assertThrows(FyplanException.class, () -> writer.toCsv(MonitoringDataReaderTest.tianningPm25()));
        assertTrue(e.getMessage().contains("1 judgement(s), which the CSV format cannot carry"), e.getMessage());
    }

    @Test
    void writesFilesAtomically(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("data.json");
        writer.writeJson(MonitoringDataReaderTest.tianningPm25(), json);
        assertEquals(MonitoringDataReaderTest.tianningPm25(), MonitoringDataReader.strict().readJson(json).value());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
