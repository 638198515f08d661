package io.github.fyplan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Checks the demo monitoring data in {@code src/main/resources/demo/} as plain text, independently of
 * plan-io: the CSV layout, ids, years, statuses, sources, the documented gaps, the composite
 * components, the judgements, and that every 2020 value taken from a plan's prose quotes the seed text.
 */
class DemoDataTest {

    private static final String HEADER = "indicator_id,year,value,status,source,note";
    private static final String ILLUSTRATIVE = "illustrative data, not official statistics (示意数据，非官方统计)";
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Set<String> STATUSES = Set.of("preliminary", "final", "revised");

    /** The two seed plans and what their demo data is documented to contain. */
    enum Demo {
        TIANNING("tianning", "cn-320402-14th", "TN", 41, "天宁区“十四五”规划纲要第一章", "000_d4a0f4af80492c2a.txt",
                "TN-37", Set.of("TN-26", "TN-27"), Set.of()),
        WUJIN("wujin", "cn-320412-14th", "WJ", 37, "武进区“十四五”规划纲要第一章", "002_24e6860de747ea76.txt",
                "WJ-26", Set.of("WJ-09", "WJ-18", "WJ-19", "WJ-20", "WJ-22", "WJ-25", "WJ-31"),
                Set.of("WJ-33#0", "WJ-33#1", "WJ-33#2", "WJ-33#3", "WJ-33#4"));

        final String file;
        final String planId;
        final String prefix;
        final int indicators;
        final String proseSource;
        final String seedFile;
        final String noData;
        final Set<String> qualitative;
        final Set<String> components;

        Demo(String file, String planId, String prefix, int indicators, String proseSource, String seedFile,
                String noData, Set<String> qualitative, Set<String> components) {
            this.file = file;
            this.planId = planId;
            this.prefix = prefix;
            this.indicators = indicators;
            this.proseSource = proseSource;
            this.seedFile = seedFile;
            this.noData = noData;
            this.qualitative = qualitative;
            this.components = components;
        }

        Set<String> indicatorIds() {
            Set<String> ids = new TreeSet<>();
            for (int n = 1; n <= indicators; n++) {
                ids.add(prefix + "-" + String.format(Locale.ROOT, "%02d", n));
            }
            return ids;
        }

        boolean validSeriesId(String id) {
            return indicatorIds().contains(id) || components.contains(id);
        }
    }

    /** One data row of a CSV file, with its line number. */
    record Row(int line, String id, String year, String value, String status, String source, String note) {
        int yearValue() {
            return Integer.parseInt(year);
        }

