package io.github.fyplan.model.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProblemRecordsTest {
    private static Finding finding(String path) {
        return new Finding("FYP-MODEL-012", Severity.ERROR, path, null, "fyplan.numbering.indicator",
                Map.of("expected", "13", "found", "14"), "indicators must be numbered", "指标应连续编号");
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,0", "-3,5"})
    void rejectsALocationThatIsNotPositive(int line, int column) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Location(line, column));
        assertTrue(e.getMessage().contains(line + ":" + column), e.getMessage());
    }

    @Test
    void printsALocationAsLineColon() {
        assertEquals("12:3", new Location(12, 3).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            indicators[12].number        | /indicators/12/number
            ''                           | ''
            period                       | /period
            extensions[x-a/b~c]          | /extensions/x-a~1b~0c
            boxes[0].groups[1].items     | /boxes/0/groups/1/items
            """)
    void convertsPropertyPathsToJsonPointers(String path, String pointer) {
        assertEquals(pointer, Finding.toJsonPointer(path));
        assertEquals(pointer, finding(path).jsonPointer());
    }

    @Test
    void choosesTheLanguageFromTheGivenLocaleOnly() {
        Finding f = finding("indicators[12].number");
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("indicators must be numbered", f.message(Locale.ENGLISH));
            assertEquals("indicators must be numbered", f.message(Locale.ROOT));
            assertEquals("indicators must be numbered", f.message(Locale.forLanguageTag("tr-TR")));
            assertEquals("指标应连续编号", f.message(Locale.forLanguageTag("zh-Hant-TW")));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void describesAFindingOnOneLineWithPointerAndLocation() {
        Finding f = finding("indicators[12].number").at(new Location(140, 2));
        assertEquals("ERROR FYP-MODEL-012 /indicators/12/number (140:2): 指标应连续编号", f.describe(Locale.CHINA));
        assertEquals("ERROR FYP-MODEL-012 /: indicators must be numbered",
                finding("").describe(Locale.ROOT));
        assertTrue(f.isError());
    }
}
