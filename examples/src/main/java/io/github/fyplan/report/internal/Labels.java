package io.github.fyplan.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's bilingual label table, read as UTF-8 from {@code report_zh.properties} and
 * {@code report_en.properties}. English for a locale whose language is {@code en}, Chinese for
 * every other locale; the default locale is never consulted. Immutable and thread-safe.
 */
public final class Labels {
    private static final Labels ZH = load("zh");
    private static final Labels EN = load("en");

    private final Map<String, String> table;

    private Labels(Map<String, String> table) {
        this.table = Collections.unmodifiableMap(table);
    }

    /**
     * The labels for a locale.
     *
     * @param locale the report's locale
     * @return English labels for an {@code en} locale, Chinese ones otherwise
     */
    public static Labels of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EN : ZH;
    }

    /**
     * A label.
     *
     * @param key the key, such as {@code col.name}
     * @return the label
     * @throws IllegalStateException if the table has no such key (a programming error)
     */
    public String get(String key) {
        String value = table.get(key);
        if (value == null) {
            throw new IllegalStateException("report label '" + key + "' is missing");
        }
        return value;
    }

    /**
     * A label with its {@code {0}}, {@code {1}} … placeholders replaced by the arguments as they
     * are (no number formatting).
     *
     * @param key       the key
     * @param arguments the arguments
     * @return the text
     */
    public String format(String key, String... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    /**
     * The report's language as a BCP 47 tag, for the HTML {@code lang} attribute.
     *
     * @return {@code zh-CN} or {@code en}
     */
    public String languageTag() {
        return get("lang");
    }

    /**
     * Every key of the table.
     *
     * @return the keys, sorted
     */
    public Set<String> keys() {
        return table.keySet();
    }

    private static Labels load(String language) {
        String name = "/io/github/fyplan/report/report_" + language + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report labels " + name + " are missing from the class path");
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> table = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> table.put(k, p.getProperty(k)));
            return new Labels(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report labels " + name, e);
        }
    }
}
