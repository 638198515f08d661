package io.github.fyplan.examples;

import io.github.fyplan.io.PlanReader;
import io.github.fyplan.io.ReadResult;
import io.github.fyplan.model.DivisionLevel;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Shows how to read a plan in fyplan's JSON format with {@link PlanReader} and look at the result:
 * a summary of the plan (chapters, indicators, key-project boxes) and every warning the reader and
 * the model's validation found, in English. Errors would be thrown instead, all at once.
 *
 * <p>Reads the bundled Tianning plan, {@code seeds/tianning.plan.json}.
 */
public final class LoadAndValidatePlan {
    private LoadAndValidatePlan() {
    }

    /**
     * Prints the summary and warnings of the Tianning plan.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ReadResult<Plan> result;
        try (InputStream in = LoadAndValidatePlan.class.getResourceAsStream("/seeds/tianning.plan.json")) {
            result = PlanReader.strict().read(in, "seeds/tianning.plan.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Plan plan = result.value();

        out.println(plan.title());
        out.printf(Locale.ROOT, "id %s, region %s %s, period %d-%d (base year %d)%n", plan.id(),
                plan.region().code(), plan.region().name(), plan.period().firstYear().getValue(),
                plan.period().lastYear().getValue(), plan.period().baseYear().getValue());
        out.printf(Locale.ROOT, "chapters   %d (sections %d, items %d)%n", plan.chapters().size(),
                plan.divisions(DivisionLevel.SECTION).size(), plan.divisions(DivisionLevel.ITEM).size());
        long binding = plan.indicators().stream().filter(Indicator::isBinding).count();
        out.printf(Locale.ROOT, "indicators %d (%d binding) in %d categories: %s%n", plan.indicators().size(),
                binding, plan.categories().size(), String.join(", ", plan.categories()));
        out.printf(Locale.ROOT, "goals      %d%n", plan.goals().size());
        out.printf(Locale.ROOT, "boxes      %d%n", plan.boxes().size());
        for (KeyProjectBox box : plan.boxes()) {
            out.printf(Locale.ROOT, "  专栏%d %s (chapter %d: %d groups, %d items)%n", box.number(), box.title(),
                    box.chapter(), box.groups().size(), box.itemCount());
        }
        out.printf(Locale.ROOT, "warnings   %d%n", result.findings().size());
        for (Finding f : result.findings()) {
            out.println("  " + f.describe(Locale.ENGLISH));
        }
    }
}
