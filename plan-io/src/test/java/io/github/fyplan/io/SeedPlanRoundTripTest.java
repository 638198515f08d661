package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.fyplan.io.text.SeedDatasets;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.Finding;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The two reviewed seed plans (imported from the seed texts) survive the JSON format unchanged. */
class SeedPlanRoundTripTest {
    private final PlanWriter writer = PlanWriter.create();

    private void roundTrips(Plan seed, int indicators) {
        byte[] bytes = writer.toBytes(seed);
        ReadResult<Plan> read = PlanReader.strict().read(new ByteArrayInputStream(bytes), seed.id());
        assertEquals(seed, read.value());
        assertEquals(indicators, read.value().indicators().size());
        assertTrue(read.findings().stream().noneMatch(Finding::isError));
        assertTrue(read.findings().stream().allMatch(f -> f.location() != null), read.findings()::toString);
        assertArrayEquals(bytes, writer.toBytes(read.value()));
        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(PlanFormat.schema()).validate(new String(bytes, StandardCharsets.UTF_8), InputFormat.JSON));
    }

    @Test
    void tianningRoundTrips() {
        roundTrips(SeedDatasets.tianning(), 41);
        String json = writer.toJson(SeedDatasets.tianning());
        // Tianning 22: the ratio 0.93 under a % unit is kept as written, in both forms
        assertTrue(json.contains("\"name\": \"义务教育优质均衡比例\""), "TN-22 present");
        assertTrue(json.contains("\"targetWording\": \"0.93\""), "TN-22 wording kept");
    }

    @Test
    void wujinRoundTrips() {
        roundTrips(SeedDatasets.wujin(), 37);
        String json = writer.toJson(SeedDatasets.wujin());
        assertTrue(json.contains("\"targetWording\": \"较2020年降低30%\""), "WJ-34 wording kept");
        assertTrue(json.contains("\"type\": \"composite\""), "WJ-33 composite kept");
    }
}
