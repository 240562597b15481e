package app.stepwise.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * Versioned schema migrations, kept in {@code PRAGMA user_version}. Each step runs in one transaction, so a failed
 * step leaves the file at the previous version. Version 1 is the first released schema (attempts and hints only);
 * version 2 adds profiles, sessions, work lines, solutions, mastery and saved work, and gives every row a uid.
 */
final class Schema {
    static final int CURRENT = 2;

    private Schema() {}

    /** Thrown when the file was written by a newer Stepwise: it is left untouched. */
    static final class TooNewException extends SQLException {
        TooNewException(int version) {
            super("the progress file was written by a newer version of Stepwise (schema " + version + ")");
        }
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    static void migrate(Connection c) throws SQLException {
        int v = version(c);
        if (v > CURRENT) throw new TooNewException(v);
        if (v < 1) step(c, 1, V1);
        if (v < 2) {
            step(c, 2, V2);
        }
    }

    private static void step(Connection c, int to, List<String> sql) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String q : sql) s.execute(q.replace("$MACHINE", UUID.randomUUID().toString()));
            s.execute("PRAGMA user_version = " + to);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The schema as first released: exactly what version 0.1 created (files from it carry user_version 0). */
    private static final List<String> V1 = List.of(
            "CREATE TABLE IF NOT EXISTS attempt (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (datetime('now')), pack TEXT NOT NULL,"
                    + " problem TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, partial INTEGER NOT NULL, test TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS hint (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (datetime('now')), pack TEXT NOT NULL,"
                    + " problem TEXT NOT NULL, level INTEGER NOT NULL, source TEXT NOT NULL, verified INTEGER NOT NULL, ms INTEGER NOT NULL)");

    private static final String UID = "lower(hex(randomblob(16)))";

    /** Profiles and the rest; version-1 rows go to a profile called "Student" (created only when there are rows). */
    private static final List<String> V2 = List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "INSERT INTO meta (key, value) VALUES ('machine', '$MACHINE')",
            "CREATE TABLE profile (uid TEXT PRIMARY KEY, name TEXT NOT NULL, picture TEXT, created TEXT NOT NULL,"
                    + " origin TEXT NOT NULL DEFAULT 'local')",
            "CREATE TABLE session (uid TEXT PRIMARY KEY, profile TEXT NOT NULL, started TEXT NOT NULL, ended TEXT)",
            "ALTER TABLE attempt RENAME TO attempt_v1",
            "ALTER TABLE hint RENAME TO hint_v1",
            "CREATE TABLE attempt (uid TEXT PRIMARY KEY, profile TEXT NOT NULL, session TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,"
                    + " pack TEXT NOT NULL, problem TEXT NOT NULL, skills TEXT NOT NULL DEFAULT '', answer TEXT NOT NULL,"
                    + " correct INTEGER NOT NULL, partial INTEGER NOT NULL, test TEXT NOT NULL, seconds REAL NOT NULL DEFAULT 0,"
                    + " misconception TEXT NOT NULL DEFAULT '', first INTEGER NOT NULL DEFAULT 0, generated INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX attempt_by_problem ON attempt (profile, pack, problem)",
            "CREATE TABLE work_line (attempt TEXT NOT NULL, line INTEGER NOT NULL, text TEXT NOT NULL, mark TEXT NOT NULL,"
                    + " message TEXT NOT NULL, misconception TEXT NOT NULL, PRIMARY KEY (attempt, line))",
            "CREATE TABLE hint (uid TEXT PRIMARY KEY, profile TEXT NOT NULL, session TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,"
                    + " pack TEXT NOT NULL, problem TEXT NOT NULL, level INTEGER NOT NULL, source TEXT NOT NULL,"
                    + " verified INTEGER NOT NULL, ms INTEGER NOT NULL)",
            "CREATE INDEX hint_by_problem ON hint (profile, pack, problem)",
            "CREATE TABLE solution (uid TEXT PRIMARY KEY, profile TEXT NOT NULL, session TEXT NOT NULL DEFAULT '', at TEXT NOT NULL,"
                    + " pack TEXT NOT NULL, problem TEXT NOT NULL)",
            "CREATE TABLE mastery (profile TEXT NOT NULL, skill TEXT NOT NULL, p_known REAL NOT NULL, opportunities INTEGER NOT NULL,"
                    + " correct INTEGER NOT NULL, last_at TEXT NOT NULL, mastered_at TEXT, reviews INTEGER NOT NULL DEFAULT 0,"
                    + " PRIMARY KEY (profile, skill))",
            "CREATE TABLE saved_work (profile TEXT NOT NULL, pack TEXT NOT NULL, problem TEXT NOT NULL, answer TEXT NOT NULL,"
                    + " work TEXT NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY (profile, pack, problem))",
            "CREATE TABLE import_log (sha256 TEXT PRIMARY KEY, machine TEXT NOT NULL, imported_at TEXT NOT NULL, rows INTEGER NOT NULL)",
            "INSERT INTO profile (uid, name, created) SELECT 'v1-student', 'Student', datetime('now')"
                    + " WHERE EXISTS (SELECT 1 FROM attempt_v1) OR EXISTS (SELECT 1 FROM hint_v1)",
            "INSERT INTO attempt (uid, profile, at, pack, problem, answer, correct, partial, test)"
                    + " SELECT " + UID
                    + ", 'v1-student', replace(at, ' ', 'T') || 'Z', pack, problem, answer, correct, partial, test"
                    + " FROM attempt_v1 ORDER BY id",
            "UPDATE attempt SET first = 1 WHERE rowid IN (SELECT MIN(rowid) FROM attempt GROUP BY profile, pack, problem)",
            "INSERT INTO hint (uid, profile, at, pack, problem, level, source, verified, ms)"
                    + " SELECT " + UID
                    + ", 'v1-student', replace(at, ' ', 'T') || 'Z', pack, problem, level, source, verified, ms"
                    + " FROM hint_v1 ORDER BY id",
            "DROP TABLE attempt_v1",
            "DROP TABLE hint_v1");
}
