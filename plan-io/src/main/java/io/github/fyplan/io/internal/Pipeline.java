package io.github.fyplan.io.internal;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.FyplanException;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import io.github.fyplan.model.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Shared steps of the JSON readers: guard the exception contract and place findings. */
public final class Pipeline {
    private Pipeline() {
    }

    /**
     * Runs a read so that only fyplan exceptions leave it: anything else becomes an
     * {@link UnreadableInputException} that keeps the cause.
     *
     * @param <T>    the result type
     * @param source the source's name
     * @param read   the read
     * @return its result
     */
    public static <T> T guarded(String source, Supplier<T> read) {
        try {
            return read.get();
        } catch (FyplanException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableInputException(source, List.of(Problems.error("", null, Problems.INVALID,
                    "detail", "unexpected failure while reading: " + e)), e);
        }
    }

    /**
     * Merges a reading's warnings with a validation report whose findings are placed at the
     * locations of their JSON Pointers; throws when the report has errors.
     *
     * @param source   the source's name
     * @param warnings the reading's findings
     * @param locator  places the report's findings in the document
     * @param report   the validation report
     * @return every finding, placed
     * @throws InvalidContentException when the report has errors
     */
    public static List<Finding> placed(String source, List<Finding> warnings, Locator locator,
            ValidationReport report) {
        List<Finding> all = new ArrayList<>(warnings);
        for (Finding f : report.findings()) {
            var at = locator.locate(f.jsonPointer());
            all.add(at == null ? f : f.at(at));
        }
        if (report.hasErrors()) {
            throw new InvalidContentException(source, all);
        }
        return all;
    }
}
