package app.stepwise.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
