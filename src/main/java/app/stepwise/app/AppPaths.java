package app.stepwise.app;

import app.stepwise.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where Stepwise finds its files. The install folder (bundled lessons and models) comes from the
 * {@code stepwise.app.dir} property that the launcher sets, else the working folder; the user's folder
 * (own packs, own models, progress database, logs) is {@link #userDir()}.
 */
public final class AppPaths {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppPaths.class);

    private AppPaths() {}

    public static Path appDir() {
        String p = System.getProperty("stepwise.app.dir");
        return p == null || p.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(p);
    }

    /**
     * The file a system package (the .deb) puts in the install folder: this copy was installed for every account, even
     * where this account can write the folder (root can write /opt). docs/decisions/0017.
     */
    public static final String INSTALLED_MARKER = "installed-for-every-account";

    /**
     * Whether the copy in {@code installFolder} was installed for every account by an administrator: the package's
     * {@link #INSTALLED_MARKER} is there, or this account cannot write the folder (an .msi in Program Files). A copy
     * this account can write and no package marked (unpacked, portable, built) is its own. Write permission alone
     * does not decide it, because an administrator can write every folder.
     */
    public static boolean installedForEveryAccount(Path installFolder) {
        return Files.exists(installFolder.resolve(INSTALLED_MARKER)) || !Files.isWritable(installFolder);
    }

    /** The folder beside the launcher whose presence switches on portable mode, and which then holds the data. */
    public static final String PORTABLE_FOLDER = "stepwise-data";

    /**
     * The user's data folder: {@code stepwise.home} when set; else, in portable mode, {@code stepwise-data} in the app's
     * own folder (a USB stick: the teacher switches it on by creating that folder); else the operating system's place for
     * per-user data: %APPDATA%\Stepwise on Windows, ~/Library/Application Support/Stepwise on macOS, ~/.stepwise on Linux.
     */
    public static Path userDir() {
        String p = System.getProperty("stepwise.home");
        if (p != null && !p.isBlank()) return Paths.get(p);
        Path portable = portableDir();
        if (Files.isDirectory(portable)) return portable;
        return osDataDir(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv("APPDATA"));
    }

    /** Where portable mode keeps the data: beside bin/ of an installed app image, else in the app folder. */
    public static Path portableDir() {
        String image = System.getProperty("stepwise.image.dir");
        Path root = image == null || image.isBlank() ? appDir() : Paths.get(image);
        return root.resolve(PORTABLE_FOLDER);
    }

    /** Whether the data is kept beside the app (portable mode). */
    public static boolean portable() {
        return userDir().equals(portableDir());
    }

    static Path osDataDir(String osName, String userHome, String appData) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows"))
            return appData == null || appData.isBlank()
                    ? Paths.get(userHome, "AppData", "Roaming", "Stepwise")
                    : Paths.get(appData, "Stepwise");
        if (os.startsWith("mac")) return Paths.get(userHome, "Library", "Application Support", "Stepwise");
        return Paths.get(userHome, ".stepwise");
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
    /**
     * Fixes the data folder for the whole run as {@code stepwise.home}, so that parts that cannot see this class (the
     * native-library caches of the model runtime) use the same folder: the stick in portable mode, the OS's place
     * otherwise. An explicit {@code stepwise.home} is kept.
     */
    public static void pinUserDir() {
        String p = System.getProperty("stepwise.home");
        if (p == null || p.isBlank()) System.setProperty("stepwise.home", userDir().toString());
    }

    public static void keepNativeCachesInDataFolder() {
        if (System.getProperty("javafx.cachedir") == null)
            System.setProperty("javafx.cachedir", userDir().resolve("cache").resolve("openjfx").toString());
    }

    /**
     * Creates the data folder, readable by this account only (rwx------ where the file system has POSIX permissions), so
     * that on a shared computer another account cannot read a student's progress, names or logs: a home folder is often
     * readable by every account (useradd makes it 755). A folder already in the operating system's place is narrowed to
     * the same; a portable {@code stepwise-data} folder and an explicit {@code stepwise.home} that exist are left as
     * they are (the teacher chose them). Never fatal: the app still runs, and the result says what is wrong.
     */
    public static DataFolder ensurePrivateDataFolder() {
        Path dir = userDir();
        boolean chosen = !dir.equals(osDataDir(System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv("APPDATA")));
        return makePrivate(dir, !chosen);
    }

    /**
     * What {@link #ensurePrivateDataFolder} found. {@code UNUSABLE}: Stepwise cannot keep the user's work there (said to
     * the user: {@link #said()} in the window's language, {@code message} its English on the command line);
     * {@code LEFT_AS_IT_IS}: usable, but its permissions were not narrowed (for the log); {@code PRIVATE}: made or already
     * owner-only, or a chosen folder left alone.
     */
    public record DataFolder(Path dir, State state, String message, Message said) {
        public enum State {
            PRIVATE,
            LEFT_AS_IT_IS,
            UNUSABLE
        }

        /** Said to the user only when unusable ({@code message} itself, in every language). */
        public DataFolder(Path dir, State state, String message) {
            this(dir, state, message, state == State.UNUSABLE ? Message.verbatim(message) : Message.NONE);
        }

        static DataFolder ok(Path dir) {
            return new DataFolder(dir, State.PRIVATE, "");
        }

        /** Why the user's work cannot be saved and what to do: in the feedback bundle's words, English and Spanish. */
        static DataFolder unusable(Path dir, String kind, Object... args) {
            Message said = Message.of("data.unusable." + kind, args);
            return new DataFolder(dir, State.UNUSABLE, said.english(), said);
        }

        public boolean unusable() {
            return state == State.UNUSABLE;
        }

        /** Says an unusable folder on {@code err} (no stack trace) and logs what is not as planned. */
        public void report(java.io.PrintStream err) {
            switch (state) {
                case UNUSABLE -> {
                    err.println("stepwise: " + message);
                    LOG.warn(message);
                }
                case LEFT_AS_IT_IS -> LOG.info(message);
                case PRIVATE -> {
                    // nothing to say
                }
            }
        }
    }

    /**
     * Creates {@code dir} as rwx------ when missing; narrows an existing one only when {@code narrowExisting}, and only a
     * real folder this account owns: a link is followed to the user's own choice of place and left alone, another
     * account's folder is never changed. Nothing in the folder is moved, replaced or deleted, whatever is found.
     */
    static DataFolder makePrivate(Path dir, boolean narrowExisting) {
        if (Files.isSymbolicLink(dir)) {
            if (Files.isDirectory(dir)) return writable(dir, "it is a link, kept as the user made it");
            return DataFolder.unusable(dir, "link", dir.toString(), linkTarget(dir));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) return DataFolder.unusable(dir, "file", dir.toString());
        boolean existed = Files.isDirectory(dir);
        try {
            if (!existed) Files.createDirectories(dir);
            if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) return writable(dir, "");
            if (existed && !narrowExisting) return writable(dir, "");
            String owner = Files.getOwner(dir).getName();
            String me = System.getProperty("user.name", "");
            if (!owner.equals(me)) return writable(dir, "it belongs to the account " + owner + ", not " + me, owner);
            if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) Files.setPosixFilePermissions(dir, OWNER_ONLY);
            return writable(dir, "");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // a refused chmod (a file system without POSIX permissions) leaves the folder as it was, still usable
            return Files.isDirectory(dir)
                    ? writable(dir, "its permissions could not be changed (" + reason(e) + ")")
                    : DataFolder.unusable(dir, "cannotMake", dir.toString(), reason(e), String.valueOf(dir.getParent()));
        }
    }

    /** The folder as found: private unless {@code why} says why it was left as it is; unusable if not writable. */
    private static DataFolder writable(Path dir, String why) {
        return writable(dir, why, "");
    }

    /** As above; {@code owner} is the account the folder belongs to when that is not this one. */
    private static DataFolder writable(Path dir, String why, String owner) {
        String me = System.getProperty("user.name", "$USER");
        if (!Files.isWritable(dir)) {
            if (!owner.isEmpty()) return DataFolder.unusable(dir, "otherOwner", dir.toString(), owner, me);
            if (!why.isEmpty()) LOG.info("Data folder {} cannot be written: {}", dir, why);
            return DataFolder.unusable(dir, "notWritable", dir.toString(), me);
        }
        return why.isEmpty()
                ? DataFolder.ok(dir)
                : new DataFolder(dir, DataFolder.State.LEFT_AS_IT_IS, "Data folder " + dir + " left as it is: " + why + ".");
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "a place that cannot be read";
        }
    }

    /** The system's reason in a few words (AccessDeniedException's message is only the path). */
    private static String reason(Exception e) {
        String why = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
        return why == null || why.isBlank() ? e.getClass().getSimpleName().replace("Exception", "") : why;
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /**
     * Creates the user's folders if missing; failure is not fatal (read-only home): the app still runs, and the window
     * says what the returned data folder's diagnosis says.
     */
    public static DataFolder ensureUserFolders() {
        DataFolder data = ensurePrivateDataFolder();
        try {
            Files.createDirectories(userPacks());
            Files.createDirectories(userModels());
        } catch (IOException | SecurityException e) {
            // reported where the folder is used
        }
        return data;
    }
}
