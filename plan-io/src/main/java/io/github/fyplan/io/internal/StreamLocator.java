package io.github.fyplan.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.fyplan.model.problem.Location;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Places findings of a streamed document after the fact, so that a read without problems pays for
 * no location at all.
 *
 * <p>While binding, the places of a few values are recorded as checkpoints (the root, its fields,
 * the elements of its arrays: one per indicator, goal or box). A pointer is placed by opening a
 * parser at its nearest checkpoint and walking down to it, skipping what lies beside the path; a
 * value that is not in the document (a missing field) is placed at its nearest ancestor that is.
 */
final class StreamLocator implements Locator {
    private final StreamSource input;
    /** Checkpoints as recorded: a base pointer, an array index or -1, the value's offset and line. */
    private String[] bases = new String[64];
    private int[] indices = new int[64];
    private long[] offsets = new long[64];
    private int[] lines = new int[64];
    private int count;
    /** Offset and line of each checkpoint's value, by pointer; built when the first finding is placed. */
    private Map<String, long[]> checkpoints;

    StreamLocator(StreamSource input) {
        this.input = input;
    }

    /**
     * Records where the value at the main parser's current token starts. Its pointer is built
     * only if a finding is placed.
     *
     * @param p     the main parser, at the value's first token
     * @param base  the value's pointer, or its array's
     * @param index the value's index in that array, or -1 when {@code base} is its own pointer
     */
    void mark(JsonParser p, String base, int index) {
        if (count == bases.length) {
            bases = Arrays.copyOf(bases, count * 2);
            indices = Arrays.copyOf(indices, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
            lines = Arrays.copyOf(lines, count * 2);
        }
        JsonLocation l = p.currentTokenLocation();
        bases[count] = base;
        indices[count] = index;
        offsets[count] = input.offset(l);
        lines[count] = l.getLineNr();
        count++;
    }

    private Map<String, long[]> checkpoints() {
        if (checkpoints == null) {
            checkpoints = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String pointer = indices[i] < 0 ? bases[i] : bases[i] + "/" + indices[i];
                checkpoints.put(pointer, new long[] {offsets[i], lines[i]});
            }
        }
        return checkpoints;
    }

    @Override
    public Location locate(String pointer) {
        Map<String, long[]> checkpoints = checkpoints();
        String at = pointer;
        while (!checkpoints.containsKey(at)) {
            if (at.isEmpty()) {
                return null;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        long[] cp = checkpoints.get(at);
        if (at.equals(pointer)) {
            return input.location(cp[0], (int) cp[1]);
        }
        try (JsonParser sub = input.parser(cp[0])) {
            sub.nextToken();
            JsonLocation first = sub.currentTokenLocation();
            JsonLocation found = walk(sub, pointer.substring(at.length() + 1).split("/", -1), first);
            long offset = cp[0] + input.offset(found) - input.offset(first);
            return input.location(offset, (int) cp[1] + found.getLineNr() - first.getLineNr());
        } catch (IOException | RuntimeException e) {
            // the text up to the checkpoint parsed before; if what follows does not, the checkpoint is the best place
            return input.location(cp[0], (int) cp[1]);
        }
    }

    /** Walks down the segments from the current value; the place of the deepest value found. */
    private static JsonLocation walk(JsonParser p, String[] segments, JsonLocation start) throws IOException {
        JsonLocation found = start;
        for (String raw : segments) {
            String segment = Paths.unescape(raw);
            if (!step(p, segment)) {
                return found;
            }
            found = p.currentTokenLocation();
        }
        return found;
    }

    /** Moves from a container's start to its member or element named by a segment; false if absent. */
    private static boolean step(JsonParser p, String segment) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            String name;
            while ((name = p.nextFieldName()) != null) {
                p.nextToken();
                if (name.equals(segment)) {
                    return true;
                }
                p.skipChildren();
            }
            return false;
        }
        if (p.currentToken() == JsonToken.START_ARRAY && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit)
                && segment.length() < 10) {
            int index = Integer.parseInt(segment);
            JsonToken t;
            for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY && t != null; i++) {
                if (i == index) {
                    return true;
                }
                p.skipChildren();
            }
        }
        return false;
    }
}
