package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.io.SerializedString;
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

    /** How a field's value is read: the common kinds directly, by a switch, others by a reader. */
    enum Kind {
        /** A string. */
        STRING,
        /** A string or null. */
        OPT_STRING,
        /** An array of strings. */
        STRINGS,
        /** A decimal number. */
        DECIMAL,
        /** A decimal number or null. */
        OPT_DECIMAL,
        /** An integer. */
        INTEGER,
        /** An integer or null. */
        OPT_INTEGER,
        /** A year. */
        YEAR,
        /** A year or null. */
        OPT_YEAR,
        /** A boolean. */
        BOOL,
        /** An enumeration constant by its format name. */
        ENUM,
        /** An object of a shape. */
        OBJECT,
        /** An object of a shape, or null. */
        OPT_OBJECT,
        /** An array of objects of a shape. */
        LIST,
        /** Anything else, by a {@link ValueReader}. */
        OTHER
    }

    /**
     * A field: how its value is read and whether it is required.
     *
     * <p>The kind is a switch in the binder rather than a lambda per field: a call site that sees
     * dozens of lambda classes cannot be inlined, and it runs for every value of a document.
     */
    static final class Field {
        final boolean required;
        final Kind kind;
        final Class<? extends Enum<?>> enumType;
        final Shape<?> shape;
        final ValueReader<?> reader;

        private Field(boolean required, Kind kind, Class<? extends Enum<?>> enumType, Shape<?> shape,
                ValueReader<?> reader) {
            this.required = required;
            this.kind = kind;
            this.enumType = enumType;
            this.shape = shape;
            this.reader = reader;
        }

        /**
         * A required field of a scalar kind.
         *
         * @param kind the kind
         * @return the field
         */
        static Field required(Kind kind) {
            return new Field(true, kind, null, null, null);
        }

        /**
         * An optional field of a scalar kind.
         *
         * @param kind the kind
         * @return the field
         */
        static Field optional(Kind kind) {
            return new Field(false, kind, null, null, null);
        }

        /**
         * A required enumeration constant.
         *
         * @param type the enumeration
         * @return the field
         */
        static Field enumeration(Class<? extends Enum<?>> type) {
            return new Field(true, Kind.ENUM, type, null, null);
        }

        /**
         * A nested object.
         *
         * @param kind  {@link Kind#OBJECT}, {@link Kind#OPT_OBJECT} or {@link Kind#LIST}
         * @param shape the object's shape
         * @return the field
         */
        static Field nested(Kind kind, Shape<?> shape) {
            return new Field(kind == Kind.OBJECT, kind, null, shape, null);
        }
    }

    /** The values read for one object, by field index, and its extensions. */
    static final class Values {
        private Object[] values;
        private Map<String, String> extensions;

        /**
         * Holds the values of the object being built. A binder keeps one per nesting depth and
         * refills it for each object: the model's constructors copy what they keep.
         *
         * @param newValues     the values by field index
         * @param newExtensions the extensions
         * @return this
         */
        Values of(Object[] newValues, Map<String, String> newExtensions) {
            this.values = newValues;
            this.extensions = newExtensions;
            return this;
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
    /** Each field's name, quoted and encoded once, for {@link com.fasterxml.jackson.core.JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}. */
    final SerializedString[] serialized;
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
        this.serialized = new SerializedString[fields.length];
        this.slots = new String[Integer.highestOneBit(Math.max(4, fields.length * 4) - 1) << 1];
        this.slotIndex = new int[slots.length];
        for (int i = 0; i < fields.length; i++) {
            int slot = names.get(i).hashCode() & (slots.length - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = names.get(i);
            slotIndex[slot] = i;
            pointers[i] = "/" + Paths.escape(names.get(i));
            serialized[i] = new SerializedString(names.get(i));
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
     * A required field read by a reader.
     *
     * @param reader how its value is read
     * @return the field
     */
    static Field required(ValueReader<?> reader) {
        return new Field(true, Kind.OTHER, null, null, reader);
    }

    /**
     * An optional field read by a reader.
     *
     * @param reader how its value is read
     * @return the field
     */
    static Field optional(ValueReader<?> reader) {
        return new Field(false, Kind.OTHER, null, null, reader);
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
