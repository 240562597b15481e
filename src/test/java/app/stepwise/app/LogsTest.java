package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.cli.CliTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** slf4j (ours, DJL's, sqlite's) ends in a log file in the data folder that stepwise.home names, not on the console. */
class LogsTest {
    @Test
    void logLinesGoToTheDataFoldersLogFile(@TempDir Path home) throws Exception {
        String before = System.getProperty("stepwise.home");
        System.setProperty("stepwise.home", home.toString());
        try {
            Logs.start();
            assertThat(Logs.currentFile()).isEqualTo(home.resolve("logs").resolve("stepwise-0.log"));
            LoggerFactory.getLogger("app.stepwise.test").warn("a line for the log {}", 42);
            Handler[] handlers = LogManager.getLogManager().getLogger("").getHandlers();
            assertThat(handlers).hasSize(1).allSatisfy(h -> assertThat(h).isInstanceOf(java.util.logging.FileHandler.class));
            for (Handler h : handlers) h.flush();
            assertThat(Files.readString(Logs.currentFile())).contains("WARNING app.stepwise.test: a line for the log 42");
        } finally {
            if (before == null) System.clearProperty("stepwise.home");
            else
                System.setProperty("stepwise.home", before);
            Logs.start(); // back to the test home, releasing the temporary folder's file
        }
    }

    /** Starts the log in the data folder and writes a line longer than the file may grow (run in a JVM of its own). */
    public static final class LogALongLine {
        public static void main(String[] args) {
            Logs.start();
            LoggerFactory.getLogger("app.stepwise.test").warn("a long line: {}", "x".repeat(8000));
            LoggerFactory.getLogger("app.stepwise.test").warn("and another");
            System.out.println("went on");
        }
    }

    /**
     * A full disk (the shell's file size limit fails a write the same way) while a line is logged: the log handler's
     * default error manager printed "java.util.logging.ErrorManager: 2" and a stack trace to the console, which a
     * student or a CLI user saw under the command's own message. A log that cannot be written stays quiet.
     */
    @Test
    void aLogThatCannotBeWrittenPrintsNothingToTheConsole(@TempDir Path home) throws Exception {
        CliTest.Run r = CliTest.javaUnderFileSizeLimit(1, List.of("-Dstepwise.home=" + home), LogALongLine.class.getName());
        assertThat(r.out()).as(r.err()).contains("went on");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("ErrorManager").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
