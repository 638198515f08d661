package io.github.fyplan.model.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Structural helpers shared by the record constructors of every model package; not API. */
public final class Checks {
    private Checks() {
    }

    /**
     * A defensive, unmodifiable copy that rejects null elements, naming the component.
     *
     * @param <T>    the element type
     * @param values the list
     * @param name   the component's name, for the message
     * @return the copy
     */
    public static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] is null");
            }
        }
        return List.copyOf(values);
    }

    /**
     * A defensive, unmodifiable copy sorted by key, so that equal maps print alike.
     *
     * @param values the map
     * @param name   the component's name, for the message
     * @return the copy
     */
    public static Map<String, String> sortedMap(Map<String, String> values, String name) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            // most indicators and projects have no extensions: no map of their own
            return Collections.emptySortedMap();
        }
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(name + " holds a null key or value");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
