package io.github.fyplan.report;

import java.util.Locale;

/**
 * Renders a view model to text. Implementations are pure functions of their arguments: the same
 * model and locale always give the same characters, with no timestamps and no dependence on the
 * default locale or time zone. Implementations are immutable and thread-safe.
 *
 * @param <T> the view model's type
 */
public interface Renderer<T> {

    /**
     * Renders a model.
     *
     * @param model  the model
     * @param locale the labels' language: English for an {@code en} locale, Chinese otherwise
     * @return the text, lines ending in {@code \n}, with a final newline
     */
    String render(T model, Locale locale);

    /**
     * The usual file extension of the output, without the dot.
     *
     * @return such as {@code html}, {@code md} or {@code csv}
     */
    String fileExtension();
}
