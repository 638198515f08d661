package io.github.fyplan.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.fyplan.model.problem.Location;
import java.util.Map;

/**
 * A JSON document as a tree, with the location in the text of every value by JSON Pointer.
 *
 * @param root      the root value
 * @param locations where each value starts, by JSON Pointer
 */
public record ParsedJson(JsonNode root, Map<String, Location> locations) implements Locator {

    /**
     * The location of a pointer, or of its nearest ancestor that has one.
     *
     * @param pointer a JSON Pointer
     * @return the location, or null
     */
    @Override
    public Location locate(String pointer) {
        String p = pointer;
        while (true) {
            Location l = locations.get(p);
            if (l != null || p.isEmpty()) {
                return l;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
