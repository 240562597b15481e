package app.stepwise.store;

import app.stepwise.store.Records.ClassTotals;
import app.stepwise.store.Records.Dataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Reads a progress file that another program may have open (the app, with a student signed in), for {@code stepwise
 * report}: on its own read-only connection, so it writes nothing (no migration, no backup), and within a time budget.
 *
 * <p>
 * A {@link ProgressStore} answers a read it cannot do with an empty result, which the app shows as "nothing yet"; a
 * report printed that as "0 students" when the file was locked. Here a file that cannot be read within the budget, or at
 * all, is a {@link NotReadException} whose message says so and what to do.
 */
public final class ProgressReader {
    private ProgressReader() {}

    /** The file could not be read; the message, for a teacher, says why and what to do. Nothing was changed. */
    public static final class NotReadException extends Exception {
        NotReadException(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c, String machine) throws SQLException;
    }

    /** The class report's inputs for everyone in the file, as {@link ProgressStore#classTotals()} reads them. */
    public static ClassTotals classTotals(Path file, Duration budget) throws NotReadException {
        return read(file, budget, true, ProgressStore::classTotals);
    }

    /** This machine's own students and their work: what a results file carries. */
    public static Dataset localDataset(Path file, Duration budget) throws NotReadException {
        return read(file, budget, true, (c, machine) -> ProgressStore.dataset(c, machine, true));
    }

    /** Copies the file, consistent and compacted, to {@code target} (which must not exist yet). */
    public static void copy(Path file, Path target, Duration budget) throws NotReadException {
        read(file, budget, false, (c, machine) -> {
            try (PreparedStatement p = c.prepareStatement("VACUUM INTO ?")) {
                p.setString(1, target.toAbsolutePath().toString());
                p.execute();
            }
            return null;
        });
    }

    /**
     * Runs {@code read} on a read-only connection to {@code file} (in one read transaction when {@code snapshot}, so every
     * table is seen at the same moment) and waits for it at most {@code budget}: SQLite waits that long for a lock, and a
     * read still running then is interrupted.
     */
    private static <T> T read(Path file, Duration budget, boolean snapshot, Read<T> read) throws NotReadException {
        AtomicReference<Connection> open = new AtomicReference<>();
        FutureTask<T> task = new FutureTask<>(() -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, budget.toMillis()));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
                open.set(c);
                if (snapshot) c.setAutoCommit(false);
                int version = Schema.version(c);
                if (version > Schema.CURRENT) throw new Schema.TooNewException(version);
                if (version < Schema.CURRENT)
                    throw new NotReadException("this computer's progress file is from an older Stepwise; open Stepwise once,"
                            + " so that it brings the file up to date, and try again");
                String machine = ProgressStore.queryString(c, "SELECT value FROM meta WHERE key = 'machine'").orElse("");
                return read.run(c, machine);
            }
        });
        Thread reader = new Thread(task, "stepwise-progress-reader");
        reader.setDaemon(true); // a read that ignores its interruption never keeps the command from ending
        reader.start();
        try {
            return task.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            interrupt(open.get());
            throw busy(budget);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupt(open.get());
            throw new NotReadException("reading this computer's progress was stopped; nothing was changed");
        } catch (ExecutionException e) {
            throw notRead(e.getCause(), budget);
        }
    }

    private static void interrupt(Connection c) {
        if (c instanceof SQLiteConnection sqlite) {
            try {
                sqlite.getDatabase().interrupt();
            } catch (SQLException e) {
                // already closed: the read has ended by itself
            }
        }
    }

    private static NotReadException busy(Duration budget) {
        return new NotReadException("this computer's progress file is busy and could not be read within " + budget.toSeconds()
                + " s (another program holds it, or the computer is very busy); nothing was changed;"
                + " try again in a minute");
    }

    private static NotReadException notRead(Throwable cause, Duration budget) {
        if (cause instanceof NotReadException n) return n;
        if (cause instanceof Schema.TooNewException e) return new NotReadException(e.getMessage() + "; it is left as it is");
        if (cause instanceof SQLException e) {
            return switch (e.getErrorCode() & 0xff) {
                case 5, 6, 9 -> busy(budget); // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_INTERRUPT (the budget ran out)
                case 11, 26 -> new NotReadException("this computer's progress file is damaged; open Stepwise, which offers"
                        + " to restore its newest backup");
                case 14 -> new NotReadException("this computer's progress file could not be opened");
                default -> new NotReadException("this computer's progress file could not be read ("
                        + String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "") + ")");
            };
        }
        return new NotReadException("this computer's progress file could not be read (" + cause + ")");
    }
}
