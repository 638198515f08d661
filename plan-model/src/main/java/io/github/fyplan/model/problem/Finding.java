package io.github.fyplan.model.problem;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem found in a plan, a file or monitoring data: a stable code, a severity, where it is,
 * and a message in English and Simplified Chinese.
 *
 * @param code       a stable code such as {@code FYP-MODEL-004}; codes never change meaning
 * @param severity   error or warning
 * @param path       where, as a property path into the data such as
 *                   {@code indicators[12].target.value}; empty for the whole document
 * @param location   where in the source text, or {@code null} when the data did not come from text
 * @param messageKey the message key in {@code ValidationMessages}, such as
 *                   {@code fyplan.indicator.percentScale}
 * @param arguments  the values the message quotes, by name
 * @param messageEn  the message in English
 * @param messageZh  the message in Simplified Chinese
 */
public record Finding(
        String code,
        Severity severity,
        String path,
        Location location,
        String messageKey,
        Map<String, String> arguments,
        String messageEn,
        String messageZh) {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

    /** Checks that no component but {@code location} is null and copies the arguments. */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(messageEn, "messageEn");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(arguments, "arguments");
        TreeMap<String, String> sorted = new TreeMap<>();
        arguments.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException("arguments holds a null key or value");
            }
            sorted.put(k, v);
        });
        arguments = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * The message in a language: Chinese for a {@code zh} locale, English otherwise. The locale is
     * always explicit; the default locale is never consulted.
     *
     * @param locale the locale
     * @return the message
     */
    public String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? messageZh : messageEn;
    }

    /**
     * Whether the finding is an error.
     *
     * @return true for an error
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * A copy placed at a location in the source text.
     *
     * @param newLocation the location
     * @return the copy
     */
    public Finding at(Location newLocation) {
        return new Finding(code, severity, path, newLocation, messageKey, arguments, messageEn, messageZh);
    }

    /**
     * The path as a JSON Pointer (RFC 6901): {@code indicators[12].target.value} is
     * {@code /indicators/12/target/value}; the whole document is the empty pointer.
     *
     * @return the JSON Pointer
     */
    public String jsonPointer() {
        return toJsonPointer(path);
    }

    /**
     * Converts a property path such as {@code indicators[12].target} to a JSON Pointer.
     *
     * @param propertyPath the property path
     * @return the JSON Pointer
     */
    public static String toJsonPointer(String propertyPath) {
        StringBuilder b = new StringBuilder();
        Matcher m = SEGMENT.matcher(propertyPath);
        while (m.find()) {
            String segment = m.group(1) != null ? m.group(1) : m.group(2);
            b.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /**
     * A one-line rendering: severity, code, pointer, location and message.
     *
     * @param locale the language of the message
     * @return the line
     */
    public String describe(Locale locale) {
        String where = jsonPointer().isEmpty() ? "/" : jsonPointer();
        String at = location == null ? "" : " (" + location + ")";
        return severity + " " + code + " " + where + at + ": " + message(locale);
    }

    @Override
    public String toString() {
        return describe(Locale.ROOT);
    }
}
