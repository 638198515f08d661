package io.github.fyplan.io.internal;

/**
 * Property paths as the model's findings use them ({@code indicators[3].target}), built so that
 * {@link io.github.fyplan.model.problem.Finding#toJsonPointer} gives back the JSON Pointer.
 */
public final class Paths {
    private Paths() {
    }

    /**
     * The path of a field.
     *
     * @param parent the parent's path
     * @param name   the field's name
     * @return the path
     */
    public static String field(String parent, String name) {
        if (!plain(name)) {
            return parent + "[" + name + "]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Whether a name can follow a dot; a plain loop, as this runs for every field read. */
    private static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '[' || c == ']') {
                return false;
            }
        }
        return true;
    }

    /**
     * The path of an array element.
     *
     * @param parent the array's path
     * @param index  the index
     * @return the path
     */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * A name as a JSON Pointer segment: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}.
     *
     * @param name the name
     * @return the segment
     */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A JSON Pointer segment's name: {@code ~1} is {@code /}, {@code ~0} is {@code ~} (RFC 6901).
     *
     * @param segment the segment as written in the pointer
     * @return the name
     */
    public static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /**
     * Converts a JSON Pointer to a path.
     *
     * @param pointer the pointer
     * @return the path
     */
    public static String fromPointer(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        String path = "";
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = unescape(raw);
            path = segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()
                    ? path + "[" + segment + "]" : field(path, segment);
        }
        return path;
    }
}
