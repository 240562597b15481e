package app.stepwise.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-time set-up code file: written whole or not at all. */
class SetupCodeTest {
    @TempDir
    Path dir;

    /** Makes the set-up code beside the teacher file {@code args[0]} in a JVM of its own; prints what went wrong. */
    public static final class Ensure {
        public static void main(String[] args) {
            try {
                SetupCode.beside(Path.of(args[0])).ensure();
                System.out.println("written");
            } catch (TeacherException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    @Test
    void aCodeIsWrittenOnceAndMatchesWhatIsTyped() throws Exception {
        SetupCode code = SetupCode.beside(dir.resolve("teacher.json"));
        code.ensure();
        String text = Files.readString(code.file());
        String written = text.substring(text.indexOf(':') + 1, text.indexOf('\n')).strip();
        code.ensure();
        assertThat(Files.readString(code.file())).as("kept, not made again").isEqualTo(text);
        assertThat(code.matches(written.toLowerCase().replace("-", " "))).isTrue();
        assertThat(code.matches("ABCD-EFGH")).isFalse();
    }

    /** The file's whole text pasted into the set-up screen is its code; other text with a colon is not. */
    @Test
    void theFilesWholeTextPastedMatches() throws Exception {
        SetupCode code = SetupCode.beside(dir.resolve("teacher.json"));
        code.ensure();
        String text = Files.readString(code.file());
        assertThat(code.matches(text)).isTrue();
        assertThat(code.matches("  \r\n" + text.replace("\n", "\r\n") + "\n ")).as("Windows line ends, blanks").isTrue();
        assertThat(code.matches(text.replaceFirst(":\\s*\\S+", ": ABCD-EFGH"))).isFalse();
        assertThat(code.matches("code: " + text.replace(":", " "))).as("the code must follow the colon").isFalse();
    }

    /**
     * A full disk (the shell's file size limit fails a write the same way): written in place, the code file was left
     * empty beside the teacher file. Now nothing is left, and the teacher is told to ask for set-pin.
     */
    @Test
    void aDiskThatIsFullLeavesNoHalfWrittenCodeFile() throws Exception {
        CliTest.Run r = CliTest.javaUnderFileSizeLimit(0, List.of(), Ensure.class.getName(),
                dir.resolve("teacher.json").toString());
        assertThat(r.out()).as(r.err()).contains("cannot be written").contains("set-pin");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).isEmpty();
        }
    }
}
