package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.tutor.ModelCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user's settings (~/.stepwise/settings.json): for now, which model the tutor uses. */
record Settings(String model) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path file() {
        return AppPaths.userDir().resolve("settings.json");
    }

    static Settings load() {
        try {
            if (Files.isRegularFile(file()))
                return new Settings(JSON.readTree(file().toFile()).path("model").asText(ModelCatalog.DEFAULT));
        } catch (IOException e) {
            // unreadable settings: the defaults
        }
        return new Settings(ModelCatalog.DEFAULT);
    }

    /** Saves; a failure (read-only home, full disk) is returned as a message, the setting still applies for this run. */
    String save() {
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("model", model);
            Files.createDirectories(file().getParent());
            Files.writeString(file(), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n));
            return "";
        } catch (IOException e) {
            return "The setting could not be saved (" + e.getMessage() + "); it applies until Stepwise closes.";
        }
    }
}
