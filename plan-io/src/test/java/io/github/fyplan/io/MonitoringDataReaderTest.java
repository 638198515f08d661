package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.monitoring.Judgement;
import io.github.fyplan.model.monitoring.JudgementOutcome;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.Severity;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringDataReaderTest {
    private static final String PLAN = "cn-320402-14th";
    private static final String HEADER = "indicator_id,year,value,status,source,note\n";
    private final MonitoringDataReader reader = MonitoringDataReader.strict();

    /** PM2.5 (TN-28): 36.5 in 2020 per the Tianning plan's chapter 1. */
    static MonitoringData tianningPm25() {
        return new MonitoringData(PLAN, List.of(
                new Observation("TN-28", Year.of(2020), new BigDecimal("36.5"), ObservationStatus.FINAL,
                        "天宁区“十四五”规划纲要第一章", "PM2.5年平均浓度为36.5微克/立方米"),
                new Observation("TN-28", Year.of(2021), new BigDecimal("33.0"), ObservationStatus.PRELIMINARY,
                        "illustrative", "")),
                List.of(new Judgement("TN-26", Year.of(2021), JudgementOutcome.MET, "区发改局", LocalDate.of(2022, 3, 1),
                        "完成市下达任务")));
    }

    @Test
    void readsCsvRows() {
        String csv = HEADER + "TN-28,2020,36.5,final,\"天宁区“十四五”规划纲要第一章\",\"PM2.5年平均浓度为36.5微克/立方米\"\n"
                + "TN-28,2021,33.0,preliminary,illustrative,\n";
        MonitoringData data = reader.readCsvString(csv, PLAN).value();
        assertEquals(new MonitoringData(PLAN, tianningPm25().observations(), List.of()), data);
    }

    @Test
    void badCsvRowsAreFindingsWithLineAndColumn() {
        String csv = HEADER
                + "TN-28,2020,36.5,final,,\n"
                + "TN-28,20x1,36.5,final,,\n"
                + "TN-28,2022,36,5,final,,\n"
                + "TN-28,2023,abc,done,,\n";
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.readCsvString(csv, PLAN));
        List<Finding> f = e.findings();
        assertEquals(4, f.size(), e.getMessage());
        assertEquals("FYP-IO-032", f.get(0).code());
        assertEquals("/observations/1/year", f.get(0).jsonPointer());
        assertEquals(new Location(3, 7), f.get(0).location());
        assertEquals("column year: \"20x1\" is not a year between 1 and 9999", f.get(0).messageEn());
        assertEquals("第 year 列：\"20x1\" is not a year between 1 and 9999", f.get(0).messageZh());

        assertEquals("FYP-IO-031", f.get(1).code());
        assertEquals(4, f.get(1).location().line());
        assertEquals("row has 7 field(s), expected 6", f.get(1).messageEn());

        assertEquals("/observations/3/value", f.get(2).jsonPointer());
        assertEquals(new Location(5, 12), f.get(2).location());
        assertEquals("/observations/3/status", f.get(3).jsonPointer());
        assertEquals(new Location(5, 16), f.get(3).location());
        assertTrue(f.get(3).messageEn().contains("not one of preliminary, final, revised"));
    }

    @Test
    void aWrongHeaderIsRejected() {
        Finding f = assertThrows(UnreadableInputException.class,
                () -> reader.readCsvString("id,year,value\nTN-28,2020,36.5\n", PLAN)).findings().get(0);
        assertEquals("FYP-IO-030", f.code());
        assertEquals(new Location(1, 1), f.location());
        assertEquals("the header must be indicator_id,year,value,status,source,note, was id,year,value", f.messageEn());
    }

    @Test
    void anEmptyCsvIsRejected() {
        assertEquals("FYP-IO-002", assertThrows(UnreadableInputException.class,
                () -> reader.readCsvString("", PLAN)).findings().get(0).code());
    }

    @Test
    void anUnclosedQuoteIsASyntaxErrorWithALocation() {
        Finding f = assertThrows(UnreadableInputException.class,
                () -> reader.readCsvString(HEADER + "TN-28,2020,36.5,final,\"open,\n", PLAN)).findings().get(0);
        assertEquals("FYP-IO-001", f.code());
        assertTrue(f.location() != null && f.location().line() >= 2, String.valueOf(f.location()));
    }

    @Test
    void readsGb18030CsvWithAnExplicitCharsetAndRejectsItAsUtf8(@TempDir Path dir) throws Exception {
        Charset gb = Charset.forName("GB18030");
        Path file = dir.resolve("data.csv");
        Files.write(file, (HEADER + "TN-28,2020,36.5,final,统计公报,\n").getBytes(gb));
        assertEquals("统计公报", reader.withCharset(gb).readCsv(file, PLAN).value().observations().get(0).source());
        Finding f = assertThrows(UnreadableInputException.class, () -> reader.readCsv(file, PLAN)).findings().get(0);
        assertEquals("FYP-IO-003", f.code());
        // 统 is CD B3 in GB18030, which happens to be valid UTF-8 (U+0373); the next byte is not
        assertEquals(new Location(2, 24), f.location());
        assertTrue(f.messageEn().contains("is not valid UTF-8"), f.messageEn());
    }

    @Test
    void readsMonitoringJsonWithJudgements() {
        byte[] json = MonitoringDataWriter.create().toJson(tianningPm25());
        assertEquals(tianningPm25(), reader.readJson(new ByteArrayInputStream(json), "data.json").value());
    }

    @Test
    void badMonitoringJsonReportsEveryProblemWithLocations() {
        String json = """
                {
                  "formatVersion": "1.0",
                  "planId": "cn-320402-14th",
                  "observations": [
                    {"seriesId": "TN-28", "year": "2020", "value": 36.5, "status": "final", "source": "", "note": ""},
                    {"seriesId": "TN-28", "year": 2021, "value": "33", "status": "provisional"}
                  ],
                  "judgements": [
                    {"indicatorId": "TN-26", "year": 2021, "outcome": "met", "judgedBy": "区发改局", "judgedOn": "2022-13-01"}
                  ]
                }
                """;
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.readJsonString(json));
        assertEquals(List.of("/observations/0/year", "/observations/1/value", "/observations/1/status",
                "/judgements/0/judgedOn"), e.findings().stream().map(Finding::jsonPointer).toList());
        assertEquals(PlanReaderTest.at(json, "\"2020\""), e.findings().get(0).location());
        assertEquals(PlanReaderTest.at(json, "\"33\""), e.findings().get(1).location());
        assertEquals("invalid value: \"2022-13-01\" is not a date yyyy-mm-dd", e.findings().get(3).messageEn());
    }

    @Test
    void lenientJsonReadingWarnsAboutUnknownFields() {
        String json = "{\"formatVersion\": \"1.0\", \"planId\": \"p\", \"observations\": [], \"judgements\": [], \"by\": 1}";
        assertEquals("FYP-IO-012", assertThrows(UnreadableInputException.class, () -> reader.readJsonString(json))
                .findings().get(0).code());
        ReadResult<MonitoringData> r = MonitoringDataReader.lenient().readJsonString(json);
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertEquals("p", r.value().planId());
    }
}
