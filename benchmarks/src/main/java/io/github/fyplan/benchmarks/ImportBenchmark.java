package io.github.fyplan.benchmarks;

import io.github.fyplan.io.text.ImportResult;
import io.github.fyplan.io.text.PlanTextImporter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4: importing a seed outline's text with {@link PlanTextImporter}, in milliseconds per
 * plan on one thread. Goal: under 50 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ImportBenchmark {

    /** The seed: {@code TIANNING} or {@code WUJIN}. */
    @Param({"TIANNING", "WUJIN"})
    public String seed;

    private String text;
    private PlanTextImporter importer;

    /** Loads the text and checks that it imports with all its indicators. */
    @Setup(Level.Trial)
    public void setUp() {
        SeedTexts s = SeedTexts.valueOf(seed.toUpperCase(Locale.ROOT));
        text = s.text();
        importer = PlanTextImporter.of(s.identity());
        int indicators = importer.importText(text).plan().indicators().size();
        int expected = s == SeedTexts.TIANNING ? 41 : 37;
        if (indicators != expected) {
            throw new IllegalStateException(seed + " imported " + indicators + " indicators, expected " + expected);
        }
    }

    /**
     * Imports the whole text.
     *
     * @return the plan and report
     */
    @Benchmark
    public ImportResult importSeed() {
        return importer.importText(text);
    }
}
