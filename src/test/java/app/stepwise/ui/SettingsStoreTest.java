package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: a change that cannot be written leaves the settings that were there. */
class SettingsStoreTest {
    @TempDir
    Path dir;

    /** Writes the default settings to the file named, in a JVM of its own (exit 3 when they could not be written). */
    public static final class WriteDefaults {
        public static void main(String[] args) {
            try {
                SettingsStore.load(Path.of(args[0])).write(Settings.DEFAULTS);
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }

    /**
     * A full disk (the shell's file size limit fails a write the same way) while settings are saved: written in place,
     * the file was left empty and the next start had the default settings.
     */
    @Test
    void aDiskThatIsFullLeavesTheSettingsThatWereThere() throws Exception {
        Path file = dir.resolve("settings.json");
        Settings mine = new Settings("my-model", "es", Settings.Theme.HIGH_CONTRAST, 1.5);
        SettingsStore.load(file).write(mine);
        byte[] before = Files.readAllBytes(file);
        assertThat(SettingsStore.read(file)).isEqualTo(mine);

        CliTest.Run r = CliTest.javaUnderFileSizeLimit(0, List.of(), WriteDefaults.class.getName(), file.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("File too large");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(SettingsStore.read(file)).isEqualTo(mine);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("settings.json");
        }
    }
}
