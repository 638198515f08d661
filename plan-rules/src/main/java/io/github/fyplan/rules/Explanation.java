package io.github.fyplan.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A one-line explanation of an assessment in English and Simplified Chinese, quoting the numbers.
 *
 * @param en the English text
 * @param zh the Chinese text
 */
public record Explanation(String en, String zh) {
    /** Checks that neither text is null. */
    public Explanation {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /**
     * The text in a language: Chinese for a {@code zh} locale, English otherwise; the default locale
     * is never consulted.
     *
     * @param locale the locale
     * @return the text
     */
    public String text(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
