package io.github.fyplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each example program's {@code main} and compares what it prints with a golden file under
 * {@code src/test/resources/golden/examples/}. A change in output must be accepted by a person: run
 * with {@code -Dfyplan.regenerateGolden=true} to rewrite the golden files (the test then fails, so a
 * regenerated build is never green by accident), look at the diff, and commit it.
 */
class ExampleProgramsTest {
    private static final boolean REGENERATE = Boolean.getBoolean("fyplan.regenerateGolden");

    static Stream<Arguments> programs() {
        return Stream.of(
                program("LoadAndValidatePlan", LoadAndValidatePlan::main),
                program("EvaluateWithEachMethod", EvaluateWithEachMethod::main),
                program("AnnualTracking", AnnualTracking::main),
                program("CustomIndicatorRule", CustomIndicatorRule::main),
                program("ComparePlans", ComparePlans::main),
                program("ImportPlanFromText", ImportPlanFromText::main));
    }

    private static Arguments program(String name, Consumer<String[]> main) {
        return Arguments.of(name, main);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void printsWhatItsGoldenFileHolds(String name, Consumer<String[]> main) throws IOException {
        String actual = run(main);
        assertFalse(actual.isBlank(), name + " printed nothing");
        assertEquals(actual, run(main), name + " is not deterministic");
        String file = name + ".txt";
        if (REGENERATE) {
            Path path = Path.of("src/test/resources/golden/examples", file);
            Files.writeString(path, actual, StandardCharsets.UTF_8);
            throw new AssertionError("regenerated " + path.toAbsolutePath() + "; review the diff and run again");
        }
        assertEquals(golden(file), actual, name + " differs from golden/examples/" + file);
    }

    /** Runs a main with {@code System.out} captured; the programs write UTF-8 whatever the platform. */
    static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = ExampleProgramsTest.class.getResourceAsStream("/golden/examples/" + file)) {
            assertNotNull(in, "no golden file golden/examples/" + file
                    + "; run with -Dfyplan.regenerateGolden=true, review it and commit it");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
