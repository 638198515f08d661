package io.github.fyplan.io.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.fyplan.model.Block;
import io.github.fyplan.model.Division;
import io.github.fyplan.model.Indicator;
import io.github.fyplan.model.KeyProjectBox;
import io.github.fyplan.model.Paragraph;
import io.github.fyplan.model.Plan;
import io.github.fyplan.model.ProjectGroup;
import io.github.fyplan.model.TablePlacement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every non-empty line of each seed, once Word artefacts are removed, appears in the plan: as a
 * heading, a paragraph, a table cell (or a piece of a wrapped cell), a box title or a box group.
 * White space is ignored in the comparison.
 */
class NothingLostTest {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");

    @ParameterizedTest
    @ValueSource(strings = {Seeds.TIANNING_FILE, Seeds.WUJIN_FILE})
    void everyLineOfTheBundledSeedIsInThePlan(String file) {
        String text = Seeds.resource(file);
        assertEquals(List.of(), lost(text, importer(file).importText(text).plan()));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.TIANNING_FILE, Seeds.WUJIN_FILE})
    void everyLineOfTheSharedSeedIsInThePlan(String file) throws IOException {
        Path dir = Seeds.sharedSeeds().orElse(null);
        Assumptions.assumeTrue(dir != null && Files.exists(dir.resolve(file)),
                "shared/seeds/" + file + " not found above " + Path.of("").toAbsolutePath() + "; skipped");
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        ImportResult r = importer(file).importFrom(path, StandardCharsets.UTF_8);
        assertEquals(List.of(), lost(text, r.plan()));
        assertEquals(path.toString(), r.report().source());
    }

    private static PlanTextImporter importer(String file) {
        return PlanTextImporter.of(file.equals(Seeds.TIANNING_FILE) ? Seeds.TIANNING : Seeds.WUJIN);
    }

    /** The lines of the text that the plan does not hold, as "number: text". */
    static List<String> lost(String text, Plan plan) {
        Set<String> whole = new HashSet<>();
        List<String> pieces = new ArrayList<>();
        collect(plan.body(), whole);
        for (Indicator i : plan.indicators()) {
            for (String s : List.of(i.category(), String.valueOf(i.number()), i.name(), i.unit(), i.targetWording(),
                    i.attribute().chinese(), i.name() + "（" + i.unit() + "）")) {
                whole.add(squash(s));
                pieces.add(squash(s));
            }
        }
        String header = plan.extensions().getOrDefault("x-fyplan-table-header", "[]");
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(header);
        while (m.find()) {
            whole.add(squash(m.group(1)));
            pieces.add(squash(m.group(1)));
        }
        for (KeyProjectBox b : plan.boxes()) {
            whole.add(squash("专栏" + b.number() + "：" + b.title()));
            whole.add(squash("专栏" + b.number() + b.title()));
            for (ProjectGroup g : b.groups()) {
                whole.add(squash(g.text()));
            }
        }
        List<String> lost = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = squash(BOOKMARK.matcher(lines[n]).replaceAll(""));
            if (line.isEmpty() || whole.contains(line)) {
                continue;
            }
            // A wrapped cell: its first or last line, or a character of a category written one per line.
            boolean piece = pieces.stream().anyMatch(p -> p.length() > line.length()
                    && (p.startsWith(line) || p.endsWith(line) || (line.length() <= 2 && p.contains(line))));
            if (!piece) {
                lost.add((n + 1) + ": " + line);
            }
        }
        return lost;
    }

    private static void collect(List<Block> blocks, Set<String> out) {
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                out.add(squash(p.text()));
            } else if (b instanceof TablePlacement t) {
                out.add(squash(t.caption()));
            } else if (b instanceof Division d) {
                out.add(squash(d.label() + d.heading()));
                if (!d.content().isEmpty() && d.content().get(0) instanceof Paragraph first) {
                    out.add(squash(d.label() + d.heading() + "。" + first.text()));
                }
                collect(d.content(), out);
            }
        }
    }

    /** The text without any white space (tabs, full-width and ordinary spaces). */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
