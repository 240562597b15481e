package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-user data in each OS's conventional place; portable mode keeps it beside the app when its folder exists. */
class AppPathsTest {
    @Test
    void eachOperatingSystemKeepsDataInItsConventionalPlace() {
        assertThat(AppPaths.osDataDir("Windows 11", "C:\\Users\\amy", "C:\\Users\\amy\\AppData\\Roaming"))
                .isEqualTo(Path.of("C:\\Users\\amy\\AppData\\Roaming", "Stepwise"));
        assertThat(AppPaths.osDataDir("Windows 10", "/home/amy", null))
                .isEqualTo(Path.of("/home/amy", "AppData", "Roaming", "Stepwise"));
        assertThat(AppPaths.osDataDir("Mac OS X", "/Users/amy", null))
                .isEqualTo(Path.of("/Users/amy/Library/Application Support/Stepwise"));
        assertThat(AppPaths.osDataDir("Linux", "/home/amy", null)).isEqualTo(Path.of("/home/amy/.stepwise"));
    }

    @Test
    void theStepwiseDataFolderBesideTheAppSwitchesOnPortableMode(@TempDir Path stick) throws Exception {
        String home = System.getProperty("stepwise.home");
        String image = System.getProperty("stepwise.image.dir");
        try {
            System.clearProperty("stepwise.home");
            System.setProperty("stepwise.image.dir", stick.toString());
            assertThat(AppPaths.portable()).isFalse(); // no folder: the OS's place
            assertThat(AppPaths.userDir()).isNotEqualTo(stick.resolve("stepwise-data"));

            Files.createDirectory(stick.resolve("stepwise-data")); // the teacher's one switch
            assertThat(AppPaths.userDir()).isEqualTo(stick.resolve("stepwise-data"));
            assertThat(AppPaths.portable()).isTrue();
            assertThat(Logs.folder()).isEqualTo(stick.resolve("stepwise-data").resolve("logs"));

            AppPaths.pinUserDir(); // what the launcher does first: every part of the run now sees the stick
            assertThat(System.getProperty("stepwise.home")).isEqualTo(stick.resolve("stepwise-data").toString());

            System.setProperty("stepwise.home", stick.resolve("elsewhere").toString()); // an explicit home still wins
            AppPaths.pinUserDir();
            assertThat(AppPaths.userDir()).isEqualTo(stick.resolve("elsewhere"));
        } finally {
            restore("stepwise.home", home);
            restore("stepwise.image.dir", image);
        }
    }

    @Test
    void aCopyThePackageMarkedIsInstalledForEveryAccountEvenWhereThisAccountCanWriteIt(@TempDir Path opt) throws Exception {
        // root can write /opt/stepwise/lib/app: write permission alone made root's window treat the package as its own copy
        assertThat(Files.isWritable(opt)).isTrue();
        assertThat(AppPaths.installedForEveryAccount(opt)).as("unpacked, built or portable: this account's own").isFalse();
        Files.writeString(opt.resolve(AppPaths.INSTALLED_MARKER), "installed by the package\n");
        assertThat(AppPaths.installedForEveryAccount(opt)).isTrue();
    }

    @Test
    void theLinuxPackageCarriesTheMarkTheAppLooksFor() throws Exception {
        String script = Files.readString(Path.of("installer/build-linux.sh"));
        assertThat(script).contains("lib/app/" + AppPaths.INSTALLED_MARKER);
        // only the .deb: the portable .tar.gz is packed before the mark is written, and the mark is removed after
        assertThat(script.indexOf(AppPaths.INSTALLED_MARKER)).isGreaterThan(script.indexOf("tar -C"));
        assertThat(Files.readString(Path.of("installer/build-windows.ps1"))).contains("app\\" + AppPaths.INSTALLED_MARKER);
    }

    @Test
    void aNewDataFolderIsReadableByItsOwnAccountOnly(@TempDir Path home) throws Exception {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"));
        Path data = home.resolve("amy").resolve(".stepwise");

        AppPaths.makePrivate(data, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    @Test
    void aDataFolderInTheUsualPlaceIsNarrowedButAChosenOneIsLeftAsItIs(@TempDir Path home) throws Exception {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"));
        Path usual = Files.createDirectory(home.resolve(".stepwise"));
        Path chosen = Files.createDirectory(home.resolve("shared-data"));
        Files.setPosixFilePermissions(usual, PosixFilePermissions.fromString("rwxr-xr-x")); // made by an older Stepwise
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxrwxr-x"));

        AppPaths.makePrivate(usual, true);
        AppPaths.makePrivate(chosen, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen))).isEqualTo("rwxrwxr-x");
    }

