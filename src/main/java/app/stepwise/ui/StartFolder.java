package app.stepwise.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;

/**
 * Where the app's file dialogs open: the user's Documents folder, or home when there is none. Left alone, a dialog
 * opens in the program's own folder, which is read-only where Stepwise is installed (/opt/stepwise) (review20).
 */
final class StartFolder {
    private StartFolder() {}

    /** The folder for this user's dialogs. */
    static File forDialogs() {
        return of(Path.of(System.getProperty("user.home", "."))).toFile();
    }

    /** {@code home}/Documents when that is a folder, else {@code home}. */
    static Path of(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** A folder dialog that opens there. */
    static DirectoryChooser folderChooser() {
        DirectoryChooser c = new DirectoryChooser();
        c.setInitialDirectory(forDialogs());
        return c;
    }
}
