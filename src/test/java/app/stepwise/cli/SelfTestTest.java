package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** stepwise --self-test passes on this checkout and names what is broken in a damaged installation. */
class SelfTestTest {
    @Test
    void theSelfTestPassesWithTheBundledPacksAndModel() {
        Run r = selfTest();
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("ok      lesson packs").contains("ok      grading").contains("ok      worked solution")
                .contains("ok      model hint").contains("verified").contains("ok      progress").contains("Self-test passed.")
                .doesNotContain("FAILED");
    }

    @Test
    void aDamagedModelAndAMissingLessonsFolderFailByName(@TempDir Path app) throws Exception {
        Path model = Files.createDirectories(app.resolve("models/stepwise-tutor"));
        try (Stream<Path> s = Files.list(Path.of("models/stepwise-tutor"))) {
            for (Path p : s.toList()) Files.copy(p, model.resolve(p.getFileName()));
        }
        try (RandomAccessFile f = new RandomAccessFile(model.resolve("tokenizer.json").toFile(), "rw")) {
            f.seek(100);
            int b = f.read();
            f.seek(100);
            f.write(b ^ 1);
        }
        String before = System.getProperty("stepwise.app.dir");
        System.setProperty("stepwise.app.dir", app.toString());
        try {
            Run r = selfTest();
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("FAILED  lesson packs").contains("FAILED  model hint")
                    .contains("the model stepwise-tutor is damaged or incomplete (its file tokenizer.json")
                    .contains("ok      progress")
                    .contains("Self-test FAILED: lesson packs");
        } finally {
            if (before == null) System.clearProperty("stepwise.app.dir");
            else
                System.setProperty("stepwise.app.dir", before);
        }
    }

    record Run(int code, String out) {}

    static Run selfTest() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute("--self-test");
        return new Run(code, out.toString());
    }
}
