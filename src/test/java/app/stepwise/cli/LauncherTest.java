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

    private record Result(int code, String output) {}

    private static Result launch(Path pathFirst, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>(List.of("bash", "stepwise"));
        command.addAll(List.of(args));
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