        String indicator() {
            int hash = id.indexOf('#');
            return hash < 0 ? id : id.substring(0, hash);
        }
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void csvIsUtf8WithTheExactHeaderAndUnixLineEnds(Demo demo) throws IOException {
        byte[] bytes = resource(demo.file + ".observations.csv");
        String text = strictUtf8(bytes, demo.file);
        assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
        assertFalse(text.contains("\r"), "\\n line ends only");
        assertTrue(text.endsWith("\n"), "final newline");
        assertEquals(HEADER, text.substring(0, text.indexOf('\n')));
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void everyRowHasSixValidFields(Demo demo) throws IOException {
        List<Row> rows = rows(demo);
        assertTrue(rows.size() > 3 * demo.indicators, "about one row per indicator and year: " + rows.size());
        for (Row r : rows) {
            String at = demo.file + " line " + r.line() + ": ";
            assertTrue(demo.validSeriesId(r.id()), at + "unknown id " + r.id());
            assertTrue(r.year().matches("[0-9]{4}") && r.yearValue() >= 2020 && r.yearValue() <= 2023,
                    at + "year " + r.year());
            assertTrue(PLAIN_DECIMAL.matcher(r.value()).matches(), at + "plain decimal " + r.value());
            assertTrue(STATUSES.contains(r.status()), at + "status " + r.status());
        }
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void noTwoRowsShareIdYearAndStatus(Demo demo) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows(demo)) {
            Integer first = seen.putIfAbsent(r.id() + "|" + r.year() + "|" + r.status(), r.line());
            assertNull(first, demo.file + " line " + r.line() + " repeats line " + first);
        }
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void theLatestYearIsPreliminaryEarlierYearsFinalAndOneValueIsRevised(Demo demo) throws IOException {
        List<Row> rows = rows(demo);
        List<Row> revised = new ArrayList<>();
        for (Row r : rows) {
            if (r.yearValue() == 2023) {
                assertEquals("preliminary", r.status(), demo.file + " line " + r.line());
            } else if (r.status().equals("revised")) {
                revised.add(r);
            } else {
                assertEquals("final", r.status(), demo.file + " line " + r.line());
            }
        }
        assertEquals(1, revised.size(), "one revised value in " + demo.file);
        Row rev = revised.get(0);
        Row fin = rows.stream()
                .filter(r -> r.id().equals(rev.id()) && r.year().equals(rev.year()) && r.status().equals("final"))
                .findFirst().orElse(null);
        assertNotNull(fin, "the revised value revises a final one: " + rev);
        assertFalse(fin.value().equals(rev.value()), "a revision changes the value: " + rev);
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void everyValueNotFromTheProseIsLabelledIllustrative(Demo demo) throws IOException {
        int prose = 0;
        for (Row r : rows(demo)) {
            String at = demo.file + " line " + r.line() + ": ";
            if (r.source().equals(demo.proseSource)) {
                prose++;
                assertEquals(2020, r.yearValue(), at + "the prose states 2020 values only");
                assertEquals("final", r.status(), at);
                assertTrue(r.note().contains(r.value()), at + "the quoted sentence states the value " + r.value());
            } else {
                assertEquals(ILLUSTRATIVE, r.source(), at + "source");
                assertTrue(r.source().contains("illustrative"), at);
            }
        }
        assertEquals(5, prose, "five 2020 values from " + demo.proseSource + " (README)");
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void proseValuesQuoteTheSeedTextVerbatim(Demo demo) throws IOException {
        Path seeds = findSeeds();
        assumeTrue(seeds != null, "shared/seeds not found above " + Path.of("").toAbsolutePath());
        Path seed = seeds.resolve(demo.seedFile);
        assumeTrue(Files.isRegularFile(seed), "seed text missing: " + seed);
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String chapter1 = text.substring(0, text.indexOf("第二章"));
        int checked = 0;
        for (Row r : rows(demo)) {
            if (r.source().equals(demo.proseSource)) {
                assertTrue(chapter1.contains(r.note()),
                        demo.file + " line " + r.line() + ": not in chapter 1 of " + demo.seedFile + ": " + r.note());
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void exactlyTheDocumentedIndicatorHasNeitherDataNorJudgements(Demo demo) throws IOException {
        Set<String> withRows = new HashSet<>();
        rows(demo).forEach(r -> withRows.add(r.indicator()));
        Set<String> without = new TreeSet<>(demo.indicatorIds());
        without.removeAll(withRows);
        Set<String> expected = new TreeSet<>(demo.qualitative);
        expected.add(demo.noData);
        assertEquals(expected, without, "indicators without observations in " + demo.file);

        for (JsonNode j : judgements(demo).get("judgements")) {
            assertFalse(j.get("indicatorId").asText().equals(demo.noData), "the no-data indicator is not judged");
        }
        String readme = new String(resource("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("**" + demo.noData + " "), "README names " + demo.noData + " as without data");
    }

    @Test
    void theCompositeIsObservedPerComponentOnly() throws IOException {
        Map<String, Integer> perComponent = new HashMap<>();
        for (Row r : rows(Demo.WUJIN)) {
            assertFalse(r.id().equals("WJ-33"), "WJ-33 itself has no rows, line " + r.line());
            if (r.id().startsWith("WJ-33#")) {
                perComponent.merge(r.id(), 1, Integer::sum);
                double v = Double.parseDouble(r.value());
                assertTrue(v >= 0 && v <= 100, "a coverage in %: " + r);
            }
        }
        assertEquals(Demo.WUJIN.components, perComponent.keySet());
        perComponent.forEach((id, n) -> assertEquals(4, n, id + " has a value for 2020–2023"));
    }

    @ParameterizedTest
    @EnumSource(Demo.class)
    void judgementsCoverSomeQualitativeTargetsAndLeaveOneOpen(Demo demo) throws IOException {
        JsonNode doc = judgements(demo);
        assertEquals("1.0", doc.get("formatVersion").asText());
        assertEquals(demo.planId, doc.get("planId").asText());
        assertEquals(0, doc.get("observations").size());
        Set<String> judged = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode j : doc.get("judgements")) {
            String id = j.get("indicatorId").asText();
            int year = j.get("year").asInt();
            assertTrue(demo.qualitative.contains(id), "judged indicator is qualitative: " + id);
            assertTrue(year >= 2021 && year <= 2023, id + " year " + year);
            assertTrue(keys.add(id + "|" + year), "one judgement per indicator and year: " + id + " " + year);
            String outcome = j.get("outcome").asText();
            assertTrue(outcome.equals("met") || outcome.equals("not-met"), id + " outcome " + outcome);
            outcomes.add(outcome);
            LocalDate on = LocalDate.parse(j.get("judgedOn").asText());
            assertTrue(on.getYear() > year, id + ": judged after the year ends, " + on);
            assertTrue(j.get("judgedBy").asText().endsWith("（示意）"), id + " judgedBy is marked 示意");
            assertTrue(j.get("evidence").asText().startsWith("illustrative: "), id + " evidence is illustrative");
            judged.add(id);
        }
        assertEquals(Set.of("met", "not-met"), outcomes, "both outcomes occur");
        assertFalse(judged.isEmpty());
        assertTrue(judged.size() < demo.qualitative.size(), "at least one qualitative target still needs judgement");
    }

    // ---- helpers ----

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/" + name)) {
            assertNotNull(in, "resource /demo/" + name);
            return in.readAllBytes();
        }
    }

    private static String strictUtf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not valid UTF-8", e);
        }
    }

    private static JsonNode judgements(Demo demo) throws IOException {
        return new ObjectMapper().readTree(strictUtf8(resource(demo.file + ".judgements.json"), demo.file));
    }

    private static List<Row> rows(Demo demo) throws IOException {
        String text = strictUtf8(resource(demo.file + ".observations.csv"), demo.file);
        List<List<String>> records = parseCsv(text);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> f = records.get(i);
            assertEquals(6, f.size(), demo.file + " record " + (i + 1) + " has 6 fields: " + f);
            rows.add(new Row(i + 1, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5)));
        }
        return rows;
    }

    /** RFC 4180 records: {@code "} quotes a field, {@code ""} inside is a quote; records end at \n. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertFalse(quoted, "unterminated quote");
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    @Test
    void theCsvParserReadsQuotedFieldsWithCommasAndQuotes() {
        List<List<String>> r = parseCsv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n,\n");
        assertEquals(List.of(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("", "")), r);
    }

    /** The directory {@code shared/seeds} in the working directory or one above it, or null. */
    private static Path findSeeds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void theReadmeSaysProminentlyThatTheDataIsIllustrative() throws IOException {
        String readme = new String(resource("README.md"), StandardCharsets.UTF_8);
        int firstHeadingEnd = readme.indexOf('\n');
        Matcher m = Pattern.compile(Pattern.quote(ILLUSTRATIVE)).matcher(readme);
        assertTrue(m.find(), "README states " + ILLUSTRATIVE);
        assertTrue(m.start() < firstHeadingEnd + 200, "right under the title");
    }
}
