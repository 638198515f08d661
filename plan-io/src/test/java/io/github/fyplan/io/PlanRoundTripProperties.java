package io.github.fyplan.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.fixtures.PlanGenerators;
import io.github.fyplan.model.problem.Finding;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Round trips of generated valid plans through the JSON format. */
class PlanRoundTripProperties {
    private final PlanWriter writer = PlanWriter.create();
    private final PlanReader reader = PlanReader.strict();

    @Test
    void readingWhatWasWrittenGivesAnEqualPlan() {
        qt().withExamples(300).forAll(PlanGenerators.plans()).checkAssert(plan -> {
            byte[] bytes = writer.toBytes(plan);
            ReadResult<Plan> read = reader.read(new ByteArrayInputStream(bytes));
            assertEquals(plan, read.value());
            assertTrue(read.findings().stream().noneMatch(Finding::isError));
        });
    }

    @Test
    void writingTwiceGivesIdenticalBytes() {
        qt().withExamples(300).forAll(PlanGenerators.plans()).checkAssert(plan -> {
            byte[] first = writer.toBytes(plan);
            byte[] second = writer.toBytes(reader.read(new ByteArrayInputStream(first)).value());
            assertArrayEquals(first, second);
        });
    }

    @Test
    void validationWarningsComeBackWithTheLocationOfTheirPointer() {
        qt().withExamples(100).forAll(PlanGenerators.plans()).checkAssert(plan -> {
            ReadResult<Plan> read = reader.readString(writer.toJson(plan));
            for (Finding f : read.findings()) {
                assertTrue(f.location() != null, () -> "no location for " + f);
            }
        });
    }
}
