package io.github.fyplan.model.problem;

/**
 * The root of every exception fyplan throws on purpose. Unchecked, like java.time's
 * {@code DateTimeException}: callers catch it where they can act on it.
 */
public class FyplanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong
     */
    public FyplanException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause   the underlying cause
     */
    public FyplanException(String message, Throwable cause) {
        super(message, cause);
    }
}
