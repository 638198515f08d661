package io.github.fyplan.model.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
    private final MessageBundle bundle =
            MessageBundle.load("/ValidationMessages", MessageBundleTest.class::getResourceAsStream);

    @Test
    void rendersEachLanguageWithItsArguments() {
        Map<String, String> args = Map.of("key", "owner");
        assertEquals("extension key \"owner\" must start with \"x-\"",
                bundle.render(Locale.ENGLISH, "fyplan.extension.key", args));
        assertEquals("扩展字段名“owner”必须以“x-”开头",
                bundle.render(Locale.SIMPLIFIED_CHINESE, "fyplan.extension.key", args));
    }

    @Test
    void ignoresTheDefaultLocaleAndFallsBackToEnglishForOtherLanguages() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("must not be blank",
                    bundle.render(Locale.forLanguageTag("tr"), "jakarta.validation.constraints.NotBlank.message", Map.of()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void keepsUnknownKeysAndMissingArgumentsVisible() {
        assertEquals("no.such.key", bundle.render(Locale.ENGLISH, "no.such.key", Map.of()));
        assertEquals("extension key \"{key}\" must start with \"x-\"",
                bundle.render(Locale.ENGLISH, "fyplan.extension.key", Map.of()));
    }

    @Test
    void findingCarriesBothLanguages() {
        Finding f = bundle.finding("FYP-MODEL-025", Severity.ERROR, "extensions[owner]", null,
                "fyplan.extension.key", Map.of("key", "owner"));
        assertEquals("/extensions/owner", f.jsonPointer());
        assertEquals(f.messageZh(), f.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(f.messageEn(), f.message(Locale.ENGLISH));
    }

    @Test
    void missingEnglishBundleIsAPackagingError() {
        assertThrows(IllegalStateException.class,
                () -> MessageBundle.load("/NoSuchMessages", MessageBundleTest.class::getResourceAsStream));
    }
}
