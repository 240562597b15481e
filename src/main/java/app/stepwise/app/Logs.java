package app.stepwise.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log: everything that logs through slf4j (ours, DJL, sqlite-jdbc) goes to java.util.logging (slf4j-jdk14), which
 * this class points at rotating files in the data folder, {@code logs/stepwise-0.log} (newest) to {@code stepwise-4.log},
 * 1 MB each. Nothing is printed to the console: students never see log lines, and CLI output stays clean.
 */
public final class Logs {
    private static final int FILE_BYTES = 1_000_000;
    private static final int FILES = 5;
    private static Path started;

    private Logs() {}

    /** The folder the log files go to (under stepwise.home, or next to a portable app image). */
    public static Path folder() {
        return AppPaths.userDir().resolve("logs");
    }

    /** The newest log file. */
    public static Path currentFile() {
        return folder().resolve("stepwise-0.log");
    }

    /**
     * Sends the log to the data folder's files; idempotent. When the folder cannot be written (a read-only home) logging
     * stays off rather than failing the app.
     */
    public static synchronized void start() {
        if (started != null && started.equals(folder())) return;
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder());
            FileHandler file = new FileHandler(folder().resolve("stepwise-%g.log").toString(), FILE_BYTES, FILES, true);
            file.setEncoding(StandardCharsets.UTF_8.name());
            file.setFormatter(new OneLine());
            file.setLevel(Level.INFO);
            file.setErrorManager(new Quiet());
            root.addHandler(file);
            started = folder();
        } catch (IOException | SecurityException e) {
            started = null; // no log file; the app works on
        }
    }

    /**
     * What the log does when its file cannot be written (a full disk): nothing. The default error manager prints a
     * stack trace to the console, where a student or a CLI user would see it under the app's own message; the app
     * tells the user about the work that failed, the log is only for whoever looks later.
     */
    static final class Quiet extends ErrorManager {
        @Override
        public void error(String msg, Exception ex, int code) {
            // the log is lost for this line; nothing else to do, and nowhere safe to say it
        }
    }

    /** {@code 2026-11-30 05:40:12.345 WARNING logger: message}, then the stack trace if any. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ')
                    .append(r.getLevel().getName()).append(' ').append(r.getLoggerName()).append(": ").append(formatMessage(r))
                    .append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter w = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(w));
                sb.append(w);
            }
            return sb.toString();
        }
    }
}
