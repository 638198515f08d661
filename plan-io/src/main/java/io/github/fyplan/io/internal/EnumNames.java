package io.github.fyplan.io.internal;

/**
 * An enumeration's constants with their format names as characters, so that a name can be looked
 * up in the parser's buffer without making a String of it.
 *
 * @param <E> the enumeration
 */
final class EnumNames<E extends Enum<E>> {
    private static final ClassValue<EnumNames<?>> TABLES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected EnumNames<?> computeValue(Class<?> type) {
            return new EnumNames((Class) type);
        }
    };

    private final E[] constants;
    private final char[][] names;

    private EnumNames(Class<E> type) {
        constants = type.getEnumConstants();
        names = new char[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            names[i] = Reading.enumName(constants[i]).toCharArray();
        }
    }

    /**
     * The table of an enumeration, built once.
     *
     * @param <E>  the enumeration
     * @param type its class
     * @return the table
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
        return (EnumNames<E>) TABLES.get(type);
    }

    /**
     * The constant whose format name is the given characters.
     *
     * @param text   the buffer
     * @param offset where the name starts
     * @param length its length
     * @return the constant, or null
     */
    E find(char[] text, int offset, int length) {
        for (int i = 0; i < names.length; i++) {
            char[] name = names[i];
            if (name.length == length && java.util.Arrays.equals(name, 0, length, text, offset, offset + length)) {
                return constants[i];
            }
        }
        return null;
    }
}
