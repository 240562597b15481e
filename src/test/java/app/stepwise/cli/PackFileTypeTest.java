package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Library;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The installers' lesson-pack file type agrees everywhere: the extension the library reads, the Windows/macOS
 * association (installer/pack-file.properties), and the Linux desktop entry and MIME type the .deb installs.
 */
class PackFileTypeTest {
    private static final Path INSTALLER = Path.of("installer");

    @Test
    void everyInstallerNamesTheLibrarysPackExtensionAndOneMimeType() throws Exception {
        Properties association = new Properties();
        try (Reader in = Files.newBufferedReader(INSTALLER.resolve("pack-file.properties"))) {
            association.load(in);
        }
        assertThat("." + association.getProperty("extension")).isEqualTo(Library.PACK_EXTENSION);
        String mimeType = association.getProperty("mime-type");

        Element type = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(INSTALLER.resolve("linux/stepwise-pack.xml").toFile()).getElementsByTagName("mime-type").item(0);
        assertThat(type.getAttribute("type")).isEqualTo(mimeType);
        assertThat(((Element) type.getElementsByTagName("glob").item(0)).getAttribute("pattern"))
                .isEqualTo("*" + Library.PACK_EXTENSION);

        assertThat(desktopEntry()).contains("MimeType=" + mimeType + ";");
    }

    @Test
    void theDesktopEntryPassesTheDoubleClickedFilesToTheLauncher() throws Exception {
        assertThat(desktopEntry()).containsPattern("(?m)^Exec=APPLICATION_LAUNCHER %F$");
    }

    @Test
    void thePackageScriptsInstallAndRemoveTheSameEntryAndTypeWithoutXdgMenus() throws Exception {
        String postinst = Files.readString(INSTALLER.resolve("linux/resources/postinst"));
        String prerm = Files.readString(INSTALLER.resolve("linux/resources/prerm"));
        for (String installed : new String[]{"/usr/share/applications/stepwise.desktop",
                "/usr/share/mime/packages/stepwise.xml", "/usr/bin/stepwise"}) {
            assertThat(postinst).contains(installed);
            assertThat(prerm).contains("rm -f").contains(installed);
        }
        // jpackage names the entry <package>-<launcher>.desktop in lib/; build-linux.sh copies the XML there
        assertThat(postinst).contains("/opt/stepwise/lib/stepwise-Stepwise.desktop", "/opt/stepwise/lib/stepwise-pack.xml");
        assertThat(commands(postinst) + commands(prerm)).doesNotContain("xdg-desktop-menu"); // it fails without /etc/xdg/menus
    }

    /**
     * Windows file names ignore case: a console launcher named "stepwise" beside the main launcher "Stepwise" was the
     * same stepwise.exe (and app\stepwise.cfg). Found reviewing build-windows.ps1, which has never been run.
     */
    @Test
    void theWindowsConsoleLauncherIsNotTheMainLauncherUnderAnotherCase() throws Exception {
        String script = Files.readString(INSTALLER.resolve("build-windows.ps1"));
        java.util.regex.Matcher main = java.util.regex.Pattern.compile("'--name', '([^']+)'").matcher(script);
        java.util.regex.Matcher extra = java.util.regex.Pattern.compile("--add-launcher \"([^=\"]+)=").matcher(script);
        assertThat(main.find()).isTrue();
        assertThat(extra.find()).isTrue();
        assertThat(extra.group(1)).isNotEqualToIgnoringCase(main.group(1));
    }

    private static String commands(String script) {
        return script.lines().filter(line -> !line.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String desktopEntry() throws Exception {
        return Files.readString(INSTALLER.resolve("linux/resources/Stepwise.desktop"));
    }
}
