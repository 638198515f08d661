package io.github.fyplan.model.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * A message interpolator that does not interpolate: it returns the template with the constraint's
 * attributes and message parameters encoded, so that {@code PlanValidator} can render the message
 * itself in both languages with an explicit locale. No Expression Language is needed.
 */
public final class EncodingInterpolator implements MessageInterpolator {
    /** Separates template and arguments. */
    static final char UNIT = '\u001F';
    /** Separates name and value. */
    static final char RECORD = '\u001E';
    /** Escapes a separator (or itself) inside a name or value: followed by u, r or e. */
    static final char ESCAPE = '\u0010';

    @Override
    public String interpolate(String template, Context context) {
        Map<String, String> args = new TreeMap<>();
        context.getConstraintDescriptor().getAttributes().forEach((k, v) -> {
            if (!k.equals("message") && !k.equals("groups") && !k.equals("payload") && !k.equals("severity")) {
                args.put(k, String.valueOf(v));
            }
        });
        if (context instanceof HibernateMessageInterpolatorContext h) {
            h.getMessageParameters().forEach((k, v) -> args.put(k, unescapeParameter(String.valueOf(v))));
            if (h.getValidatedValue() != null && !args.containsKey("value")
                    && !(h.getValidatedValue() instanceof Record)) {
                args.put("value", String.valueOf(h.getValidatedValue()));
            }
        }
        StringBuilder b = new StringBuilder(template);
        args.forEach((k, v) -> b.append(UNIT).append(escape(k)).append(RECORD).append(escape(v)));
        return b.toString();
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return interpolate(template, context);
    }

    /**
     * Splits an encoded message.
     *
     * @param encoded the encoded message
     * @param args    receives the arguments
     * @return the template
     */
    public static String decode(String encoded, Map<String, String> args) {
        String[] parts = encoded.split(String.valueOf(UNIT), -1);
        for (int i = 1; i < parts.length; i++) {
            int at = parts[i].indexOf(RECORD);
            args.put(unescape(parts[i].substring(0, at)), unescape(parts[i].substring(at + 1)));
        }
        return parts[0];
    }

    /**
     * A message parameter as it was added: Hibernate Validator escapes {@code \\}, <code>{</code>,
     * <code>}</code> and {@code $} in parameter values with a backslash, so that no value a validator
     * quotes (such as a bad extension key) can inject a message parameter or an expression. This
     * message is not interpolated, so the escapes would otherwise reach the finding's path and
     * arguments.
     */
    static String unescapeParameter(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length() && "\\{}$".indexOf(v.charAt(i + 1)) >= 0) {
                c = v.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Escapes the separators, so that a value quoting user data holding them survives decoding. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ESCAPE) {
                b.append(ESCAPE).append('e');
            } else if (c == UNIT) {
                b.append(ESCAPE).append('u');
            } else if (c == RECORD) {
                b.append(ESCAPE).append('r');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ESCAPE && i + 1 < s.length()) {
                char code = s.charAt(++i);
                b.append(code == 'u' ? UNIT : code == 'r' ? RECORD : ESCAPE);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
