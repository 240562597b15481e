package app.stepwise.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model folder's model.json: what the model is, its sizes, its special tokens and prompt format, its licence,
 * what it was trained on, and its measured evaluation figures.
 */
public record ModelManifest(String name, String version, String architecture, long parameters, String weights, int maxLength,
        Map<String, Integer> specialTokens, String endToken, Map<String, String> prompt, String licence, JsonNode raw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ModelManifest read(Path folder) throws ModelException {
        Path file = folder.resolve("model.json");
        if (!Files.isRegularFile(file))
            throw new ModelException("the model folder " + folder.getFileName() + " has no model.json", "noFile",
                    String.valueOf(folder.getFileName()), "model.json");
        JsonNode n;
        try {
            n = JSON.readTree(file.toFile());
        } catch (IOException e) {
            String line = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? String.valueOf(j.getLocation().getLineNr())
                    : "?";
            throw new ModelException("model.json in " + folder.getFileName() + " is not valid JSON: " + e.getMessage(),
                    "notJson", String.valueOf(folder.getFileName()), line);
        }
        if (n == null || !n.isObject())
            throw new ModelException("model.json in " + folder.getFileName() + " is not a JSON object", "notObject",
                    String.valueOf(folder.getFileName()));
        String name = text(n, "name", folder.getFileName().toString());
        String where = "model.json of " + folder.getFileName();
        String folderName = String.valueOf(folder.getFileName());
        Map<String, Integer> specials = new LinkedHashMap<>();
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) () -> n.path("specialTokens").fields()) {
            if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber() || e.getValue().asInt() < 0)
                throw new ModelException(where + " gives " + e.getValue() + " for " + e.getKey() + ", not a token id",
                        "badTokenId", folderName, e.getValue().toString(), e.getKey());
            specials.put(e.getKey(), e.getValue().asInt());
        }
        String end = text(n, "endToken", ControlTokens.END);
        // without its end token a generation never stops by itself: every request would run to its limit
        if (!specials.containsKey(end))
            throw new ModelException(where + " gives no token id for its end token " + end + " (in specialTokens)",
                    "noEndToken", folderName, end);
        JsonNode length = n.path("maxLength");
        if (!length.isIntegralNumber() || !length.canConvertToInt() || length.asInt() <= 0)
            throw new ModelException(where + " gives no usable maxLength (the most tokens the model reads, a whole number)",
                    "noMaxLength", folderName);
        Map<String, String> prompt = new LinkedHashMap<>();
        n.path("prompt").fields().forEachRemaining(e -> prompt.put(e.getKey(), e.getValue().asText()));
        return new ModelManifest(name, text(n, "version", "?"), text(n, "architecture", "?"), n.path("parameters").asLong(0),
                text(n, "weights", "?"), length.asInt(), specials, end, prompt, text(n, "licence", "unknown"), n);
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    /** Whether the manifest describes Stepwise's prompt format (solve, next, check); other decoders can still generate text. */
    public boolean speaksStepwise() {
        return prompt.containsKey("next") && prompt.containsKey("solve") && specialTokens.containsKey(ControlTokens.STEP)
                && specialTokens.containsKey(ControlTokens.MATH);
    }

    /**
     * What the model was trained to do: solve, next, check, read. Read from the manifest's "capabilities" list; a
     * manifest without one (models before the reading task) can do the views its prompt format names.
     */
    public java.util.Set<String> capabilities() {
        java.util.Set<String> c = new java.util.TreeSet<>();
        if (raw.path("capabilities").isArray()) raw.path("capabilities").forEach(n -> c.add(n.asText()));
        else
            for (String view : java.util.List.of("solve", "next", "check", "read"))
                if (prompt.containsKey(view)) c.add(view);
        if (c.contains("read") && !specialTokens.containsKey(ControlTokens.READ)) c.remove("read");
        return java.util.Collections.unmodifiableSet(c);
    }

    /** Whether the model can do this view (solve, next, check, read). */
    public boolean can(String capability) {
        return capabilities().contains(capability);
    }

    /** The evaluation figures recorded in the manifest (by stepwise eval-model), for the model picker. */
    public JsonNode evaluation() {
        return raw.path("evaluation");
    }
}
