package io.github.fyplan.io.text;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the text, the importer returns a plan and a report, and every line with text is either
 * placed or reported unplaced (never silently dropped).
 */
class ImporterProperties {
    /** Characters that build headings, table cells, box lines and noise. */
    private static final String ALPHABET = "第一二三四五六七八九十百两篇章节、．.，。：:；（）()“”——专栏附件序号类别指标名称单位属性目标预期性约束性"
            + "新建改扩建大修等个条项路园区0123456789%\t　 [bookmark: _Toc1]\n\n\nabc@#\r";
    private static final List<String> TIANNING = Seeds.resource(Seeds.TIANNING_FILE).lines().toList();
    private static final List<String> WUJIN = Seeds.resource(Seeds.WUJIN_FILE).lines().toList();

    private static final PlanTextImporter IMPORTER = PlanTextImporter.of(Seeds.WUJIN);

    private static Gen<String> randomText() {
        return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 600)
                .map(ix -> ix.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
    }

    @Test
    void randomTextIsAlwaysPlacedOrReported() {
        qt().withExamples(300).forAll(randomText()).checkAssert(ImporterProperties::everyLineAccountedFor);
    }

    @Test
    void shuffledSeedLinesAreAlwaysPlacedOrReported() {
        qt().withExamples(60).forAll(longs().all(), integers().between(1, 400)).checkAssert((seed, size) -> {
            List<String> lines = new ArrayList<>(seed % 2 == 0 ? TIANNING : WUJIN);
            Collections.shuffle(lines, new Random(seed));
            everyLineAccountedFor(String.join("\n", lines.subList(0, Math.min(size, lines.size()))));
        });
    }

    @Test
    void truncatedSeedsAreAlwaysPlacedOrReported() {
        String tianning = String.join("\n", TIANNING);
        String wujin = String.join("\n", WUJIN);
        qt().withExamples(60).forAll(integers().between(0, wujin.length()), integers().between(0, 1))
                .checkAssert((cut, which) -> {
                    String text = which == 0 ? tianning : wujin;
                    everyLineAccountedFor(text.substring(0, Math.min(cut, text.length())));
                    everyLineAccountedFor(text.substring(Math.min(cut, text.length())));
                });
    }

    /**
     * Every line with text has a kind other than EMPTY; a blank line is EMPTY or a blank table
     * cell; exactly the UNPLACED lines are listed as unplaced.
     */
    static void everyLineAccountedFor(String text) {
        ImportResult r = IMPORTER.importText(text);
        List<String> lines = text.lines().toList();
        ImportReport report = r.report();
        if (report.lineKinds().size() != lines.size()) {
            throw new AssertionError("line count " + report.lineKinds().size() + " for " + lines.size() + " lines");
        }
        List<Integer> unplacedKinds = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            boolean hasText = !NothingLostTest.squash(lines.get(n - 1).replaceAll("\\[bookmark: [^\\]]*\\]", "")).isEmpty();
            LineKind kind = report.kindOf(n);
            if (hasText && kind == LineKind.EMPTY) {
                throw new AssertionError("line " + n + " '" + lines.get(n - 1) + "' was dropped without a report");
            }
            if (!hasText && kind != LineKind.EMPTY && kind != LineKind.TABLE_CELL && kind != LineKind.TABLE_HEADER) {
                // Only a blank table cell (a tab-led empty line) may be placed though it has no text.
                throw new AssertionError("blank line " + n + " placed as " + kind);
            }
            if (kind == LineKind.UNPLACED) {
                unplacedKinds.add(n);
            }
        }
        List<Integer> listed = report.unplaced().stream().map(UnplacedLine::lineNumber).toList();
        if (!listed.equals(unplacedKinds)) {
            throw new AssertionError("unplaced list " + listed + " differs from lines marked unplaced " + unplacedKinds);
        }
        if (report.counts().unplacedLines() != listed.size()) {
            throw new AssertionError("count of unplaced lines disagrees with the list");
        }
    }
}
