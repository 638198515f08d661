package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.fyplan.model.monitoring.MonitoringData;
import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** CSV robustness: any text after a valid header gives data or the documented exception with locations. */
class MonitoringCsvFuzzProperties {
    private static final List<String> PIECES = List.of(",", "\"", "\n", "\r\n", "TN-28", "2021", "36.5", "final",
            "preliminary", "x", " ", "-", "1e5", "统计", "\"\"", ",,");

    private static Gen<String> rows() {
        return lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get)).ofSizeBetween(0, 40)
                .map(l -> String.join("", l));
    }

    @Test
    void anyBodyGivesDataOrFindingsWithLocations() {
        MonitoringDataReader reader = MonitoringDataReader.strict();
        qt().withFixedSeed(7L).withExamples(2_000).forAll(rows()).checkAssert(body -> {
            String csv = "indicator_id,year,value,status,source,note\n" + body;
            try {
                MonitoringData data = reader.readCsvString(csv, "p").value();
                assertEquals("p", data.planId());
                assertTrue(data.observations().size() <= csv.split("\n", -1).length);
            } catch (UnreadableInputException e) {
                assertFalse(e.findings().isEmpty());
                for (Finding f : e.findings()) {
                    assertTrue(f.code().startsWith("FYP-IO-"), f::toString);
                    assertNotNull(f.location(), () -> "no location: " + f + " in " + csv);
                }
            }
        });
    }
}
