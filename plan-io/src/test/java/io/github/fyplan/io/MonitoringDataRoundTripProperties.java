package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.fyplan.model.fixtures.PlanGenerators;
import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.monitoring.Observation;
import io.github.fyplan.model.monitoring.ObservationStatus;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round trips of generated monitoring data through JSON and CSV. */
class MonitoringDataRoundTripProperties {
    private final MonitoringDataWriter writer = MonitoringDataWriter.create();
    private final MonitoringDataReader reader = MonitoringDataReader.strict();

    /** Text with the characters CSV must quote: separators, quotes, line ends, edge spaces. */
    private static Gen<String> awkwardText() {
        Gen<String> pieces = integers().between(0, 9).map(i -> List.of(",", "\"", "\n", "\r\n", " ", "统计公报", "a\"b",
                "；", "#", "x").get(i));
        return lists().of(pieces).ofSizeBetween(0, 6).map(l -> String.join("", l));
    }

    private static Gen<Observation> observations() {
        return integers().between(0, 9999).zip(PlanGenerators.signedDecimals(), integers().between(0, 2),
                awkwardText(), (year, value, status, text) -> new Observation("TN-" + (year % 41 + 1),
                        Year.of(Math.max(1, year)), value, ObservationStatus.values()[status], text, text.strip()));
    }

    @Test
    void jsonRoundTripsAndIsByteStable() {
        qt().withExamples(200).forAll(PlanGenerators.plansWithData()).checkAssert(pd -> {
            byte[] bytes = writer.toJson(pd.data());
            MonitoringData read = reader.readJson(new ByteArrayInputStream(bytes), "data.json").value();
            assertEquals(pd.data(), read);
            assertArrayEquals(bytes, writer.toJson(read));
        });
    }

    @Test
    void csvRoundTripsAndIsByteStable() {
        qt().withExamples(200).forAll(PlanGenerators.plansWithData()).checkAssert(pd -> {
            MonitoringData observationsOnly = new MonitoringData(pd.data().planId(), pd.data().observations(), List.of());
            byte[] bytes = writer.toCsv(observationsOnly);
            MonitoringData read = reader.readCsv(new ByteArrayInputStream(bytes), "data.csv", pd.data().planId()).value();
            assertEquals(observationsOnly, read);
            assertArrayEquals(bytes, writer.toCsv(read));
        });
    }

    @Test
    void csvKeepsAwkwardTextAndSignedDecimals() {
        qt().withExamples(300).forAll(lists().of(observations()).ofSizeBetween(0, 8)).checkAssert(obs -> {
            MonitoringData data = new MonitoringData("cn-320402-14th", obs, List.of());
            byte[] bytes = writer.toCsv(data);
            assertEquals(data, reader.readCsvString(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), data.planId()).value());
            assertEquals(data, reader.readJson(new ByteArrayInputStream(writer.toJson(data)), "x").value());
        });
    }

    @Test
    void jsonKeepsAnyStringAndTheScaleOfNumbers() {
        qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 20), PlanGenerators.signedDecimals())
                .checkAssert((text, value) -> {
                    String clean = text.codePoints().filter(c -> !Character.isSurrogate((char) c) || c > 0xFFFF)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                    MonitoringData data = new MonitoringData("p", List.of(new Observation("S", Year.of(2021),
                            value, ObservationStatus.REVISED, clean, clean)), List.of());
                    MonitoringData read = reader.readJson(new ByteArrayInputStream(writer.toJson(data)), "x").value();
                    assertEquals(data, read);
                    assertEquals(value.scale(), read.observations().get(0).value().scale());
                    assertEquals(0, new BigDecimal(value.toPlainString()).compareTo(read.observations().get(0).value()));
                });
    }
}
