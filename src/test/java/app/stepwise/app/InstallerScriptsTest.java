package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the installer scripts do that can be checked on Linux without building: the macOS version jpackage accepts, the
 * natives each platform's build takes from the jars, and what the never-run Windows and macOS scripts pass to jpackage.
 * The shell functions of installer/common.sh run here through bash, as the build scripts run them.
 */
class InstallerScriptsTest {
    private static final Path INSTALLER = Path.of("installer");

    /** jpackage on macOS (CFBundleVersion.of): one to three numbers, the first at least 1. */
    private static final Pattern CF_BUNDLE_VERSION = Pattern.compile("[1-9]\\d*(\\.\\d+){0,2}");

    @Test
    void theMacVersionKeepsAValidVersionAndLiftsAZeroMajorVersion() throws Exception {
        String[][] table = {
                {"0.1.0", "1.1.0"}, {"0.10.3", "1.10.3"}, {"0.0.1", "1.0.1"}, {"0.2", "1.2"},
                {"1.0.0", "1.0.0"}, {"1.2.3", "1.2.3"}, {"2.0", "2.0"}, {"10.4.1", "10.4.1"},
        };
        for (String[] row : table) {
            Result result = bash(". installer/common.sh && mac_version " + row[0]);
            assertThat(result.exit()).as(row[0] + ": " + result.err()).isZero();
            assertThat(result.out().strip()).as(row[0]).isEqualTo(row[1]).matches(CF_BUNDLE_VERSION);
        }
        assertThat(bash(". installer/common.sh && mac_version " + AppVersionTest.pomVersion()).out().strip())
                .as("the pom's version").matches(CF_BUNDLE_VERSION);
    }

    @Test
    void aVersionJpackageCannotTakeOnMacosStopsTheBuildWithTheReason() throws Exception {
        for (String bad : List.of("1.2.3.4", "0.1.0-SNAPSHOT", "", "v1.0")) {
            Result result = bash(". installer/common.sh && mac_version '" + bad + "'");
            assertThat(result.exit()).as("'" + bad + "'").isNotZero();
            assertThat(result.out()).as("'" + bad + "'").isEmpty();
            assertThat(result.err()).as("'" + bad + "'").contains("macOS").contains("pom.xml");
        }
    }

    @Test
    void theMacBuildGivesJpackageTheMacVersionAndNamesTheDmgByTheProjectsVersion() throws Exception {
        String script = Files.readString(INSTALLER.resolve("build-macos.sh"));
        assertThat(script).contains("MAC_VERSION=$(mac_version \"$VERSION\")");
        Matcher versions = Pattern.compile("--app-version (\\S+)").matcher(script);
        int count = 0;
        while (versions.find()) {
            assertThat(versions.group(1)).isEqualTo("\"$MAC_VERSION\"");
            count++;
        }
        assertThat(count).as("jpackage calls").isEqualTo(2);
        assertThat(script).contains("Stepwise-$VERSION.dmg");
    }

    /**
     * On macOS the file association is written into the app's Info.plist when the app image is made; a .dmg made from
     * that image (--app-image) copies it as it is, so an association given only to the .dmg step would be lost.
     */
    @Test
    void theMacPackFileAssociationGoesIntoTheAppImage() throws Exception {
        List<String> calls = jpackageCalls(Files.readString(INSTALLER.resolve("build-macos.sh")));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("--type app-image").contains("--file-associations");
        assertThat(calls.get(1)).contains("--type dmg").doesNotContain("--file-associations");
    }

