package app.stepwise.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a pack file sits (JSON pointer → line and column), so messages found after reading — the
 * content checks, the editor — can point into the file like the reader's own messages do.
 */
public final class PackLocations {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Map<String, int[]> at;

    private PackLocations(Map<String, int[]> at) {
        this.at = at;
    }

    /** The locations in this text; text that is not JSON gives no locations (messages then name the file only). */
    public static PackLocations of(String text) {
        Map<String, int[]> at = new HashMap<>();
        Deque<String[]> stack = new ArrayDeque<>(); // {kind, field or index}
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String[] top = stack.peek();
                if (t == JsonToken.FIELD_NAME) {
                    top[1] = p.currentName().replace("~", "~0").replace("/", "~1");
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                if (top != null && top[0].equals("a")) top[1] = String.valueOf(Integer.parseInt(top[1]) + 1);
                JsonLocation loc = p.currentTokenLocation();
                at.putIfAbsent(pointer(stack), new int[]{loc.getLineNr(), loc.getColumnNr()});
                if (t == JsonToken.START_OBJECT) stack.push(new String[]{"o", ""});
                if (t == JsonToken.START_ARRAY) stack.push(new String[]{"a", "-1"});
            }
        } catch (IOException | RuntimeException e) {
            // what was located before the bad spot stays usable
        }
        return new PackLocations(at);
    }

    private static String pointer(Deque<String[]> stack) {
        StringBuilder sb = new StringBuilder();
        stack.descendingIterator().forEachRemaining(f -> sb.append('/').append(f[1]));
        return sb.toString();
    }

    /** A located message: the value at the pointer, else its nearest located parent. */
    public PackProblem problem(Path file, String pointer, String message) {
        String p = pointer;
        int[] loc = at.get(p);
        while (loc == null && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            loc = at.get(p);
        }
        return new PackProblem(file, loc == null ? 0 : loc[0], loc == null ? 0 : loc[1], pointer, message);
    }
}
