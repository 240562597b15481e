package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A double-clicked pack file arrives as the only argument and opens the window on it; verbs are left alone. */
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
}
