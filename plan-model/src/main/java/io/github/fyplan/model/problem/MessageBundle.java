package io.github.fyplan.model.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pair of message bundles, English ({@code Name.properties}) and Simplified Chinese
 * ({@code Name_zh_CN.properties}), read as UTF-8, whose templates quote arguments as
 * {@code {name}}. Each fyplan module renders its findings through one of these.
 *
 * <p>The files are read directly instead of through {@link java.util.ResourceBundle}, whose
 * fallback consults the JVM's default locale: a Turkish or Chinese default locale must never
 * change an English message. Immutable and thread-safe.
 */
public final class MessageBundle {
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    private final Properties english;
    private final Properties chinese;

    private MessageBundle(Properties english, Properties chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /**
     * Loads {@code baseName.properties} and {@code baseName_zh_CN.properties}.
     *
     * <p>Pass {@code YourClass.class::getResourceAsStream}, so that the lookup runs in the module
     * that holds the files: a named module does not let another module read resources in its
     * packages.
     *
     * @param baseName  the resource name without suffix, such as {@code /ValidationMessages}
     * @param resources opens a resource by name, or returns {@code null} when there is none
     * @return the bundle
     * @throws IllegalStateException if the English file is missing (a packaging error)
     */
    public static MessageBundle load(String baseName, Function<String, InputStream> resources) {
        return new MessageBundle(read(resources, baseName + ".properties", true),
                read(resources, baseName + "_zh_CN.properties", false));
    }

    /**
     * Whether the English bundle has a key.
     *
     * @param key the key
     * @return true when known
     */
    public boolean contains(String key) {
        return english.containsKey(key);
    }

    /**
     * Renders a message: Chinese for a {@code zh} locale (English where no translation exists),
     * English otherwise. An unknown key renders as the key; an argument without a value stays as
     * {@code {name}}.
     *
     * @param locale the language
     * @param key    the key
     * @param args   the arguments by name
     * @return the message
     */
    public String render(Locale locale, String key, Map<String, String> args) {
        boolean zh = "zh".equals(locale.getLanguage()) && chinese.containsKey(key);
        String template = (zh ? chinese : english).getProperty(key, key);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = args.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * A finding whose messages are rendered from this bundle in both languages.
     *
     * @param code     the stable code
     * @param severity the severity
     * @param path     the property path
     * @param location the place in the source text, or {@code null}
     * @param key      the message key
     * @param args     the arguments by name
     * @return the finding
     */
    public Finding finding(String code, Severity severity, String path, Location location, String key,
            Map<String, String> args) {
        return new Finding(code, severity, path, location, key, args,
                render(Locale.ENGLISH, key, args), render(Locale.SIMPLIFIED_CHINESE, key, args));
    }

    private static Properties read(Function<String, InputStream> resources, String resource, boolean required) {
        Properties p = new Properties();
        try (InputStream in = resources.apply(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("missing message bundle " + resource);
                }
                return p;
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
