package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Double-clicked pack files arrive as the only arguments (the desktop entry's %F) and open the window; verbs are left alone. */
class OpenedFileTest {
    @Test
    void aSinglePackFileOpensTheWindowOnIt(@TempDir Path dir) throws Exception {
        Path pack = Files.writeString(dir.resolve("fractions.stepwise-pack"), "{}");
        assertThat(Main.routeOpenedFile(new String[]{pack.toString()})).containsExactly("app", "--open", pack.toString());
        assertThat(Main.routeOpenedFile(new String[]{})).containsExactly("app");
        assertThat(Main.routeOpenedFile(new String[]{"version"})).containsExactly("version");
        assertThat(Main.routeOpenedFile(new String[]{"--self-test"})).containsExactly("--self-test");
        assertThat(Main.routeOpenedFile(new String[]{dir.resolve("missing.stepwise-pack").toString()}))
                .containsExactly(dir.resolve("missing.stepwise-pack").toString()); // picocli then says what is wrong
    }

    @Test
    void severalPackFilesOpenTheWindowOnTheFirst(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("fractions.stepwise-pack"), "{}");
        Path second = Files.writeString(dir.resolve("forces.stepwise-pack"), "{}");
        assertThat(Main.routeOpenedFile(new String[]{first.toString(), second.toString()}))
                .containsExactly("app", "--open", first.toString());
        String[] withMissing = {first.toString(), dir.resolve("missing.stepwise-pack").toString()};
        assertThat(Main.routeOpenedFile(withMissing)).containsExactly(withMissing);
    }
}
