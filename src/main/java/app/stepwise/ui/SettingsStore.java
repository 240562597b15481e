package app.stepwise.ui;

import app.stepwise.lesson.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings file ({@code ~/.stepwise/settings.json}) and the settings in use. Read once at start; each change
 * applies at once and is written by a background task. An unreadable file gives the defaults; an unwritable one
 * keeps the change for this run and says so.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final ReadOnlyObjectWrapper<Settings> current;

    private SettingsStore(Path file, Settings initial) {
        this.file = file;
        this.current = new ReadOnlyObjectWrapper<>(initial);
    }

    /** Reads the file (small; done once at start). */
    public static SettingsStore load(Path file) {
        return new SettingsStore(file, read(file));
    }

    static Settings read(Path file) {
        try {
            if (!Files.isRegularFile(file)) return Settings.DEFAULTS;
            JsonNode n = JSON.readTree(file.toFile());
            Settings d = Settings.DEFAULTS;
            Settings.Theme theme;
            try {
                theme = Settings.Theme.valueOf(n.path("theme").asText(d.theme().name()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                theme = d.theme();
            }
            return new Settings(n.path("model").asText(d.model()), n.path("language").asText(d.language()), theme,
                    n.path("fontScale").asDouble(d.fontScale()));
        } catch (IOException | RuntimeException e) {
            return Settings.DEFAULTS; // unreadable settings: the defaults
        }
    }

    public Settings get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * Applies new settings now and writes them in the background; {@code problem} hears (on the UI thread) when the
     * file could not be written.
     */
    public void change(Settings next, TaskExecutor tasks, Consumer<String> problem) {
        current.set(next);
        BackgroundTask.wrap(() -> write(next)).named("save settings").onFailure(e -> problem.accept(e.getMessage()))
                .executeWith(tasks);
    }

    void write(Settings s) {
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("model", s.model());
            n.put("language", s.language());
            n.put("theme", s.theme().name().toLowerCase(Locale.ROOT));
            n.put("fontScale", s.fontScale());
            // in one step: a full disk or a crash leaves the settings that were there, not an empty file
            AtomicFile.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