    /**
     * ONNX Runtime's macOS folder also holds .dSYM debug bundles whose DWARF file has the library's own name: extracted
     * with the folders flattened, it replaced the real libonnxruntime.dylib with 71 MB of debug symbols.
     */
    @Test
    void extractingNativesTakesExactlyThePlatformsLibrariesAndNoDebugSymbols(@TempDir Path dir) throws Exception {
        Path jar = jarOf(OrtEnvironment.class);
        for (String platform : List.of("osx-aarch64", "linux-x64", "win-x64")) {
            Path dest = Files.createDirectories(dir.resolve(platform));
            Result result = bash(". installer/common.sh && extract_natives '" + jar + "' 'ai/onnxruntime/native/" + platform
                    + "/' '" + dest + "'");
            assertThat(result.exit()).as(result.err()).isZero();
            try (ZipFile zip = new ZipFile(jar.toFile()); Stream<Path> files = Files.list(dest)) {
                Set<String> expected = new TreeSet<>();
                String prefix = "ai/onnxruntime/native/" + platform + "/";
                zip.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.length() > prefix.length()
                        && n.indexOf('/', prefix.length()) < 0).forEach(n -> expected.add(n.substring(prefix.length())));
                assertThat(expected).as(platform).isNotEmpty();
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as(platform)
                        .containsExactlyElementsOf(expected);
                for (String name : expected) {
                    try (InputStream in = zip.getInputStream(zip.getEntry(prefix + name))) {
                        assertThat(Files.readAllBytes(dest.resolve(name))).as(name).isEqualTo(in.readAllBytes());
                    }
                }
            }
        }
    }

    /**
     * Every platform folder a build script names exists in the jars the build ships (ONNX Runtime 1.29 and DJL's
     * tokenizers 0.38 have no Intel macOS libraries: a build for it would stop halfway with unzip's "filename not
     * matched", or ship an app whose model cannot load).
     */
    @Test
    void everyPlatformTheBuildScriptsNameHasItsNativesInTheShippedJars() throws Exception {
        String scripts = Files.readString(INSTALLER.resolve("build-linux.sh"))
                + Files.readString(INSTALLER.resolve("build-macos.sh"));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String[] kind : new String[][]{{"ORT_PLATFORM", "ai.onnxruntime.OrtEnvironment", "ai/onnxruntime/native/"},
                {"TOK_PLATFORM", "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer", "native/lib/"},
                {"SQLITE_PLATFORM", "org.sqlite.JDBC", "org/sqlite/native/"},
                {"JNA_PLATFORM", "com.sun.jna.Native", "com/sun/jna/"}}) {
            // loaded, not initialised: their static blocks would unpack and load the natives
            Path jar = jarOf(Class.forName(kind[1], false, InstallerScriptsTest.class.getClassLoader()));
            Matcher m = Pattern.compile(kind[0] + "=(\\S+)").matcher(scripts);
            while (m.find()) {
                String folder = kind[2] + m.group(1) + "/";
                checked++;
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.stream().noneMatch(e -> !e.isDirectory() && e.getName().startsWith(folder))) {
                        missing.add(folder + " in " + jar.getFileName());
                    }
                }
            }
        }
        assertThat(checked).as("platform names found in the scripts").isGreaterThanOrEqualTo(8);
        assertThat(missing).isEmpty();
    }

    /**
     * build-windows.ps1's Extract named each file by its entry's Name, which is empty for a folder entry such as
     * ai/onnxruntime/native/win-x64/ (matched by the filter's *): Join-Path refuses an empty child path and the build
     * stopped there. Read, not run: there is no Windows machine here.
     */
    @Test
    void theWindowsExtractSkipsFolderEntries() throws Exception {
        String script = Files.readString(INSTALLER.resolve("build-windows.ps1"));
        Matcher extract = Pattern.compile("(?s)function Extract\\(.*?\\n}").matcher(script);
        assertThat(extract.find()).isTrue();
        assertThat(extract.group()).contains("-like $Filter -and $_.Name");
    }

    /**
     * The .deb's Homepage came from --about-url https://localhost/stepwise: a link that leads nowhere on anyone's computer
     * (apt show printed it). No installer file names a localhost address; the Linux package gets a Homepage only when
     * STEPWISE_HOMEPAGE names one, and the build checks the built package says exactly that.
     */
    @Test
    void noPackageNamesALocalhostHomepageAndTheDebHasOneOnlyWhenGiven() throws Exception {
        try (Stream<Path> files = Files.walk(INSTALLER)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContainPattern("(?i)https?://(localhost|127\\.0\\.0\\.1)");
            }
        }
        String linux = Files.readString(INSTALLER.resolve("build-linux.sh"));
        for (String other : List.of("build-macos.sh", "build-windows.ps1"))
            assertThat(Files.readString(INSTALLER.resolve(other))).as(other).doesNotContain("--about-url");
        List<String> choice = linux.lines().filter(l -> l.startsWith("homepage=") || l.contains("&& homepage=")).toList();
        assertThat(choice).hasSize(2);
        String lines = String.join("\n", choice) + "\nfor a in \"${homepage[@]}\"; do printf '[%s]' \"$a\"; done";
        assertThat(bash("unset STEPWISE_HOMEPAGE; " + lines).out()).as("no homepage given").isEmpty();
        assertThat(bash("STEPWISE_HOMEPAGE=; " + lines).out()).as("an empty one").isEmpty();
        assertThat(bash("STEPWISE_HOMEPAGE=https://example.org/stepwise; " + lines).out())
                .isEqualTo("[--about-url][https://example.org/stepwise]");
        List<String> calls = jpackageCalls(linux);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("--type app-image").doesNotContain("--about-url").doesNotContain("homepage");
        assertThat(calls.get(1)).contains("--type deb").contains("\"${homepage[@]}\"").doesNotContain("--about-url");
        assertThat(linux).contains("[ \"$(dpkg-deb -f \"$deb\" Homepage)\" = \"${STEPWISE_HOMEPAGE:-}\" ]");
    }

    /**
     * load23: ./stepwise passes the splash picture, the installed launchers did not, so an installed Stepwise on a
     * starved laptop still showed nothing for a minute. Every jpackage launcher asks for it (the picture staged beside
     * the app, $APPDIR/splash.png) and says so to the verbs (stepwise.launcherSplash), which close it at once.
     */
    @Test
    void theInstalledLaunchersAskForTheSplashPictureAndTellTheVerbs() throws Exception {
        String options = bash(". installer/common.sh && for a in \"${JAVA_OPTIONS[@]}\"; do printf '[%s]' \"$a\"; done").out();
        assertThat(options).contains("[--java-options][-splash:$APPDIR/splash.png]")
                .contains("[--java-options][-Dstepwise.launcherSplash=true]");
        assertThat(Files.readString(INSTALLER.resolve("common.sh"))).contains("cp \"$HERE/splash.png\" \"$WORK/input/\"");
        for (String script : List.of("build-linux.sh", "build-macos.sh"))
            assertThat(jpackageCalls(Files.readString(INSTALLER.resolve(script))).get(0)).as(script)
                    .contains("--type app-image").contains("\"${JAVA_OPTIONS[@]}\"");
        String windows = Files.readString(INSTALLER.resolve("build-windows.ps1"));
        assertThat(windows).contains("--java-options '-splash:$APPDIR\\splash.png'")
                .contains("--java-options '-Dstepwise.launcherSplash=true'")
                .contains("Copy-Item (Join-Path $Here 'splash.png') $AppInput");
        assertThat(Files.isRegularFile(INSTALLER.resolve("splash.png"))).isTrue();
    }

    private static List<String> jpackageCalls(String script) {
        List<String> calls = new ArrayList<>();
        for (String part : script.replace("\\\n", " ").split("\n")) {
            if (part.contains("bin/jpackage\"")) calls.add(part);
        }
        return calls;
    }

    private static Path jarOf(Class<?> type) throws Exception {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(jar.toString()).endsWith(".jar");
        return jar;
    }

    private record Result(int exit, String out, String err) {}

    private static Result bash(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "set -euo pipefail; " + command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
