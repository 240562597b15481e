package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.Checking;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers, lines and files of working are refused at the boundary with a message, before any engine work. */
class InputLimitsTest {

    private static Problem linearProblem() {
        LessonPack pack = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
        return pack.problems().stream().filter(p -> p.work().isPresent()).findFirst().orElseThrow();
    }

    @Test
    void anAnswerLongerThanTheLimitGetsAMessageNotAGrade() {
        String pasted = "x = " + "1+".repeat(50_000) + "1";
        Checking.Result r = Checking.check(linearProblem(), pasted, List.of(), List.of());
        assertThat(r.answer()).get().satisfies(v -> {
            assertThat(v.correct()).isFalse();
            assertThat(v.message()).contains(pasted.length() + " characters long", "at most " + InputLimits.MAX_ANSWER_CHARS);
        });
        assertThat(InputLimits.problemWithAnswer("x = 5")).isEmpty();
    }

    @Test
    void workingWithTooManyLinesIsRefusedWithAMessageAndTheAnswerIsStillChecked() {
        List<String> lines = new ArrayList<>(Collections.nCopies(InputLimits.MAX_WORK_LINES + 1, "3x = 15"));
        Checking.Result r = Checking.check(linearProblem(), "x = 5", lines, List.of());
        assertThat(r.lines()).singleElement().satisfies(m -> {
            assertThat(m.mark()).isEqualTo(Checking.Mark.UNREADABLE);
            assertThat(m.message()).contains((InputLimits.MAX_WORK_LINES + 1) + " lines",
                    "at most " + InputLimits.MAX_WORK_LINES);
        });
        assertThat(r.answer()).isPresent();
        assertThat(InputLimits.problemWithWork(lines.subList(0, InputLimits.MAX_WORK_LINES))).isEmpty();
    }

    @Test
    void aLineLongerThanTheLimitIsNamed() {
        assertThat(InputLimits.problemWithLine("x".repeat(InputLimits.MAX_LINE_CHARS + 1))).get().asString()
                .contains("at most " + InputLimits.MAX_LINE_CHARS);
        assertThat(InputLimits.problemWithLine("3x = 15")).isEmpty();
    }

    @Test
    void workFilesAreReadOnlyWhenSmallPlainUtf8Text(@TempDir Path dir) throws IOException {
        Path ok = dir.resolve("work.txt");
        Files.writeString(ok, "3x = 15\nx = 5\n");
        assertThat(InputLimits.readWorkFile(ok)).containsExactly("3x = 15", "x = 5");

        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        assertThatThrownBy(() -> InputLimits.readWorkFile(big)).hasMessageContaining("larger than 256 KB");
        assertThatThrownBy(() -> InputLimits.readWorkFile(dir)).hasMessageContaining("not a plain file");
        assertThatThrownBy(() -> InputLimits.readWorkFile(dir.resolve("missing.txt"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> InputLimits.workLines(new ByteArrayInputStream(new byte[]{(byte) 0xff, (byte) 0xfe})))
                .hasMessageContaining("not UTF-8");
        String many = "x = 5\n".repeat(InputLimits.MAX_WORK_LINES + 1);
        assertThatThrownBy(() -> InputLimits.workLines(new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("at most " + InputLimits.MAX_WORK_LINES);
    }
}
