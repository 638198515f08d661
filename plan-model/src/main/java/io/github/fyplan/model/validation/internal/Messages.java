package io.github.fyplan.model.validation.internal;

import io.github.fyplan.model.problem.MessageBundle;
import java.util.Locale;
import java.util.Map;

/**
 * The model's messages: {@code ValidationMessages.properties} and its {@code _zh_CN} translation,
 * the bundles Hibernate Validator users expect, rendered by {@link MessageBundle}.
 */
public final class Messages {
    private static final MessageBundle BUNDLE = MessageBundle.load("/ValidationMessages", Messages.class::getResourceAsStream);

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
        return BUNDLE.render(Locale.ENGLISH, key, args);
    }

    /**
     * The Chinese message, falling back to English for a key without a translation.
     *
     * @param key  the key
     * @param args the arguments
     * @return the message
     */
    public static String chinese(String key, Map<String, String> args) {
        return BUNDLE.render(Locale.SIMPLIFIED_CHINESE, key, args);
    }

    /**
     * Whether a key has a message.
     *
     * @param key the key
     * @return true when known
     */
    public static boolean isKnown(String key) {
        return BUNDLE.contains(key);
    }
}
