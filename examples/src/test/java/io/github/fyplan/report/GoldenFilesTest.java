package io.github.fyplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pins the bytes of the Markdown and CSV reports of the Tianning fixture: a change in layout shows
 * up here and must be accepted by updating the golden file (reviewed by a person).
 */
class GoldenFilesTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void markdownReportMatchesTheGoldenFile() throws IOException {
        assertEquals(golden("tianning-2023.zh.md"),
                new MarkdownReportRenderer().render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void csvReportMatchesTheGoldenFile() throws IOException {
        assertEquals(golden("tianning-2023.zh.csv"),
                new CsvReportRenderer().render(ReportFixtures.tianningReport(true), Locale.SIMPLIFIED_CHINESE));
    }
}
