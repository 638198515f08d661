package io.github.fyplan.io.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A few names with their values, looked up in the parser's character buffer without making a
 * String of the name: enumeration constants by their format names, shapes by their type names.
 *
 * @param <V> the values
 */
final class NameTable<V> {
    private static final ClassValue<NameTable<?>> ENUMS = new ClassValue<>() {
        @Override
        protected NameTable<?> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new LinkedHashMap<>();
            for (Object e : type.getEnumConstants()) {
                byName.put(Reading.enumName((Enum<?>) e), (Enum<?>) e);
            }
            return new NameTable<>(byName);
        }
    };

    private final char[][] names;
    private final Object[] values;
    private final String allowed;

    /**
     * A table of the entries of a map.
     *
     * @param byName the values by name
     */
    NameTable(Map<String, ? extends V> byName) {
        names = new char[byName.size()][];
        values = new Object[byName.size()];
        int i = 0;
        for (Map.Entry<String, ? extends V> e : byName.entrySet()) {
            names[i] = e.getKey().toCharArray();
            values[i] = e.getValue();
            i++;
        }
        allowed = String.join(", ", byName.keySet());
    }

    /**
     * The constants of an enumeration by their format names, built once per type.
     *
     * @param <E>  the enumeration
     * @param type its class
     * @return the table
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> NameTable<E> ofEnum(Class<E> type) {
        return (NameTable<E>) ENUMS.get(type);
    }

    /**
     * The value of the name written in a buffer.
     *
     * @param text   the buffer
     * @param offset where the name starts
     * @param length its length
     * @return the value, or null
     */
    @SuppressWarnings("unchecked")
    V find(char[] text, int offset, int length) {
        for (int i = 0; i < names.length; i++) {
            char[] name = names[i];
            if (name.length == length && (length == 0 || name[0] == text[offset])
                    && Arrays.equals(name, 0, length, text, offset, offset + length)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /**
     * The names, in the table's order, for a message that lists what is allowed.
     *
     * @return the names joined by {@code ", "}
     */
    String allowed() {
        return allowed;
    }

    /**
     * The value of a name.
     *
     * @param name the name
     * @return the value, or null
     */
    V find(String name) {
        char[] chars = name.toCharArray();
        return find(chars, 0, chars.length);
    }
}
