package io.github.fyplan.report.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fyplan.model.Plan;
import io.github.fyplan.model.problem.InvalidContentException;
import io.github.fyplan.model.problem.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonMappingTest {
    private static final Plan TN = Seeds.TIANNING.plan();
    private static final Plan WJ = Seeds.WUJIN.plan();

    private static ComparisonMapping parse(String json) {
        return ComparisonMapping.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void theBundledMappingHoldsThePairsTheSeedsAllow() {
        ComparisonMapping m = ComparisonMapping.bundled();
        assertEquals("cn-320402-14th", m.leftPlanId());
        assertEquals("cn-320412-14th", m.rightPlanId());
        Map<String, String> pairs = new LinkedHashMap<>();
        m.matches().forEach(x -> pairs.put(x.leftId(), x.rightId()));
        assertEquals(Map.ofEntries(Map.entry("TN-15", "WJ-07"), Map.entry("TN-16", "WJ-06"), Map.entry("TN-20", "WJ-12"),
                Map.entry("TN-28", "WJ-20"), Map.entry("TN-01", "WJ-02"), Map.entry("TN-02", "WJ-03"),
                Map.entry("TN-23", "WJ-15"), Map.entry("TN-29", "WJ-21"), Map.entry("TN-30", "WJ-22"),
                Map.entry("TN-31", "WJ-25"), Map.entry("TN-36", "WJ-29"), Map.entry("TN-37", "WJ-28"),
                Map.entry("TN-39", "WJ-34"), Map.entry("TN-40", "WJ-35"), Map.entry("TN-22", "WJ-14")), pairs);
        assertEquals(m, m.orientedTo(TN, WJ), "every id exists in the seed plans");
        m.matches().forEach(x -> assertTrue(!x.noteZh().isEmpty() && !x.noteEn().isEmpty(), x.leftId()));
    }

    @Test
    void pairsWithTheSameNameInTheSeedsAreMatched() {
        // Where both tables print the same name, the mapping must not have missed or crossed it.
        ComparisonMapping same = ComparisonMapping.sameNames(TN, WJ);
        ComparisonMapping bundled = ComparisonMapping.bundled();
        for (ComparisonMapping.Match s : same.matches()) {
            assertTrue(bundled.matches().stream().anyMatch(b -> b.leftId().equals(s.leftId()) && b.rightId().equals(s.rightId())),
                    s.leftId() + " " + s.topicZh());
        }
        assertEquals(7, same.matches().size(), same.matches()::toString);
    }

    @Test
    void notesFlagTheDifferentMeasures() {
        ComparisonMapping m = ComparisonMapping.bundled();
        ComparisonMapping.Match pm = m.matches().stream().filter(x -> x.leftId().equals("TN-28")).findFirst().orElseThrow();
        assertTrue(pm.note(Locale.ENGLISH).contains("Different measures"), pm.noteEn());
        assertTrue(pm.note(Locale.CHINESE).contains("不同度量"), pm.noteZh());
        ComparisonMapping.Match edu = m.matches().stream().filter(x -> x.leftId().equals("TN-22")).findFirst().orElseThrow();
        assertTrue(edu.noteEn().contains("ratio") && edu.noteZh().contains("0.93"), edu.noteEn());
        assertEquals("0.93", Seeds.indicator(TN, "TN-22").targetWording());
        assertEquals("%", Seeds.indicator(TN, "TN-22").unit());
    }

    @Test
    void orientingToThePlansTheOtherWayRoundSwapsTheSides() {
        ComparisonMapping swapped = ComparisonMapping.bundled().orientedTo(WJ, TN);
        assertEquals("cn-320412-14th", swapped.leftPlanId());
        assertEquals("WJ-07", swapped.matches().stream().filter(x -> x.rightId().equals("TN-15")).findFirst()
                .orElseThrow().leftId());
    }

    @Test
    void anUnknownIndicatorIsInvalidContentNamingTheMatch() {
        ComparisonMapping m = parse("""
                {"left": "cn-320402-14th", "right": "cn-320412-14th", "matches": [
                  {"left": "TN-99", "right": "WJ-07", "topic": {"zh": "x", "en": "x"}}]}""");
        InvalidContentException e = assertThrows(InvalidContentException.class, () -> m.orientedTo(TN, WJ));
        assertTrue(e.getMessage().contains("TN-99"), e.getMessage());
    }

    @Test
    void aMappingOfOtherPlansIsRefused() {
        ComparisonMapping m = new ComparisonMapping("a", "b", List.of());
        assertThrows(InvalidContentException.class, () -> m.orientedTo(TN, WJ));
    }

    @Test
    void malformedFilesAreUnreadableWithThePlace() {
        UnreadableInputException dup = assertThrows(UnreadableInputException.class,
                () -> parse("{\"left\": \"a\", \"left\": \"b\", \"right\": \"c\", \"matches\": []}"));
        assertTrue(dup.getMessage().contains("test.json"), dup.getMessage());
        UnreadableInputException unknown = assertThrows(UnreadableInputException.class, () -> parse("""
                {"left": "a", "right": "b", "matches": [{"left": "x", "right": "y", "topic": {"zh": "t", "en": "t"}, "notes": 1}]}"""));
        assertTrue(unknown.getMessage().contains("matches[0].notes"), unknown.getMessage());
        UnreadableInputException missing = assertThrows(UnreadableInputException.class,
                () -> parse("{\"left\": \"a\", \"right\": \"b\", \"matches\": [{\"left\": \"x\", \"right\": \"y\"}]}"));
        assertTrue(missing.getMessage().contains("matches[0].topic"), missing.getMessage());
    }
}
