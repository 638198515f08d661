package io.github.fyplan.io.text;

import java.util.List;
import java.util.Objects;

/**
 * What an import found, guessed and could not place, so that a reviewer can check the plan
 * against the document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source            what was read, such as a file name or {@code <text>}
 * @param counts            counts of everything found
 * @param lineKinds         where each line went: element {@code i} is line {@code i + 1}
 * @param unplaced          every line with text that could not be placed, in line order
 * @param guesses           every guess, in line order
 * @param baselineProposals base-year values found in the prose, for review; never applied
 * @param countChecks       every box group with a declared count, checked against its items
 */
public record ImportReport(
        String source,
        ImportCounts counts,
        List<LineKind> lineKinds,
        List<UnplacedLine> unplaced,
        List<Guess> guesses,
        List<BaselineProposal> baselineProposals,
        List<CountCheck> countChecks) {

    /** Checks that no component is null and copies the lists. */
    public ImportReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(counts, "counts");
        lineKinds = List.copyOf(lineKinds);
        unplaced = List.copyOf(unplaced);
        guesses = List.copyOf(guesses);
        baselineProposals = List.copyOf(baselineProposals);
        countChecks = List.copyOf(countChecks);
    }

    /**
     * Where a line went.
     *
     * @param lineNumber the line number, counting from 1
     * @return its kind
     * @throws IndexOutOfBoundsException if there is no such line
     */
    public LineKind kindOf(int lineNumber) {
        return lineKinds.get(lineNumber - 1);
    }

    /**
     * The count checks that fail: a complete list whose items do not match the declared count.
     *
     * @return the failing checks
     */
    public List<CountCheck> countMismatches() {
        return countChecks.stream().filter(c -> !c.matches()).toList();
    }

    /**
     * A plain-text summary for people: the counts, then every unplaced line and every failing
     * count check, one per line, in English. Deterministic for a given report.
     *
     * @return the summary
     */
    public String summary() {
        ImportCounts c = counts;
        StringBuilder b = new StringBuilder();
        b.append(source).append(": ").append(c.lines()).append(" lines, ").append(c.unplacedLines())
                .append(" unplaced\n");
        b.append("  parts ").append(c.parts()).append(", chapters ").append(c.chapters()).append(", sections ")
                .append(c.sections()).append(", items ").append(c.items()).append(", paragraphs ")
                .append(c.paragraphs()).append('\n');
        b.append("  goals ").append(c.mainGoals()).append(" main + ").append(c.visions()).append(" vision, indicators ")
                .append(c.indicators()).append(" in ").append(c.categories()).append(" categories, boxes ")
                .append(c.boxes()).append(" (").append(c.boxGroups()).append(" groups, ").append(c.boxItems())
                .append(" items)\n");
        b.append("  guesses ").append(guesses.size()).append(", baseline proposals ").append(baselineProposals.size())
                .append('\n');
        for (UnplacedLine u : unplaced) {
            b.append("  unplaced line ").append(u.lineNumber()).append(": ").append(u.text()).append(" (")
                    .append(u.reason()).append(")\n");
        }
        for (CountCheck k : countMismatches()) {
            b.append("  count mismatch at line ").append(k.lineNumber()).append(", box ").append(k.boxNumber())
                    .append(' ').append(k.group()).append(": declared ").append(k.declared()).append(", found ")
                    .append(k.found()).append('\n');
        }
        return b.toString();
    }

    /**
     * Whether every line with text was placed.
     *
     * @return true when nothing is unplaced
     */
    public boolean isComplete() {
        return unplaced.isEmpty();
    }
}
