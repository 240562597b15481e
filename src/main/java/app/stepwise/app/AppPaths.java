package app.stepwise.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where Stepwise finds its files. The install folder (bundled lessons and models) comes from the
 * {@code stepwise.app.dir} property that the launcher sets, else the working folder; the user's folder
 * (own packs, own models, progress database) is {@code stepwise.home}, else ~/.stepwise.
 */
public final class AppPaths {
    private AppPaths() {}

    public static Path appDir() {
        String p = System.getProperty("stepwise.app.dir");
        return p == null || p.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(p);
    }

    public static Path userDir() {
        String p = System.getProperty("stepwise.home");
        return p == null || p.isBlank() ? Paths.get(System.getProperty("user.home"), ".stepwise") : Paths.get(p);
    }

    public static Path bundledLessons() {
        return appDir().resolve("lessons");
    }

    public static Path userPacks() {
        return userDir().resolve("packs");
    }

    public static Path bundledModels() {
        return appDir().resolve("models");
    }

    public static Path userModels() {
        return userDir().resolve("models");
    }

    public static List<Path> packFolders() {
        return List.of(bundledLessons(), userPacks());
    }

    /**
     * JavaFX unpacks its native libraries into ~/.openjfx/cache when it runs from jars; they go under the data folder
     * instead, so Stepwise writes nowhere but its data folder and the temp folder. (The installed app's runtime carries
     * them, and nothing is unpacked.)
     */
    public static void keepNativeCachesInDataFolder() {
        if (System.getProperty("javafx.cachedir") == null)
            System.setProperty("javafx.cachedir", userDir().resolve("cache").resolve("openjfx").toString());
    }

    /** Creates the user's folders if missing; failure is not fatal (read-only home): the app still runs. */
    public static void ensureUserFolders() {
        try {
            Files.createDirectories(userPacks());
            Files.createDirectories(userModels());
        } catch (IOException | SecurityException e) {
            // reported where the folder is used
        }
    }
}
