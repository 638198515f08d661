package io.github.fyplan.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fyplan.model.Attribute;
import io.github.fyplan.report.IndicatorStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private final Labels zh = Labels.of(Locale.SIMPLIFIED_CHINESE);
    private final Labels en = Labels.of(Locale.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(zh.keys(), en.keys());
    }

    @Test
    void everyStatusAndAttributeHasALabelInBothLanguages() {
        for (IndicatorStatus s : IndicatorStatus.values()) {
            assertFalse(zh.get("status." + s.code()).isBlank());
            assertNotEquals(zh.get("status." + s.code()), en.get("status." + s.code()));
        }
        for (Attribute a : Attribute.values()) {
            assertEquals(a.chinese(), zh.get("attribute." + a.name()));
        }
    }

    @Test
    void chineseUnlessEnglishIsAskedFor() {
        assertSame(zh, Labels.of(Locale.ROOT));
        assertSame(zh, Labels.of(Locale.FRENCH));
        assertSame(en, Labels.of(Locale.UK));
        assertEquals("zh-CN", zh.languageTag());
        assertEquals("规划实施评估报告", zh.get("report.title"));
    }

    @Test
    void formatsPlaceholdersAndRejectsUnknownKeys() {
        assertEquals("progress 60.0%, time 60.0%", en.format("progress.text", "60.0%", "60.0%"));
        assertEquals("进度 —，时间 —", zh.format("progress.text", "—", "—"));
        assertThrows(IllegalStateException.class, () -> zh.get("no.such.key"));
    }
}
