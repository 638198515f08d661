package io.github.fyplan.examples;

import io.github.fyplan.io.text.BaselineProposal;
import io.github.fyplan.io.text.Guess;
import io.github.fyplan.io.text.ImportResult;
import io.github.fyplan.io.text.PlanIdentity;
import io.github.fyplan.io.text.PlanTextImporter;
import io.github.fyplan.model.AdministrativeLevel;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.PlanPeriod;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Shows how to turn an outline's text (as converted from Word) into a plan with
 * {@link PlanTextImporter}, and how to read the {@link io.github.fyplan.io.text.ImportReport} a
 * reviewer checks: what was found, what was guessed, and what could not be placed.
 *
 * <p>Imports the bundled excerpt {@code samples/outline-excerpt.txt}: two chapters, sections, items,
 * a main goal, a three-row indicator table written one cell per line, and a key-project box.
 */
public final class ImportPlanFromText {
    private ImportPlanFromText() {
    }

    /**
     * Prints the import report of the bundled excerpt, then the indicators and the box it found.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // The text does not reliably state the plan's id, region or period: the importer is told.
        PlanIdentity identity = PlanIdentity.of("cn-320402-14th-excerpt", "天宁区“十四五”规划纲要（摘录）",
                new Region("320402", "天宁区", AdministrativeLevel.DISTRICT), PlanPeriod.fourteenthPlan(), "EX");
        ImportResult result;
        try (InputStream in = ImportPlanFromText.class.getResourceAsStream("/samples/outline-excerpt.txt")) {
            result = PlanTextImporter.of(identity).importFrom(in, StandardCharsets.UTF_8, "outline-excerpt.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        out.print(result.report().summary());
        for (Guess g : result.report().guesses()) {
            out.printf(Locale.ROOT, "  guess at line %d: %s = %s%n", g.lineNumber(), g.what(), g.value());
        }
        for (BaselineProposal b : result.report().baselineProposals()) {
            out.printf(Locale.ROOT, "  baseline proposal at line %d: %s %s %s in %s (for review, not applied)%n",
                    b.lineNumber(), b.indicatorId(), b.value().toPlainString(), b.unit(), b.year());
        }
        Plan plan = result.plan();
        out.println("indicators:");
        for (Indicator i : plan.indicators()) {
            out.printf(Locale.ROOT, "  %s %s [%s] %s, %s: %s%n", i.id(), i.name(), i.unit(), i.attribute().chinese(),
                    i.direction().polarity(), i.target());
        }
        out.println("boxes:");
        for (KeyProjectBox box : plan.boxes()) {
            out.printf(Locale.ROOT, "  专栏%d %s (chapter %d)%n", box.number(), box.title(), box.chapter());
            for (ProjectGroup group : box.groups()) {
                out.printf(Locale.ROOT, "    %s: %d item(s)%n", group.name(), group.items().size());
            }
        }
    }
}
