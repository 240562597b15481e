package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `stepwise validate` reports content mistakes like format mistakes: file:line:column, pointer, exit 1. */
class ValidateContentTest {

    @Test
    void anAnswerKeyThatContradictsTheSolutionFailsValidationAtItsLine(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("lessons/linear-equations.json")).replaceFirst("\"value\": \"x = 5\"",
                "\"value\": \"x = 6\"");
        Path pack = dir.resolve("pack.json");
        Files.writeString(pack, text);
        int line = (int) text.lines().takeWhile(l -> !l.contains("\"x = 6\"")).count() + 1;
        int column = text.lines().skip(line - 1).findFirst().orElseThrow().indexOf("\"x = 6\"") + 1;
        Run r = CliTest.run("validate", pack.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(pack + ":" + line + ":" + column + ": The answer \"x = 6\" does not accept")
                .contains("(at /problems/0/answer/value)");
        Run json = CliTest.run("validate", "--json", pack.toString());
        assertThat(json.out()).contains("\"pointer\":\"/problems/0/answer/value\"");
    }

    @Test
    void warningsArePrintedButDoNotFail(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("pack.json");
        Files.writeString(pack,
                Files.readString(Path.of("lessons/forces-and-motion.json")).replace("\"value\": \"6 N\"", "\"value\": \"6\""));
        Run r = CliTest.run("validate", pack.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(": warning: The given F = 6 has no unit").contains("ok (6 problems)");
    }
}
