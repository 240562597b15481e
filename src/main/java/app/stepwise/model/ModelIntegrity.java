package app.stepwise.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks a model folder's files against the sizes and SHA-256 sums listed in its model.json ({@code "files"}, written by
 * models/training/export.py) before anything loads them, so a damaged copy (a bad USB stick, an interrupted copy) is
 * refused by name instead of giving hints marked as model hints.
 */
public final class ModelIntegrity {
    private ModelIntegrity() {}

    /** What the check found: every listed file matches, or the manifest lists no checksums (a model from elsewhere). */
    public enum Status {
        VERIFIED,
        NO_CHECKSUMS
    }

    /**
     * Verifies the files that the folder's model.json lists.
     *
     * @throws ModelException naming the damaged or missing file, in words for the person who installed the model
     */
    public static Status verify(Path folder) throws ModelException {
        ModelManifest manifest = ModelManifest.read(folder);
        JsonNode files = manifest.raw().path("files");
        if (!files.isObject() || files.isEmpty()) return Status.NO_CHECKSUMS;
        String model = folder.getFileName().toString();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String expected = e.getValue().path("sha256").asText("");
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder.normalize()) || name.contains("/") || name.contains("\\"))
                throw new ModelException("model.json of " + model + " lists a file outside its folder: " + name);
            if (!Files.isRegularFile(file))
                throw new ModelException("the model " + model + " is incomplete: " + name + " is missing. Copy the model again.",
                        "incomplete", model, name);
            long bytes = e.getValue().path("bytes").asLong(-1);
            try {
                long size = Files.size(file);
                String found = bytes >= 0 && size != bytes ? "" : sha256(file);
                if (bytes >= 0 && size != bytes || !expected.equalsIgnoreCase(found))
                    throw new ModelException("the model " + model + " is damaged or incomplete (its file " + name
                            + " is not the one it was made with). Reinstall the model, or choose another one.",
                            name + " is " + size + " bytes" + (found.isEmpty() ? "" : " with SHA-256 " + found)
                                    + "; model.json lists " + (bytes >= 0 ? bytes + " bytes with " : "")
                                    + "SHA-256 " + expected,
                            new ModelException.Reason("damaged", java.util.List.of(model, name)));
            } catch (IOException x) {
                throw new ModelException(name + " of the model " + model + " cannot be read: " + x.getMessage(), x);
            }
        }
        return Status.VERIFIED;
    }

    /** The SHA-256 of a file as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
