package io.github.fyplan.model.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders message keys in English and Simplified Chinese from {@code ValidationMessages.properties}
 * and {@code ValidationMessages_zh_CN.properties}, read as UTF-8. The bundles are read directly, so
 * the JVM's default locale never decides the language.
 */
public final class Messages {
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");
    private static final Properties EN = load("/ValidationMessages.properties");
    private static final Properties ZH = load("/ValidationMessages_zh_CN.properties");

    private Messages() {
    }

    /**
     * The English message.
     *
     * @param key  the key
     * @param args the arguments
     * @return the message
     */
    public static String english(String key, Map<String, String> args) {
        return render(EN, key, args);
    }

    /**
     * The Chinese message, falling back to English for a key without a translation.
     *
     * @param key  the key
     * @param args the arguments
     * @return the message
     */
    public static String chinese(String key, Map<String, String> args) {
        return ZH.containsKey(key) ? render(ZH, key, args) : render(EN, key, args);
    }

    /**
     * Whether a key has a message.
     *
     * @param key the key
     * @return true when known
     */
    public static boolean isKnown(String key) {
        return EN.containsKey(key);
    }

    private static String render(Properties bundle, String key, Map<String, String> args) {
        String template = bundle.getProperty(key, key);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = args.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
