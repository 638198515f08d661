package io.github.fyplan.io.internal;

import io.github.fyplan.model.problem.Finding;
import io.github.fyplan.model.problem.Location;
import io.github.fyplan.model.problem.MessageBundle;
import io.github.fyplan.model.problem.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

/**
 * The findings plan-io reports: stable codes, message keys and their English and Chinese rendering
 * from {@code FormatMessages.properties}, read as UTF-8 without consulting the default locale.
 */
public final class Problems {
    /** Malformed JSON. */
    public static final String SYNTAX = "fyplan.io.syntax";
    /** Empty input. */
    public static final String EMPTY = "fyplan.io.empty";
    /** Bytes that are not valid in the charset. */
    public static final String ENCODING = "fyplan.io.encoding";
    /** A UTF-16 or UTF-32 byte order mark. */
    public static final String UNSUPPORTED_CHARSET = "fyplan.io.unsupportedCharset";
    /** A limit exceeded. */
    public static final String LIMIT = "fyplan.io.limit";
    /** A number out of range. */
    public static final String NUMBER_RANGE = "fyplan.io.numberRange";
    /** A duplicate key. */
    public static final String DUPLICATE_KEY = "fyplan.io.duplicateKey";
    /** Data after the document. */
    public static final String TRAILING = "fyplan.io.trailing";
    /** A value of the wrong JSON type. */
    public static final String TYPE = "fyplan.io.type";
    /** A missing required field. */
    public static final String MISSING = "fyplan.io.missing";
    /** An unknown field. */
    public static final String UNKNOWN_FIELD = "fyplan.io.unknownField";
    /** An unknown enumeration value or type discriminator. */
    public static final String ENUM = "fyplan.io.enum";
    /** A value the model does not accept. */
    public static final String INVALID = "fyplan.io.invalid";
    /** An unsupported format version. */
    public static final String VERSION = "fyplan.io.version";
    /** A newer minor format version. */
    public static final String NEWER_MINOR = "fyplan.io.newerMinor";
    /** An I/O error while reading. */
    public static final String IO = "fyplan.io.io";
    /** An extension key that cannot be written. */
    public static final String EXTENSION_KEY = "fyplan.io.extensionKey";
    /** An extension value that is not JSON. */
    public static final String EXTENSION_VALUE = "fyplan.io.extensionValue";
    /** A CSV header that is not the format's. */
    public static final String CSV_HEADER = "fyplan.io.csvHeader";
    /** A CSV row with the wrong number of fields. */
    public static final String CSV_ROW = "fyplan.io.csvRow";
    /** A CSV field with a bad value. */
    public static final String CSV_VALUE = "fyplan.io.csvValue";
    /** An evaluation document that cannot be read. */
    public static final String EVALUATION = "fyplan.io.evaluation";

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry(SYNTAX, "FYP-IO-001"),
            Map.entry(EMPTY, "FYP-IO-002"),
            Map.entry(ENCODING, "FYP-IO-003"),
            Map.entry(UNSUPPORTED_CHARSET, "FYP-IO-004"),
            Map.entry(LIMIT, "FYP-IO-005"),
            Map.entry(NUMBER_RANGE, "FYP-IO-006"),
            Map.entry(DUPLICATE_KEY, "FYP-IO-007"),
            Map.entry(TRAILING, "FYP-IO-008"),
            Map.entry(TYPE, "FYP-IO-010"),
            Map.entry(MISSING, "FYP-IO-011"),
            Map.entry(UNKNOWN_FIELD, "FYP-IO-012"),
            Map.entry(ENUM, "FYP-IO-013"),
            Map.entry(INVALID, "FYP-IO-014"),
            Map.entry(VERSION, "FYP-IO-015"),
            Map.entry(NEWER_MINOR, "FYP-IO-016"),
            Map.entry(IO, "FYP-IO-017"),
            Map.entry(EXTENSION_KEY, "FYP-IO-020"),
            Map.entry(EXTENSION_VALUE, "FYP-IO-021"),
            Map.entry(CSV_HEADER, "FYP-IO-030"),
            Map.entry(CSV_ROW, "FYP-IO-031"),
            Map.entry(CSV_VALUE, "FYP-IO-032"),
            Map.entry(EVALUATION, "FYP-IO-040"));

    /** Chinese names of the JSON kinds that type messages quote. */
    private static final Map<String, String> KIND_ZH = Map.ofEntries(
            Map.entry("a string", "字符串"), Map.entry("a number", "数值"), Map.entry("an integer", "整数"),
            Map.entry("a boolean", "布尔值"), Map.entry("an object", "对象"), Map.entry("an array", "数组"),
            Map.entry("null", "null"), Map.entry("a year", "年份"), Map.entry("a decimal number", "十进制数"),
            Map.entry("a date (yyyy-mm-dd)", "日期（yyyy-mm-dd）"));

    private static final MessageBundle BUNDLE =
            MessageBundle.load("FormatMessages", Problems.class::getResourceAsStream);

    private Problems() {
    }

    /**
     * The stable code of a message key.
     *
     * @param key the key
     * @return the code, such as {@code FYP-IO-001}
     */
    public static String code(String key) {
        String code = CODES.get(key);
        if (code == null) {
            throw new IllegalArgumentException("no code for " + key);
        }
        return code;
    }

    /**
     * An error finding.
     *
     * @param path     the property path
     * @param location the location, or null
     * @param key      the message key
     * @param args     the arguments as alternating names and values
     * @return the finding
     */
    public static Finding error(String path, Location location, String key, String... args) {
        return finding(Severity.ERROR, path, location, key, args);
    }

    /**
     * A finding.
     *
     * @param severity the severity
     * @param path     the property path
     * @param location the location, or null
     * @param key      the message key
     * @param args     the arguments as alternating names and values
     * @return the finding
     */
    public static Finding finding(Severity severity, String path, Location location, String key, String... args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            map.put(args[i], args[i + 1]);
        }
        // JSON kinds (string, number …) are arguments too: the Chinese message names them in Chinese.
        Map<String, String> zh = new LinkedHashMap<>(map);
        zh.replaceAll((name, v) -> "expected".equals(name) || "found".equals(name) ? KIND_ZH.getOrDefault(v, v) : v);
        return new Finding(code(key), severity, path, location, key, map,
                BUNDLE.render(Locale.ENGLISH, key, map), BUNDLE.render(Locale.SIMPLIFIED_CHINESE, key, zh));
    }
}
