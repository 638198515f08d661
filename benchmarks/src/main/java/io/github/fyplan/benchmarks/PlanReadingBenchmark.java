package io.github.fyplan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.PlanWriter;
import io.github.fyplan.io.ReadResult;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.validation.PlanValidator;
import io.github.fyplan.model.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 3: how fast plans are read, against the floor of Jackson scanning the same bytes.
 *
 * <p>Each operation reads one document; the national corpus is read round-robin. Besides
 * documents per second, the {@code bytes} counter reports input bytes per second, from which
 * {@code ResultsTable} derives MB/s and the ratios to {@link #rawTokenScan}:
 * <ul>
 *   <li>{@link #rawTokenScan}: {@link JsonParser#nextToken()} until {@code null}, nothing built;</li>
 *   <li>{@link #tokenScanWithValues}: the same scan keeping every name, string and number, for
 *       reference;</li>
 *   <li>{@link #readWithoutValidation}: {@code PlanReader.strict().withModelValidation(false)} of the
 *       same byte array the raw scan gets ({@link PlanReader#read(byte[], String)}), every format
 *       check but not the model's rules; goal: at least 1/2 of the raw scan;</li>
 *   <li>{@link #readWithValidation}: {@code PlanReader.strict().read(bytes, source)}, validation
 *       included; goal: at least 1/3 of the raw scan;</li>
 *   <li>{@link #readStreamWithoutValidation}, {@link #readStreamWithValidation}: the same from a
 *       {@link ByteArrayInputStream}, which costs one more copy of the bytes (the raw scan makes
 *       none); for reference;</li>
 *   <li>{@link #validateOnly}: {@link PlanValidator#validate(Plan)} of the already-read plan, the
 *       difference between the two (its "bytes" are those of the document the plan came from).</li>
 * </ul>
 * Corpora: {@code tianning} is the Tianning seed text imported with {@code PlanTextImporter} and
 * written with {@link PlanWriter}; {@code national} is {@link NationalCorpus#national()} written
 * with {@link PlanWriter}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PlanReadingBenchmark {

    /** The documents of one corpus, with their plans. */
    @State(Scope.Benchmark)
    public static class Corpus {
        /** {@code tianning} or {@code national}. */
        @Param({"tianning", "national"})
        public String corpus;

        byte[][] documents;
        Plan[] plans;
        final JsonFactory jackson = JsonFactory.builder().build();
        final PlanReader reader = PlanReader.strict();
        final PlanReader unvalidated = PlanReader.strict().withModelValidation(false);
        final PlanValidator validator = PlanValidator.create();

        /** Builds the documents and checks that each reads back to its plan, without errors. */
        @Setup(Level.Trial)
        public void setUp() {
            List<Plan> source;
            if (corpus.equals("tianning")) {
                source = List.of(SeedTexts.TIANNING.importPlan());
            } else if (corpus.equals("national")) {
                source = NationalCorpus.national().plans();
            } else {
                throw new IllegalArgumentException("unknown corpus " + corpus);
            }
            PlanWriter writer = PlanWriter.create();
            documents = new byte[source.size()][];
            plans = new Plan[source.size()];
            long total = 0;
            for (int i = 0; i < documents.length; i++) {
                documents[i] = writer.toBytes(source.get(i));
                ReadResult<Plan> back = reader.read(new ByteArrayInputStream(documents[i]), corpus + "[" + i + "]");
                if (!back.value().equals(source.get(i))) {
                    throw new IllegalStateException(corpus + "[" + i + "] does not read back to the plan written");
                }
                plans[i] = back.value();
                total += documents[i].length;
            }
            System.out.printf(java.util.Locale.ROOT, "%n%s: %d documents, %d bytes (%.1f KB each)%n", corpus,
                    documents.length, total, total / 1024.0 / documents.length);
        }
    }

    /** The position in the corpus and the bytes read, per thread; reported as {@code bytes}/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Cursor {
        int next;
        /** Input bytes handled in this iteration. */
        public long bytes;

        /** Resets the byte count at the start of each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }

        int advance(Corpus c) {
            int i = next;
            next = i + 1 == c.documents.length ? 0 : i + 1;
            bytes += c.documents[i].length;
            return i;
        }
    }

    /**
     * Jackson's raw token scan of one document.
     *
     * @param c the corpus
     * @param k the cursor
     * @return the number of tokens
     * @throws IOException never for these documents
     */
    @Benchmark
    public int rawTokenScan(Corpus c, Cursor k) throws IOException {
        byte[] doc = c.documents[k.advance(c)];
        int tokens = 0;
        try (JsonParser p = c.jackson.createParser(doc)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                tokens += t.ordinal();
            }
        }
        return tokens;
    }

    /**
     * Jackson's token scan of one document that also materialises every name and string
     * ({@link JsonParser#getText()}) and number ({@link JsonParser#getDecimalValue()}): a reference
     * for what any reader that keeps the values must at least do.
     *
     * @param c  the corpus
     * @param k  the cursor
     * @param bh the sink
     * @throws IOException never for these documents
     */
    @Benchmark
    public void tokenScanWithValues(Corpus c, Cursor k, Blackhole bh) throws IOException {
        byte[] doc = c.documents[k.advance(c)];
        try (JsonParser p = c.jackson.createParser(doc)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING) {
                    bh.consume(p.getText());
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    bh.consume(p.getDecimalValue());
                } else {
                    bh.consume(t);
                }
            }
        }
    }

    /**
     * Reads one document to a plan from its bytes, without the model validation.
     *
     * @param c the corpus
     * @param k the cursor
     * @return the plan
     */
    @Benchmark
    public ReadResult<Plan> readWithoutValidation(Corpus c, Cursor k) {
        return c.unvalidated.read(c.documents[k.advance(c)], "bench");
    }

    /**
     * Reads one document from its bytes with {@link PlanReader}, validation included.
     *
     * @param c the corpus
     * @param k the cursor
     * @return the plan and warnings
     */
    @Benchmark
    public ReadResult<Plan> readWithValidation(Corpus c, Cursor k) {
        return c.reader.read(c.documents[k.advance(c)], "bench");
    }

    /**
     * Reads one document from a stream, without the model validation.
     *
     * @param c the corpus
     * @param k the cursor
     * @return the plan
     */
    @Benchmark
    public ReadResult<Plan> readStreamWithoutValidation(Corpus c, Cursor k) {
        return c.unvalidated.read(new ByteArrayInputStream(c.documents[k.advance(c)]), "bench");
    }

    /**
     * Reads one document from a stream, validation included.
     *
     * @param c the corpus
     * @param k the cursor
     * @return the plan and warnings
     */
    @Benchmark
    public ReadResult<Plan> readStreamWithValidation(Corpus c, Cursor k) {
        return c.reader.read(new ByteArrayInputStream(c.documents[k.advance(c)]), "bench");
    }

    /**
     * Validates one already-read plan.
     *
     * @param c  the corpus
     * @param k  the cursor
     * @param bh the sink
     */
    @Benchmark
    public void validateOnly(Corpus c, Cursor k, Blackhole bh) {
        ValidationReport report = c.validator.validate(c.plans[k.advance(c)]);
        bh.consume(report);
    }
}
