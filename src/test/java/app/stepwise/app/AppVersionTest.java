package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One version, the pom's: the app says it, and the installer scripts take it from the built jar. */
class AppVersionTest {
    /** The project's own version in pom.xml (the first version after the project's artifactId). */
    static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>stepwise</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the project's version in pom.xml").isTrue();
        return m.group(1);
    }

    @Test
    void theAppSaysThePomsVersion() throws Exception {
        assertThat(AppVersion.current()).isEqualTo(pomVersion());
    }

    @Test
    void aReleasedPomVersionIsWhatThePackagesShip() throws Exception {
        // jpackage's .msi takes numbers only, and the .deb and the app must say the same: no -SNAPSHOT in a release
        assertThat(pomVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void aVersionFileTheBuildDidNotFillInSaysDev() {
        assertThat(AppVersion.parse(null)).isEqualTo("dev");
        assertThat(AppVersion.parse(stream("version=${project.version}\n"))).isEqualTo("dev");
        assertThat(AppVersion.parse(stream("# nothing\n"))).isEqualTo("dev");
        assertThat(AppVersion.parse(stream("version=2.3.4\n"))).isEqualTo("2.3.4");
    }

    @Test
    void theInstallerScriptsKeepNoVersionOfTheirOwn() throws Exception {
        for (String script : List.of("build-linux.sh", "build-macos.sh", "build-windows.ps1")) {
            String text = Files.readString(Path.of("installer", script));
            assertThat(text).as(script).doesNotContain("STEPWISE_VERSION").doesNotContainPattern("'\\d+\\.\\d+\\.\\d+'")
                    .doesNotContainPattern("-\\d+\\.\\d+\\.\\d+\\}");
            assertThat(text).as(script + " reads the version the app reads").satisfiesAnyOf(
                    t -> assertThat(t).contains("VERSION=$(app_version)"),
                    t -> assertThat(t).contains("app\\stepwise\\app\\version.properties"));
        }
        assertThat(Files.readString(Path.of("installer/common.sh"))).contains(AppVersion.RESOURCE);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
