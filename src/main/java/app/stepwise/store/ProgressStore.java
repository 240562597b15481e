package app.stepwise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The student's progress in a local SQLite file: answer attempts and hint use (level and source), which the
 * mastery model reads. A database that cannot be opened or written (read-only home, full disk) never stops the
 * tutor: recording is then skipped and {@link #problem()} says why.
 */
public final class ProgressStore implements AutoCloseable {
    private final Connection connection;
    private String problem = "";

    private ProgressStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (and creates) the database; never throws — a store that cannot open records nothing. */
    public static ProgressStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute(
                        "CREATE TABLE IF NOT EXISTS attempt (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (datetime('now')), pack TEXT NOT NULL,"
                                + " problem TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, partial INTEGER NOT NULL, test TEXT NOT NULL)");
                s.execute(
                        "CREATE TABLE IF NOT EXISTS hint (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (datetime('now')), pack TEXT NOT NULL,"
                                + " problem TEXT NOT NULL, level INTEGER NOT NULL, source TEXT NOT NULL, verified INTEGER NOT NULL, ms INTEGER NOT NULL)");
                s.execute(
                        "CREATE TABLE IF NOT EXISTS saved_work (profile TEXT NOT NULL, pack TEXT NOT NULL, problem TEXT NOT NULL,"
                                + " work TEXT NOT NULL, answer TEXT NOT NULL, at TEXT NOT NULL DEFAULT (datetime('now')),"
                                + " PRIMARY KEY (profile, pack, problem))");
            }
            return new ProgressStore(c);
        } catch (IOException | SQLException e) {
            ProgressStore none = new ProgressStore(null);
            none.problem = "progress is not being saved: " + e.getMessage();
            return none;
        }
    }

    public String problem() {
        return problem;
    }

    public synchronized void attempt(String pack, String problemId, String answer, boolean correct, boolean partial,
            String test) {
        write("INSERT INTO attempt (pack, problem, answer, correct, partial, test) VALUES (?, ?, ?, ?, ?, ?)", pack, problemId,
                answer, correct ? 1 : 0, partial ? 1 : 0, test);
    }

    public synchronized void hint(String pack, String problemId, int level, String source, boolean verified, long ms) {
        write("INSERT INTO hint (pack, problem, level, source, verified, ms) VALUES (?, ?, ?, ?, ?, ?)", pack, problemId, level,
                source, verified ? 1 : 0, ms);
    }

    /** Work in progress on one problem: the working box and the answer box as the student left them. */
    public record SavedWork(String work, String answer) {}

    /** Keeps the student's work in progress on a problem (one row per profile and problem, replaced on each save). */
    public synchronized void saveWork(String profile, String pack, String problemId, String work, String answer) {
        write("INSERT INTO saved_work (profile, pack, problem, work, answer) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (profile, pack, problem) DO UPDATE SET work = excluded.work, answer = excluded.answer,"
                + " at = datetime('now')", profile, pack, problemId, work, answer);
    }

    /** The work in progress last saved for this profile and problem, if any. */
    public synchronized Optional<SavedWork> savedWork(String profile, String pack, String problemId) {
        if (connection == null) return Optional.empty();
        try (PreparedStatement p = connection
                .prepareStatement("SELECT work, answer FROM saved_work WHERE profile = ? AND pack = ? AND problem = ?")) {
            p.setString(1, profile);
            p.setString(2, pack);
            p.setString(3, problemId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(new SavedWork(r.getString(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            problem = "saved work could not be read: " + e.getMessage();
            return Optional.empty();
        }
    }

    private void write(String sql, Object... args) {
        if (connection == null) return;
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            p.executeUpdate();
            problem = "";
        } catch (SQLException e) {
            problem = "progress is not being saved: " + e.getMessage(); // e.g. the disk is full; the lesson goes on
        }
    }

    /** One problem's progress: attempts, correct attempts, hints used and the deepest hint level reached. */
    public record ProblemProgress(int attempts, int correctAttempts, int hintsUsed, int deepestHintLevel) {
        static final ProblemProgress NONE = new ProblemProgress(0, 0, 0, 0);
    }

    /** Per problem id, in id order: what the learner has done on this pack's problems. */
    public synchronized Map<String, ProblemProgress> summary(String pack) {
        Map<String, ProblemProgress> out = new LinkedHashMap<>();
        if (connection == null) return out;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT problem, COUNT(*), SUM(correct) FROM attempt WHERE pack = ? GROUP BY problem ORDER BY problem")) {
            p.setString(1, pack);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.put(r.getString(1), new ProblemProgress(r.getInt(2), r.getInt(3), 0, 0));
            }
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        try (PreparedStatement p = connection
                .prepareStatement("SELECT problem, COUNT(*), MAX(level) FROM hint WHERE pack = ? GROUP BY problem")) {
            p.setString(1, pack);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ProblemProgress before = out.getOrDefault(r.getString(1), ProblemProgress.NONE);
                    out.put(r.getString(1),
                            new ProblemProgress(before.attempts(), before.correctAttempts(), r.getInt(2), r.getInt(3)));
                }
            }
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) connection.close();
        } catch (SQLException e) {
            // closing
        }
    }
}
