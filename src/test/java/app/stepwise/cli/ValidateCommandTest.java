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

    /** review23: "ok (1 problems)". The count is said from the message bundle, singular and plural, in English and Spanish. */
    @Test
    void aOneProblemPackIsCountedInTheSingular(@TempDir Path dir) throws Exception {
        Path pack = Files.writeString(dir.resolve("one.json"), """
                {"schemaVersion": 1, "id": "one-check", "title": "One check", "subject": "math", "language": "en",
                 "problems": [{"id": "p1", "statement": "Solve $3x = 12$.", "answer": {"kind": "equation", "value": "x = 4"}}]}
                """);
        CliTest.Run validated = CliTest.run("validate", pack.toString());
        assertThat(validated.out()).as(validated.out() + validated.err()).contains("ok (1 problem)");
        CliTest.Run listed = CliTest.run("list", pack.toString());
        assertThat(listed.out()).contains("One check (one-check, math, 1 problem)");
        assertThat(app.stepwise.text.Message.of("count.problems", 1).in(java.util.Locale.forLanguageTag("es")))
                .isEqualTo("1 problema");
        assertThat(app.stepwise.text.Message.of("count.problems", 12).in(java.util.Locale.forLanguageTag("es")))
                .isEqualTo("12 problemas");
        assertThat(app.stepwise.text.Message.of("count.problems", 1200).english()).isEqualTo("1,200 problems");
    }

}
