package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File dialogs open in the user's Documents or home, never the program's (read-only when installed) folder. */
class StartFolderTest {
    @Test
    void documentsWhenThereIsOneElseHome(@TempDir Path home) throws Exception {
        assertThat(StartFolder.of(home)).isEqualTo(home);
        Files.createDirectory(home.resolve("Documents"));
        assertThat(StartFolder.of(home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void theDialogsFolderIsUnderThisUsersHomeNotTheWorkingFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(StartFolder.forDialogs().toPath()).isIn(home, home.resolve("Documents"));
        assertThat(StartFolder.folderChooser().getInitialDirectory()).isEqualTo(StartFolder.forDialogs());
    }
}
