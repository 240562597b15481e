package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./stepwise launcher tells a user without GTK 3 what to install instead of failing inside JavaFX. */
class LauncherTest {

    @Test
    void withoutGtkTheWindowVerbSaysWhatToInstall(@TempDir Path fakeBin) throws Exception {
        Path ldconfig = fakeBin.resolve("ldconfig"); // an ldconfig that knows no libraries: GTK looks absent
        Files.writeString(ldconfig, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(ldconfig, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result app = launch(fakeBin, "app");
        assertThat(app.code()).isEqualTo(2);
        assertThat(app.output()).contains("needs GTK 3").contains("apt-get install libgtk-3-0").doesNotContain("Exception");
    }

    /**
     * On a starved laptop nothing showed for a minute while Java and JavaFX started (load22, load23): the window verb
     * asks the Java launcher for the splash picture, shown before the runtime starts; a command-line verb does not.
     */
    @Test
    void theWindowAsksTheJavaLauncherForTheSplashPictureAndAVerbDoesNot(@TempDir Path copy) throws Exception {
        Files.copy(Path.of("stepwise"), copy.resolve("stepwise"));
        Files.createDirectories(copy.resolve("installer"));
        Files.copy(Path.of("installer").resolve("splash.png"), copy.resolve("installer").resolve("splash.png"));
        Files.createDirectories(copy.resolve("target"));
        Files.writeString(copy.resolve("target").resolve("stepwise.jar"), "");
        Path java = executable(copy.resolve("java"), "#!/bin/sh\necho \"java $*\"\n"); // says how it was started
        Files.writeString(copy.resolve("target").resolve(".stepwise-java"), java.toString()); // the launcher's remembered Java
        Path bin = Files.createDirectories(copy.resolve("bin"));
        executable(bin.resolve("ldconfig"), "#!/bin/sh\necho 'libgtk-3.so.0 (libc6,x86-64) => /lib/libgtk-3.so.0'\n");

        Result window = launch(bin, copy.resolve("stepwise"));
        assertThat(window.output()).contains("java -splash:" + copy.resolve("installer").resolve("splash.png") + " ")
                .contains("-jar " + copy.resolve("target").resolve("stepwise.jar"));
        Result verb = launch(bin, copy.resolve("stepwise"), "version");
        assertThat(verb.output()).contains("-jar ").contains(" version").doesNotContain("-splash");
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private record Result(int code, String output) {}

    private static Result launch(Path pathFirst, Path launcher, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        return run(pathFirst, command);
    }

    private static Result launch(Path pathFirst, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of("bash", "stepwise"));
        command.addAll(List.of(args));
        return run(pathFirst, command);
    }

    private static Result run(Path pathFirst, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", pathFirst + ":" + System.getenv("PATH"));
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not return within 60 s");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
