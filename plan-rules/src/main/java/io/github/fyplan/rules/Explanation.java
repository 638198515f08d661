package io.github.fyplan.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A one-line explanation of an assessment in English and Simplified Chinese, quoting the numbers.
 * An immutable value: two explanations are equal when their texts are.
 *
 * <p>The texts are rendered on demand. The built-in rule creates its explanations with
 * {@link #onDemand(Supplier, Supplier)}, holding the numbers and a renderer instead of the strings:
 * evaluating a plan assesses every indicator, and formatting the numbers into two languages for text
 * that nobody may read costs more than the assessment itself. Each text is rendered the first time
 * {@link #en()}, {@link #zh()}, {@link #text(Locale)}, {@link #equals(Object)}, {@link #hashCode()} or
 * {@link #toString()} needs it, then kept. Custom rules may use either form; {@link #of(String, String)}
 * and the constructor keep the texts as given.
 *
 * <p>Thread-safe and safely shared without synchronization: a renderer is a pure function of values
 * fixed at construction, so two threads that race to render a text build equal strings, and a
 * {@link String} is immutable (its fields are final), so whichever a thread sees is complete.
 */
public final class Explanation {
    // Each text's source, final so that any thread sees it: the text itself, or its renderer.
    private final Object enSource;
    private final Object zhSource;
    // Racy single-check memoization, as String.hashCode does: a thread that sees null renders again
    // from the source, which gives an equal string; one that sees a String sees all of it (a String's
    // fields are final).
    private String en;
    private String zh;

    /**
     * An explanation with its texts.
     *
     * @param en the English text
     * @param zh the Chinese text
     */
    public Explanation(String en, String zh) {
        this.enSource = Objects.requireNonNull(en, "en");
        this.zhSource = Objects.requireNonNull(zh, "zh");
        this.en = en;
        this.zh = zh;
    }

    private Explanation(Supplier<String> en, Supplier<String> zh) {
        this.enSource = Objects.requireNonNull(en, "en");
        this.zhSource = Objects.requireNonNull(zh, "zh");
    }

    /**
     * An explanation with its texts; the same as the constructor.
     *
     * @param en the English text
     * @param zh the Chinese text
     * @return the explanation
     */
    public static Explanation of(String en, String zh) {
        return new Explanation(en, zh);
    }

    /**
     * An explanation whose texts are rendered the first time they are needed. Each renderer must be a
     * pure function of values that do not change (it may run more than once, on any thread) and must
     * not return null; a null text is reported as a {@link NullPointerException} when it is rendered.
     *
     * @param en renders the English text
     * @param zh renders the Chinese text
     * @return the explanation
     */
    public static Explanation onDemand(Supplier<String> en, Supplier<String> zh) {
        return new Explanation(en, zh);
    }

    /**
     * The English text, rendered on first use.
     *
     * @return the English text
     */
    public String en() {
        String s = en;
        if (s == null) {
            s = render(enSource, "English");
            en = s;
        }
        return s;
    }

    /**
     * The Chinese text, rendered on first use.
     *
     * @return the Chinese text
     */
    public String zh() {
        String s = zh;
        if (s == null) {
            s = render(zhSource, "Chinese");
            zh = s;
        }
        return s;
    }

    /** The text of a source: the text itself, or what its renderer gives. */
    @SuppressWarnings("unchecked")
    private static String render(Object source, String language) {
        return source instanceof String text ? text
                : Objects.requireNonNull(((Supplier<String>) source).get(), () -> "rendered " + language + " text");
    }

    /**
     * The text in a language: Chinese for a {@code zh} locale, English otherwise; the default locale
     * is never consulted. Only that text is rendered.
     *
     * @param locale the locale
     * @return the text
     */
    public String text(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh() : en();
    }

    /**
     * Whether another object is an explanation with the same texts (rendering both as needed).
     *
     * @param o the other object
     * @return true when both texts are equal
     */
    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Explanation e && en().equals(e.en()) && zh().equals(e.zh()));
    }

    /**
     * A hash of both texts.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * en().hashCode() + zh().hashCode();
    }

    /**
     * The texts, as {@code Explanation[en=…, zh=…]}.
     *
     * @return the string
     */
    @Override
    public String toString() {
        return "Explanation[en=" + en() + ", zh=" + zh() + "]";
    }
}
