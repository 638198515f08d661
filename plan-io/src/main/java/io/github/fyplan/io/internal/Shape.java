package io.github.fyplan.io.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one kind of JSON object of the plan format is bound: its fields in format order, how each
 * value is read, which are required, whether {@code x-} extensions are kept, and how the model
 * value is built from the values read.
 *
 * @param <T> the model type
 */
final class Shape<T> {
    /** Reads the value at the binder's current token. */
    @FunctionalInterface
    interface ValueReader<V> {
        /**
         * Reads the value; the parser is at its first token and is left at its last.
         *
         * @param b the binder
         * @return the value, or null (absent, or after a reported problem)
         * @throws IOException from the parser
         */
        V read(StreamBinder b) throws IOException;
    }

    /** A field's reader and whether the field is required. */
    static final class Field {
        final boolean required;
        final ValueReader<?> reader;

        private Field(boolean required, ValueReader<?> reader) {
            this.required = required;
            this.reader = reader;
        }
    }

    /** The values read for one object, by field index, and its extensions. */
    static final class Values {
        private final Object[] values;
        private final Map<String, String> extensions;

        Values(Object[] values, Map<String, String> extensions) {
            this.values = values;
            this.extensions = extensions;
        }

        /**
         * The value of the field at an index of the shape's names.
         *
         * @param <V>   the type the caller expects, which the field's reader produced
         * @param index the index
         * @return the value, or null when absent
         */
        @SuppressWarnings("unchecked")
        <V> V get(int index) {
            return (V) values[index];
        }

        /**
         * The extension fields as canonical JSON text, sorted by key.
         *
         * @return the extensions
         */
        Map<String, String> extensions() {
            return extensions;
        }
    }

    final List<String> names;
    /** Each field's JSON Pointer from its object: {@code /name}, escaped. */
    final String[] pointers;
    final Field[] fields;
    final long requiredMask;
    final boolean extensible;
    final Function<Values, T> build;
    /** Open-addressing table of the names (a power of two, at most a quarter full) and their indices. */
    private final String[] slots;
    private final int[] slotIndex;

    private Shape(List<String> names, boolean extensible, Function<Values, T> build, Field... fields) {
        if (names.size() != fields.length || names.size() > 63) {
            throw new IllegalArgumentException("a shape needs one field per name, at most 63: " + names);
        }
        this.names = List.copyOf(names);
        this.fields = fields.clone();
        this.extensible = extensible;
        this.build = build;
        long mask = 0;
        this.pointers = new String[fields.length];
        this.slots = new String[Integer.highestOneBit(Math.max(4, fields.length * 4) - 1) << 1];
        this.slotIndex = new int[slots.length];
        for (int i = 0; i < fields.length; i++) {
            int slot = names.get(i).hashCode() & (slots.length - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = names.get(i);
            slotIndex[slot] = i;
            pointers[i] = "/" + TreeParser.escape(names.get(i));
            if (fields[i].required) {
                mask |= 1L << i;
            }
        }
        this.requiredMask = mask;
    }

    /**
     * A shape without extensions.
     *
     * @param <T>    the model type
     * @param names  the field names, in format order
     * @param build  builds the model value
     * @param fields one field per name
     * @return the shape
     */
    static <T> Shape<T> of(List<String> names, Function<Values, T> build, Field... fields) {
        return new Shape<>(names, false, build, fields);
    }

    /**
     * A shape that keeps {@code x-} extension fields.
     *
     * @param <T>    the model type
     * @param names  the field names, in format order
     * @param build  builds the model value
     * @param fields one field per name
     * @return the shape
     */
    static <T> Shape<T> extensible(List<String> names, Function<Values, T> build, Field... fields) {
        return new Shape<>(names, true, build, fields);
    }

    /**
     * A required field.
     *
     * @param reader how its value is read
     * @return the field
     */
    static Field required(ValueReader<?> reader) {
        return new Field(true, reader);
    }

    /**
     * An optional field.
     *
     * @param reader how its value is read
     * @return the field
     */
    static Field optional(ValueReader<?> reader) {
        return new Field(false, reader);
    }

    /**
     * The index of a field, or -1 for a name the shape does not have.
     *
     * @param name the name
     * @return the index
     */
    int indexOf(String name) {
        // Jackson hands out the same String for a name each time, with its hash computed once
        for (int slot = name.hashCode() & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            String known = slots[slot];
            if (known == name || known.equals(name)) {
                return slotIndex[slot];
            }
        }
        return -1;
    }
}