    @Test
    void aDataFolderThatIsALinkIsUsedButItsTargetIsNeverNarrowed(@TempDir Path home) throws Exception {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"));
        Path shared = Files.createDirectory(home.resolve("class-share"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));
        Files.writeString(shared.resolve("progress.db"), "amy's progress");
        Path link = Files.createSymbolicLink(home.resolve(".stepwise"), shared);

        AppPaths.DataFolder found = AppPaths.makePrivate(link, true);

        assertThat(found.state()).isEqualTo(AppPaths.DataFolder.State.LEFT_AS_IT_IS);
        assertThat(found.message()).contains("link");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxr-x");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(shared.resolve("progress.db"))).isEqualTo("amy's progress");
    }

    @Test
    void aLinkToAStickThatIsNotThereIsSaidAndKept(@TempDir Path home) throws Exception {
        Path link = Files.createSymbolicLink(home.resolve(".stepwise"), home.resolve("media/usb/stepwise"));

        AppPaths.DataFolder found = AppPaths.makePrivate(link, true);

        assertThat(found.state()).isEqualTo(AppPaths.DataFolder.State.UNUSABLE);
        assertThat(found.message()).contains(link.toString()).contains("media/usb/stepwise")
                .contains("cannot be saved").doesNotContain("Exception");
        assertThat(Files.isSymbolicLink(link)).as("the link is not replaced").isTrue();
        assertThat(home.resolve("media")).as("nothing made at the link's end").doesNotExist();
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsSaidAndKept(@TempDir Path home) throws Exception {
        Path file = Files.writeString(home.resolve(".stepwise"), "notes");

        AppPaths.DataFolder found = AppPaths.makePrivate(file, true);

        assertThat(found.state()).isEqualTo(AppPaths.DataFolder.State.UNUSABLE);
        assertThat(found.message()).contains("is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("notes");
    }

    @Test
    void anotherAccountsDataFolderIsNeverChanged(@TempDir Path home) throws Exception {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"));
        // made by sudo with the user's HOME, or restored from a backup as another account
        Path data = Files.createDirectory(home.resolve(".stepwise"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        var other = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        try {
            Files.setOwner(data, other);
        } catch (java.io.IOException e) {
            assumeTrue(false, "only an administrator can give a folder to another account");
        }

        AppPaths.DataFolder found = AppPaths.makePrivate(data, true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwxr-xr-x");
        assertThat(found.state()).isNotEqualTo(AppPaths.DataFolder.State.PRIVATE);
        assertThat(found.message()).contains("nobody");
    }

    @Test
    void aDataFolderThisAccountCannotWriteIsSaidWithTheFix(@TempDir Path home) throws Exception {
        assumeTrue(Files.getFileStore(home).supportsFileAttributeView("posix"));
        assumeTrue(!"root".equals(System.getProperty("user.name")), "the administrator can write every folder");
        Path data = Files.createDirectory(home.resolve(".stepwise"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        try {
            AppPaths.DataFolder found = AppPaths.makePrivate(data, false);
            assertThat(found.state()).isEqualTo(AppPaths.DataFolder.State.UNUSABLE);
            assertThat(found.message()).contains("cannot be written").contains("sudo chown -R");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The window says an unusable folder in its own language (the command line in English, as before). */
    @Test
    void anUnusableDataFolderIsSaidInEnglishAndInSpanish(@TempDir Path home) throws Exception {
        Path file = Files.writeString(home.resolve(".stepwise"), "not a folder");
        AppPaths.DataFolder found = AppPaths.makePrivate(file, true);
        assertThat(found.unusable()).isTrue();
        assertThat(found.said().english()).isEqualTo(found.message()).contains(file.toString())
                .contains("is a file, not a folder").contains("your work cannot be saved").contains("Rename the file");
        assertThat(found.said().in(java.util.Locale.forLanguageTag("es"))).contains(file.toString())
                .contains("es un archivo, no una carpeta").contains("no se puede guardar").contains("Cambia el nombre");
        assertThat(AppPaths.makePrivate(home.resolve("fresh"), true).said().isEmpty()).as("a usable folder says nothing")
                .isTrue();
    }

    @Test
    void anUnusableDataFolderIsSaidInOneLineWithoutAStackTrace() {
        var err = new java.io.ByteArrayOutputStream();
        new AppPaths.DataFolder(Path.of("/home/amy/.stepwise"), AppPaths.DataFolder.State.UNUSABLE,
                "Your Stepwise data folder /home/amy/.stepwise is a file, not a folder, so your work cannot be saved.")
                .report(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("stepwise: Your Stepwise data folder")
                .doesNotContain("\tat ").hasLineCount(1);
        var quiet = new java.io.ByteArrayOutputStream();
        new AppPaths.DataFolder(Path.of("/x"), AppPaths.DataFolder.State.LEFT_AS_IT_IS, "left")
                .report(new java.io.PrintStream(quiet, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(quiet.size()).as("only the log hears of a folder left as it is").isZero();
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else
            System.setProperty(key, value);
    }
}
