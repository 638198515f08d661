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
        boolean plain = !name.isEmpty() && name.chars().noneMatch(c -> c == '.' || c == '[' || c == ']');
        if (!plain) {
            return parent + "[" + name + "]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
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
            String segment = raw.replace("~1", "/").replace("~0", "~");
            path = segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()
                    ? path + "[" + segment + "]" : field(path, segment);
        }
        return path;
    }
}
