package io.github.fyplan.benchmarks;

import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.internal.PlanBinder;
import io.github.fyplan.io.internal.Pipeline;
import io.github.fyplan.io.internal.Reading;
import io.github.fyplan.io.internal.SourceText;
import io.github.fyplan.io.internal.TreeParser;
import io.github.fyplan.model.Plan;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@link PlanReader#read(InputStream, String)} of a strict UTF-8 reader without its last step, the
 * model validation: read the bytes, decode, parse, bind (with every format check), throw on format
 * errors.
 *
 * <p>plan-io has no public switch to skip validation, so this mirrors {@code PlanReader.readText}
 * through plan-io's non-exported {@code internal} classes (reachable here because the benchmarks
 * run on the class path). It is the one place to change when plan-io's internals change, or when a
 * public "read without validation" appears.
 */
public final class UnvalidatedPlanReading {
    private UnvalidatedPlanReading() {
    }

    /**
     * Reads a plan document without running the model validation.
     *
     * @param in     the stream, read to its end
     * @param source the source's name for messages
     * @return the plan
     */
    public static Plan read(InputStream in, String source) {
        return Pipeline.guarded(source, () -> {
            String text = SourceText.decode(SourceText.read(in, source), StandardCharsets.UTF_8, source);
            Reading reading = new Reading(source, TreeParser.parse(text, source), true);
            Plan plan = PlanBinder.bind(reading);
            reading.throwIfErrors();
            return plan;
        });
    }
}
