package app.stepwise.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected failures (bugs), logged once where they are finally handled: the first time a failure is seen (its type and
 * the place it was thrown) it is written to the log with its stack trace; repeats are only counted, so a bug that fires on
 * every frame cannot flood the log or open a dialog per frame.
 */
public final class ErrorLog {
    private static final int REMEMBERED = 500;
    private static final ErrorLog SHARED = new ErrorLog(LoggerFactory.getLogger("app.stepwise.errors"));
    private final Logger log;
    private final Map<String, Integer> seen = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    ErrorLog(Logger log) {
        this.log = log;
    }

    /** The app's error log. */
    public static ErrorLog shared() {
        return SHARED;
    }

    /**
     * Records a failure: logs it the first time this failure is seen, counts it otherwise.
     *
     * @return whether this was the first time (the caller tells the user only then)
     */
    public boolean report(String where, Throwable e) {
        String key = signature(e);
        int count;
        synchronized (seen) {
            count = seen.merge(key, 1, Integer::sum);
        }
        if (count == 1) log.error("Unexpected error in {}", where, e);
        else if (Integer.bitCount(count) == 1)
            log.warn("The same error again in {} ({} times so far): {}", where, count, e.toString());
        return count == 1;
    }

    /** How often this failure has been reported. */
    public int count(Throwable e) {
        synchronized (seen) {
            return seen.getOrDefault(signature(e), 0);
        }
    }

    /** The failure's identity: its type, and the frames where it and its causes were thrown. */
    static String signature(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(4, frames.length); i++) sb.append('|').append(frames[i]);
            sb.append(';');
        }
        return sb.toString();
    }

    /** What "Copy details" puts on the clipboard: enough for a developer, nothing about the student. */
    public static String details(String version, String where, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return "Stepwise " + version + " on Java " + Runtime.version() + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")\n" + "Time: "
                + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\nWhere: " + where + "\nLog: "
                + Logs.currentFile() + "\n\n" + trace;
    }
}
