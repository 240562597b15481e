package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.HostilePacks;
import app.stepwise.HostilePacks.Hostile;
import app.stepwise.LocalWebServer;
import app.stepwise.app.Packs;
import app.stepwise.lesson.PackProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on the hostile packs: the library's message, exit 1, never a raw exception or exit 2. */
class ValidateCommandTest {

    @Test
    void eachHostilePackGetsTheLibrarysMessageAndExitOne(@TempDir Path dir) throws Exception {
        for (Hostile h : HostilePacks.writeAll(dir)) {
            Path file = dir.resolve(h.file());
            CliTest.Run r = CliTest.run("validate", file.toString());
            assertThat(r.code()).as(h.file() + ": " + r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).as(h.file()).contains(h.reason());
            for (PackProblem p : Packs.reader().read(file).problems()) assertThat(r.out()).contains(p.describe());
            assertThat(r.out() + r.err()).as(h.file()).doesNotContain("Exception", "com.fasterxml", "\tat ");
        }
    }

    @Test
    void latexThatAsksForAWebPageOrAFileIsRejectedAndNothingIsFetched(@TempDir Path dir) throws Exception {
        try (LocalWebServer server = new LocalWebServer()) {
            server.provesItListens();
            Path secret = dir.resolve("secret.png");
            Files.writeString(secret, "not for packs");
            Path pack = dir.resolve("reaching-out.json");
            Files.writeString(pack, HostilePacks.packReachingOut(server.url("pack"), secret));

            CliTest.Run r = CliTest.run("validate", pack.toString());

            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("\\includegraphics is not allowed", "\\href is not allowed", "\\url is not allowed",
                    "\\input is not allowed");
            // each is located at its backslash: file:line:column
            assertThat(r.out().lines().filter(l -> l.contains("is not allowed")))
                    .allSatisfy(l -> assertThat(l).matches(".*reaching-out\\.json:\\d+:\\d+: .*"));
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void jsonOutputCarriesLineColumnAndMessage(@TempDir Path dir) throws Exception {
        HostilePacks.writeAll(dir);
        CliTest.Run r = CliTest.run("validate", "--json", dir.resolve("rule.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\"line\"", "\"column\"", "\\\\rule is not allowed");
    }
}
