package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model runtime keeps its files in the data folder and leaves nothing behind in the temp folder. */
class OfflineTest {
    @Test
    void aHintFromTheCliWritesOnlyToStepwiseHomeAndLeavesNothingInTmp(@TempDir Path tmp) throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path temp = Files.createDirectories(tmp.resolve("tmp"));
        Path userHome = Files.createDirectories(tmp.resolve("user")); // a student's home folder: must stay untouched
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dstepwise.home=" + home, "-Djava.io.tmpdir=" + temp,
                "-Duser.home=" + userHome, "-cp",
                runtimeClasspath(), "app.stepwise.cli.Main", "hint", "--text", "Solve 3x + 5 = 20"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
        pb.environment().remove("DJL_CACHE_DIR"); // as on a student's laptop: nothing set
        pb.environment().remove("ORT_DISABLE_TELEMETRY"); // the app must switch ONNX Runtime's telemetry off itself
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().put("HOME", userHome.toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("out.txt"));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("(model, verified"); // the model ran, so ONNX Runtime and the tokenizer were loaded
        try (Stream<Path> s = Files.list(temp)) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("onnxruntime-java"));
        }
        try (Stream<Path> s = Files.walk(userHome)) {
            // ONNX Runtime's telemetry writes ~/.cache/Microsoft/DeveloperTools/.onnxruntime/deviceid, JNA ~/.cache/JNA
            assertThat(s.filter(f -> !f.equals(userHome))).isEmpty();
        }
        assertThat(home.resolve("cache/djl/tokenizers")).isDirectory();
        try (Stream<Path> s = Files.walk(home.resolve("cache/onnxruntime"))) {
            assertThat(s.map(f -> f.getFileName().toString())).contains(System.mapLibraryName("onnxruntime"));
        }
        assertThat(home.resolve("logs").resolve("stepwise-0.log")).isRegularFile();
    }

    /** The app's own classpath: the test one without the test classes and test libraries (as installed). */
    static String runtimeClasspath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.matches(".*(test-classes|junit|jqwik|testfx|monocle|archunit|assertj|opentest4j|apiguardian|"
                        + "hamcrest|surefire).*"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void onlyOldEmptyOnnxRuntimeFoldersAreTidiedAway(@TempDir Path tmp) throws Exception {
        Path oldEmpty = Files.createDirectory(tmp.resolve("onnxruntime-java123"));
        Path oldFull = Files.createDirectory(tmp.resolve("onnxruntime-java456"));
        Files.writeString(oldFull.resolve("libonnxruntime.so"), "x");
        Path fresh = Files.createDirectory(tmp.resolve("onnxruntime-java789"));
        Path other = Files.createDirectory(tmp.resolve("someone-else"));
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(3)));
        for (Path p : List.of(oldEmpty, oldFull, other)) Files.setLastModifiedTime(p, old);
        assertThat(Offline.removeStaleTempFolders(tmp, Duration.ofHours(1))).isEqualTo(1);
        assertThat(oldEmpty).doesNotExist();
        assertThat(oldFull).exists();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }

    @Test
    void theNativeFolderIsNamedAsOnnxRuntimeNamesIt() {
        assertThat(Offline.ortPlatform()).isIn("linux-x64", "linux-aarch64", "osx-x64", "osx-aarch64", "win-x64");
    }
}
