package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.fyplan.model.fixtures.PlanGenerators;
import io.github.fyplan.model.problem.FyplanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema, checked with an independent validator (networknt, draft 2020-12):
 * every document fyplan writes conforms, and the schema is strict enough to reject what the reader
 * rejects.
 */
class PlanSchemaTest {
    /** Seed plans another part of the project publishes as JSON, when they exist. */
    private static final Path SEEDS = Path.of("..", "examples", "src", "main", "resources", "seeds");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(PlanFormat.schema());
    private final PlanWriter writer = PlanWriter.create();

    private static Set<ValidationMessage> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @Test
    void theSchemaIsDraft202012AndShipsInTheJar() {
        String schema = PlanFormat.schema();
        assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
        assertTrue(PlanFormat.class.getResource(PlanFormat.SCHEMA_RESOURCE).toString().contains("fyplan-schema"));
    }

    @Test
    void theGoldenPlanConforms() {
        assertEquals(Set.of(), validate(writer.toJson(GoldenPlans.tianningExcerpt())));
    }

    @Test
    void generatedPlansConform() {
        qt().withExamples(200).forAll(PlanGenerators.plans())
                .checkAssert(plan -> assertEquals(Set.of(), validate(writer.toJson(plan))));
    }

    @Test
    void seedPlansPublishedAsJsonConformAndRead() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            return; // the seed plans are converted to JSON by another part of the project
        }
        List<Path> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.filter(p -> p.getFileName().toString().endsWith(".plan.json")).sorted().toList();
        }
        for (Path seed : seeds) {
            assertEquals(Set.of(), validate(Files.readString(seed, StandardCharsets.UTF_8)), seed.toString());
            assertFalse(PlanReader.strict().read(seed).value().indicators().isEmpty(), seed.toString());
        }
    }

    @Test
    void theSchemaRejectsWhatTheStrictReaderRejects() {
        String golden = writer.toJson(GoldenPlans.tianningExcerpt());
        List<String> bad = List.of(
                golden.replace("\"unit\": \"亿元\",", "\"unit\": \"亿元\", \"colour\": \"red\","),
                golden.replace("\"level\": \"district\"", "\"level\": \"DISTRICT\""),
                golden.replace("\"type\": \"average-growth\"", "\"type\": \"growth\""),
                golden.replace("\"horizon\": 2025,", "\"horizon\": \"2025\","),
                golden.replace("  \"title\": \"天宁区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\",\n", ""),
                golden.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""),
                golden.replace("\"value\": 17,", "\"value\": \"17\","));
        for (String doc : bad) {
            assertFalse(validate(doc).isEmpty(), doc);
            assertThrows(FyplanException.class, () -> PlanReader.strict().readString(doc));
        }
    }
}
