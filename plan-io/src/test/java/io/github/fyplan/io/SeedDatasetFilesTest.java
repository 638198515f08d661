package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.io.text.SeedDatasets;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.GoalKind;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The checked-in seed datasets ({@code examples/src/main/resources/seeds/*.plan.json}) are exactly
 * what the importer plus the reviewed corrections ({@link SeedDatasets}) produce, and they hold the
 * counts of the documents. Run with {@code -Dfyplan.regenerateSeeds=true} to rewrite the files
 * after a reviewed change; the diff then shows every change to the datasets.
 */
class SeedDatasetFilesTest {
    private static final Path SEEDS = ExampleResources.DIR.resolve("seeds");

    @Test
    void tianningDatasetIsTheReviewedImport() throws IOException {
        Plan plan = checkFile("tianning.plan.json", SeedDatasets::tianning);
        assertEquals(11, plan.chapters().size());
        assertEquals(35, plan.divisions(DivisionLevel.SECTION).size());
        assertEquals(92, plan.divisions(DivisionLevel.ITEM).size());
        assertEquals(6, plan.goals().stream().filter(g -> g.kind() == GoalKind.MAIN).count());
        assertEquals(1, plan.goals().stream().filter(g -> g.kind() == GoalKind.VISION).count());
        assertEquals(41, plan.indicators().size());
        assertEquals(4, plan.categories().size());
        assertEquals(10, plan.boxes().size());
    }

    @Test
    void wujinDatasetIsTheReviewedImport() throws IOException {
        Plan plan = checkFile("wujin.plan.json", SeedDatasets::wujin);
        assertEquals(6, plan.divisions(DivisionLevel.PART).size());
        assertEquals(20, plan.chapters().size());
        assertEquals(57, plan.divisions(DivisionLevel.SECTION).size());
        assertEquals(19, plan.divisions(DivisionLevel.ITEM).size());
        assertEquals(7, plan.goals().stream().filter(g -> g.kind() == GoalKind.MAIN).count());
        assertEquals(1, plan.goals().stream().filter(g -> g.kind() == GoalKind.VISION).count());
        assertEquals(37, plan.indicators().size());
        assertEquals(5, plan.categories().size());
    }

    /** Reads the checked-in file strictly and compares it byte for byte with a fresh write. */
    private static Plan checkFile(String name, Supplier<Plan> reviewed) throws IOException {
        Path file = SEEDS.resolve(name);
        byte[] expected = PlanWriter.create().toBytes(reviewed.get());
        if (Boolean.getBoolean("fyplan.regenerateSeeds")) {
            PlanWriter.create().write(reviewed.get(), file);
        }
        assertTrue(Files.exists(file), () -> file + " is missing; run with -Dfyplan.regenerateSeeds=true");
        assertArrayEquals(expected, Files.readAllBytes(file),
                () -> name + " differs from the reviewed import; regenerate and review the diff");
        ReadResult<Plan> read = PlanReader.strict().read(file);
        List<Finding> errors = read.findings().stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors);
        return read.value();
    }
}
