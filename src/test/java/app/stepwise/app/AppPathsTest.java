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

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else
            System.setProperty(key, value);
    }
}
