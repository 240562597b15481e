package app.stepwise.store;

import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.ClassTotals;
import app.stepwise.store.Records.Dataset;
import app.stepwise.store.Records.Event;
import app.stepwise.store.Records.EventKind;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.MisconceptionCount;
import app.stepwise.store.Records.PracticeCount;
import app.stepwise.store.Records.ProblemProgress;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.SavedWork;
import app.stepwise.store.Records.Session;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.Solution;
import app.stepwise.store.Records.StudentTotals;
import app.stepwise.store.Records.WorkLine;
import app.stepwise.text.Message;
import app.stepwise.text.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The students' progress in one local SQLite file (WAL): profiles, sessions, attempts with their checked working,
 * hints, solutions shown, mastery and saved work.
 *
 * <p>
 * One writer thread owns the connection: writes are queued and return at once (the UI never waits for the disk);
 * reads run on the same thread after the writes queued before them, so call them off the UI thread.
 *
 * <p>
 * Integrity: {@code quick_check} runs at open (and every {@value #CHECK_EVERY} writes); a damaged file, a full disk
 * or another write error changes {@link #health()} and is reported once to the {@link #onTrouble} listener, with the
 * newest good backup to offer. A write that fails is kept in memory and saved when the file works again (after
 * space is freed, a backup is restored or a fresh file is started), so an attempt that raised an error is not lost.
 */
public final class ProgressStore implements AutoCloseable {
    static final int CHECK_EVERY = 500;
    private static final int MAX_PENDING = 50_000;
    private static final long READ_TIMEOUT_S = 20;

    @FunctionalInterface
    interface Op {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Backups backups;
    private final ThreadPoolExecutor writer;
    private volatile Thread writerThread;
    private final Deque<Op> pending = new ArrayDeque<>(); // writer thread only
    /** The local profiles, kept in memory so the name picker works even when the file does not. */
    private final Map<String, ProfileRow> localProfiles = new LinkedHashMap<>();
    private Connection connection; // writer thread only
    private volatile long maxPageCount; // 0: SQLite's default; a small number simulates a full disk in tests
    private volatile Health health = Health.good();
    private static final Consumer<Health> NOBODY = h -> {};
    private volatile Consumer<Health> listener = NOBODY;
    private boolean delivered;
    private int writesSinceCheck;
    private volatile String machine = "";
    private volatile boolean closed;

    private record ProfileRow(String uid, String name, String picture, String created) {
        Profile profile() {
            return new Profile(uid, name, picture != null && !picture.isEmpty(), created, Records.LOCAL);
        }
    }

    private ProgressStore(Path file, long maxPageCount) {
        this.file = file.toAbsolutePath();
        this.backups = new Backups(this.file);
        this.maxPageCount = maxPageCount;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_PENDING), r -> {
            Thread t = new Thread(r, "stepwise-store");
            t.setDaemon(true);
            writerThread = t;
            return t;
        });
    }

    /** Opens (creating, migrating, checking) the database; never throws: trouble shows in {@link #health()}. */
    public static ProgressStore open(Path file) {
        return open(file, 0);
    }

    /** For tests: {@code maxPageCount} pages at most, so a write fails as on a full disk. */
    static ProgressStore open(Path file, long maxPageCount) {
        ProgressStore s = new ProgressStore(file, maxPageCount);
        s.call(() -> {
            s.connect();
            return null;
        }, null);
        s.writer.execute(s::backupQuietly);
        return s;
    }

    /** Where the file is. */
    public Path file() {
        return file;
    }

    public Health health() {
        return health;
    }

    /** A one-line reason when progress is not being saved, else empty. */
    public String problem() {
        return health.ok() ? "" : health.message();
    }

    /**
     * Who to tell when the file gets into trouble: called once per episode (on the store's thread), and at once if
     * trouble was found before anyone listened.
     */
    public void onTrouble(Consumer<Health> l) {
        listener = l;
        run(c -> {}, true);
    }

    /** This machine's id (in results files). */
    public String machine() {
        return machine;
    }

    // ---- opening, integrity, backups (writer thread) ----

    private void connect() {
        closeConnection();
        try {
            Files.createDirectories(file.getParent());
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                if (maxPageCount > 0) s.execute("PRAGMA max_page_count = " + maxPageCount);
            }
            String check = quickCheck(connection);
            if (!check.equals("ok")) {
                closeConnection();
                trouble(Health.Kind.DAMAGED, "the integrity check found damage (" + firstLine(check) + ")");
                return;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            Schema.migrate(connection);
            machine = queryString(connection, "SELECT value FROM meta WHERE key = 'machine'").orElse("");
            loadLocalProfiles();
            health = Health.good();
            delivered = false;
        } catch (Schema.TooNewException e) {
            closeConnection();
            trouble(Health.Kind.UNAVAILABLE, e.getMessage() + "; it is left as it is");
        } catch (SQLException e) {
            closeConnection();
            trouble(kind(e), reason(e));
        } catch (IOException | RuntimeException e) {
            closeConnection();
            trouble(Health.Kind.UNAVAILABLE, "the folder cannot be written (" + e.getMessage() + ")");
        }
    }

    private void loadLocalProfiles() throws SQLException {
        Map<String, ProfileRow> known = new LinkedHashMap<>(localProfiles);
        localProfiles.clear();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT uid, name, picture, created FROM profile WHERE origin = 'local'")) {
            while (r.next())
                localProfiles.put(r.getString(1), new ProfileRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
        // profiles made after a restored backup was taken come back, so their queued work has a student
        for (ProfileRow p : known.values()) {
            if (localProfiles.containsKey(p.uid())) continue;
            insertProfile(connection, p);
            localProfiles.put(p.uid(), p);
        }
    }

    private static String quickCheck(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA quick_check(20)")) {
            while (r.next()) lines.add(r.getString(1));
        }
        return String.join("\n", lines);
    }

    private static String firstLine(String s) {
        int n = s.indexOf('\n');
        return n < 0 ? s : s.substring(0, n) + " …";
    }

    private void backupQuietly() {
        if (connection == null || !health.ok()) return;
        try {
            if (quickCheck(connection).equals("ok")) backups.make(connection); // never back up a damaged file
        } catch (SQLException | IOException e) {
            // a backup that cannot be made (full disk) is not worth bothering the student about; the next start retries
        }
    }

    private void closeConnection() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            // already unusable
        }
        connection = null;
    }

    private static Health.Kind kind(SQLException e) {
        return switch (e.getErrorCode() & 0xff) {
            case 13 -> Health.Kind.FULL; // SQLITE_FULL
            case 11, 26 -> Health.Kind.DAMAGED; // SQLITE_CORRUPT, SQLITE_NOTADB
            default -> Health.Kind.UNAVAILABLE;
        };
    }

    private static String reason(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return switch (e.getErrorCode() & 0xff) {
            case 13 -> "the disk is full";
            case 26 -> "the file is not a progress database";
            case 11 -> "the file is damaged";
            case 8 -> "the file is read-only";
            case 14 -> "the file cannot be opened";
            default -> m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        };
    }

    private void trouble(Health.Kind kind, String reason) {
        String message = switch (kind) {
            case DAMAGED -> "Your progress file is damaged: " + reason + ".";
            case FULL -> "Your progress cannot be saved because " + reason
                    + ". Stepwise keeps your work and saves it as soon as there is space again.";
            case UNAVAILABLE -> "Your progress is not being saved: " + reason + ".";
            case OK -> "";
        };
        Health.Kind before = health.kind();
        health = new Health(kind, message, backups.newest().map(Backups::shown), pending.size());
        if ((!delivered || before != kind) && listener != NOBODY) {
            delivered = true;
            try {
                listener.accept(health);
            } catch (RuntimeException e) {
                // a listener's own failure must not stop the store
            }
        }
    }

    /** Restores the newest backup: the damaged file is kept beside it; work not yet saved is then saved. */
    public boolean restoreNewestBackup() {
        Optional<Path> b = backups.newest();
        return b.isPresent() && replaceFile(Optional.of(b.get()));
    }

    /** Starts an empty progress file (the old one is kept beside it); profiles and work not yet saved are kept. */
    public boolean startFresh() {
        return replaceFile(Optional.empty());
    }

    /** The backups, newest first. */
    public List<Path> backups() {
        return backups.list();
    }

    private boolean replaceFile(Optional<Path> from) {
        Boolean ok = call(() -> {
            closeConnection();
            String stamp = String.valueOf(System.currentTimeMillis());
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path f = Path.of(file + suffix);
                if (Files.exists(f))
                    Files.move(f, Path.of(file + suffix + ".damaged-" + stamp), StandardCopyOption.REPLACE_EXISTING);
            }
            if (from.isPresent()) Files.copy(from.get(), file);
            connect();
            drain();
            return health.ok();
        }, false);
        return ok;
    }

    // ---- the writer ----

    /** Queues a write; returns at once. */
    private void write(Op op) {
        run(op, false);
    }

    private void run(Op op, boolean noWrite) {
        if (closed) return;
        try {
            writer.execute(() -> {
                if (!noWrite) {
                    if (pending.size() >= MAX_PENDING) pending.removeFirst();
                    pending.addLast(op);
                }
                drain();
            });
        } catch (RejectedExecutionException e) {
            // more than MAX_PENDING writes waiting: the disk has stalled for minutes; the newest are dropped
        }
    }

    /** Saves the waiting writes in order; stops at the first failure, which keeps it waiting. */
    private void drain() {
        if (connection == null) {
            if (!health.ok()) trouble(health.kind(), reasonOf(health));
            return;
        }
        while (!pending.isEmpty()) {
            Op op = pending.peekFirst();
            try {
                transaction(connection, op);
                pending.removeFirst();
                if (++writesSinceCheck >= CHECK_EVERY) {
                    writesSinceCheck = 0;
                    String check = quickCheck(connection);
                    if (!check.equals("ok")) {
                        closeConnection();
                        trouble(Health.Kind.DAMAGED, "the integrity check found damage (" + firstLine(check) + ")");
                        return;
                    }
                }
            } catch (SQLException e) {
                trouble(kind(e), reason(e));
                if (kind(e) == Health.Kind.DAMAGED) closeConnection();
                return;
            }
        }
        if (!health.ok()) {
            health = Health.good(); // e.g. space was freed: everything waiting is saved now
            delivered = false;
        }
    }

    private static String reasonOf(Health h) {
        return h.message().replaceFirst("^[^:]*: ", "").replaceFirst("\\.$", "");
    }

    private static void transaction(Connection c, Op op) throws SQLException {
        c.setAutoCommit(false);
        try {
            op.run(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the original error is the one that matters
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // as above
            }
        }
    }

    /** Runs a read after the queued writes and waits for it; the fallback when the file cannot be read. */
    private <T> T read(Query<T> q, T fallback) {
        return call(() -> {
            if (connection == null) return fallback;
            try {
                return q.run(connection);
            } catch (SQLException e) {
                closeIfDamaged(e);
                return fallback;
            }
        }, fallback);
    }

    /** A damaged file is closed and said in the store's health; any other failure leaves the connection as it is. */
    private void closeIfDamaged(SQLException e) {
        if (kind(e) == Health.Kind.DAMAGED) {
            closeConnection();
            trouble(Health.Kind.DAMAGED, reason(e));
        }
    }

    private <T> T call(Callable<T> job, T fallback) {
        if (Thread.currentThread() == writerThread) {
            try {
                return job.call();
            } catch (Exception e) {
                return fallback;
            }
        }
        if (closed) return fallback;
        try {
            Future<T> f = writer.submit(job);
            return f.get(READ_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            return fallback;
        }
    }

    /**
     * A read the store could not answer: the file is busy (another program holds it locked, or the computer is so busy
     * that the read did not end within its budget), or it cannot be read at all. Nothing was changed. Where an empty
     * answer would be taken for the truth (a class report of no students, an import that added nothing) the store says
     * this instead of answering with its fallback.
     */
    public static final class Unanswered extends Exception {
        private final boolean busy;

        Unanswered(boolean busy, String message) {
            super(message);
            this.busy = busy;
        }

        /** True when trying again later may answer (locked or slow), false when the file cannot be read. */
        public boolean busy() {
            return busy;
        }
    }

    /**
     * Runs a read (or one transaction) after the queued writes and waits for it at most {@code budget}; a read that
     * cannot be done is an {@link Unanswered}, never an empty answer. A read still waiting for the writer thread when
     * the budget runs out is withdrawn (it never runs later); one already running ends by itself.
     */
    private <T> T answer(Query<T> q, Duration budget) throws Unanswered {
        Callable<T> job = () -> {
            if (connection == null)
                throw new Unanswered(false, health.ok() ? "the progress file is closed" : reasonOf(health));
            try {
                return q.run(connection);
            } catch (SQLException e) {
                closeIfDamaged(e);
                throw switch (e.getErrorCode() & 0xff) {
                    case 5, 6 -> busy(budget); // SQLITE_BUSY, SQLITE_LOCKED: another program holds the file
                    default -> new Unanswered(false, reason(e));
                };
            }
        };
        if (Thread.currentThread() == writerThread) {
            try {
                return job.call();
            } catch (Unanswered e) {
                throw e;
            } catch (Exception e) {
                throw new Unanswered(false, String.valueOf(e.getMessage()));
            }
        }
        if (closed) throw new Unanswered(false, "the progress file is closed");
        Future<T> f;
        try {
            f = writer.submit(job);
        } catch (RejectedExecutionException e) {
            throw busy(budget);
        }
        try {
            return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(false);
            throw busy(budget);
        } catch (InterruptedException e) {
            f.cancel(false);
            Thread.currentThread().interrupt();
            throw busy(budget);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Unanswered u) throw u;
            throw new Unanswered(false, String.valueOf(e.getCause()));
        }
    }

    private static Unanswered busy(Duration budget) {
        return new Unanswered(true, "the progress file is busy and did not answer within " + budget.toSeconds()
                + " s (another program holds it, or the computer is very busy); nothing was changed");
    }

    /** For tests: queues a job on the writer thread (e.g. one that holds it busy). */
    void onWriter(Runnable job) {
        writer.execute(job);
    }

    /** Waits until every write queued so far has been tried. */
    public void flush() {
        call(() -> null, null);
    }

    /** For tests: changes the page limit (a full disk that gets space again). */
    void maxPageCount(long pages) {
        maxPageCount = pages;
        call(() -> {
            if (connection != null) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + (pages > 0 ? pages : 1_073_741_823L));
                }
            }
            return null;
        }, null);
    }

    // ---- profiles ----

    /** The students of this machine, by name. */
    public List<Profile> profiles() {
        List<Profile> out = call(() -> localProfiles.values().stream().map(ProfileRow::profile).toList(), List.of());
        return out.stream().sorted(Comparator.comparing(p -> p.name().toLowerCase(java.util.Locale.ROOT))).toList();
    }

    /** Every student the store knows: this machine's and those imported from results files. */
    public List<Profile> allProfiles() {
        return read(ProgressStore::everyProfile, profiles());
    }

    /** Every profile in the file, by name. */
    private static List<Profile> everyProfile(Connection c) throws SQLException {
        List<Profile> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT uid, name, picture, created, origin FROM profile ORDER BY name, uid")) {
            while (r.next())
                out.add(new Profile(r.getString(1), r.getString(2), r.getString(3) != null && !r.getString(3).isEmpty(),
                        r.getString(4), r.getString(5)));
        }
        return out;
    }

    /**
     * Creates a student. The name is trimmed; a picture password is a few picture names ("cat sun tree"), kept only
     * as a salted hash.
     *
     * @throws IllegalArgumentException with a message for the user when the name is empty, too long or taken
     */
    public Profile createProfile(String name, Optional<String> picture) {
        String n = ProfileNames.clean(name);
        ProfileRow row = new ProfileRow(Records.newUid(), n, picture.filter(p -> !p.isBlank()).map(Passwords::hash).orElse(null),
                Records.now());
        String taken = call(() -> {
            for (ProfileRow p : localProfiles.values()) {
                if (p.name().equalsIgnoreCase(n)) return p.name();
            }
            localProfiles.put(row.uid(), row);
            return null;
        }, null);
        if (taken != null)
            throw new Refusal(Message.of("name.taken", taken));
        write(c -> insertProfile(c, row));
        return row.profile();
    }

    private static void insertProfile(Connection c, ProfileRow p) throws SQLException {
        update(c, "INSERT OR IGNORE INTO profile (uid, name, picture, created, origin) VALUES (?, ?, ?, ?, 'local')", p.uid(),
                p.name(), p.picture(), p.created());
    }

    /** Whether the picture password matches (true when the student has none). */
    public boolean checkPicture(String profile, String picture) {
        ProfileRow p = call(() -> localProfiles.get(profile), null);
        if (p == null) return false;
        return p.picture() == null || p.picture().isEmpty() || Passwords.matches(picture, p.picture());
    }

    /** Renames a student (teacher mode). */
    public void renameProfile(String profile, String name) {
        String n = ProfileNames.clean(name);
        String taken = call(() -> {
            for (ProfileRow p : localProfiles.values()) {
                if (p.name().equalsIgnoreCase(n) && !p.uid().equals(profile)) return p.name();
            }
            ProfileRow old = localProfiles.get(profile);
            if (old != null) localProfiles.put(profile, new ProfileRow(profile, n, old.picture(), old.created()));
            return null;
        }, null);
        if (taken != null)
            throw new Refusal(Message.of("name.taken", taken));
        write(c -> update(c, "UPDATE profile SET name = ? WHERE uid = ?", n, profile));
    }

    /** Sets or clears a student's picture password (teacher mode, e.g. when it was forgotten). */
    public void setPicture(String profile, Optional<String> picture) {
        String hash = picture.filter(p -> !p.isBlank()).map(Passwords::hash).orElse(null);
        call(() -> {
            ProfileRow old = localProfiles.get(profile);
            if (old != null) localProfiles.put(profile, new ProfileRow(profile, old.name(), hash, old.created()));
            return null;
        }, null);
        write(c -> update(c, "UPDATE profile SET picture = ? WHERE uid = ?", hash, profile));
    }

    /** Deletes a student and everything recorded for them (teacher mode; also for imported students). */
    public void deleteProfile(String profile) {
        call(() -> localProfiles.remove(profile), null);
        write(c -> {
            update(c, "DELETE FROM work_line WHERE attempt IN (SELECT uid FROM attempt WHERE profile = ?)", profile);
            for (String t : List.of("attempt", "hint", "solution", "mastery", "saved_work", "session"))
                update(c, "DELETE FROM " + t + " WHERE profile = ?", profile);
            update(c, "DELETE FROM profile WHERE uid = ?", profile);
        });
    }

    // ---- recording (queued) ----

    /** Starts a practice session for a student. */
    public Session startSession(String profile) {
        Session s = new Session(Records.newUid(), profile, Records.now(), Optional.empty());
        write(c -> update(c, "INSERT OR IGNORE INTO session (uid, profile, started) VALUES (?, ?, ?)", s.uid(), s.profile(),
                s.started()));
        return s;
    }

    public void endSession(Session s) {
        String at = Records.now();
        write(c -> update(c, "UPDATE session SET ended = ? WHERE uid = ?", at, s.uid()));
    }

    public void attempt(Attempt a) {
        write(c -> insertAttempt(c, a, "INSERT"));
    }

    private static void insertAttempt(Connection c, Attempt a, String verb) throws SQLException {
        int n = update(c,
                verb + " INTO attempt (uid, profile, session, at, pack, problem, skills, answer, correct, partial, test,"
                        + " seconds, misconception, first, generated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.uid(), a.profile(),
                a.session(), a.at(), a.pack(), a.problem(), String.join(" ", a.skills()), a.answer(), a.correct() ? 1 : 0,
                a.partial() ? 1 : 0, a.test(), a.seconds(), a.misconception(), a.first() ? 1 : 0, a.generated() ? 1 : 0);
        if (n == 0) return;
        for (WorkLine l : a.lines()) {
            update(c,
                    "INSERT OR IGNORE INTO work_line (attempt, line, text, mark, message, misconception) VALUES (?, ?, ?, ?, ?, ?)",
                    a.uid(), l.line(), l.text(), l.mark(), l.message(), l.misconception());
        }
    }

    public void hint(Hint h) {
        write(c -> insertHint(c, h, "INSERT"));
    }

    private static void insertHint(Connection c, Hint h, String verb) throws SQLException {
        update(c, verb + " INTO hint (uid, profile, session, at, pack, problem, level, source, verified, ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", h.uid(), h.profile(), h.session(), h.at(), h.pack(), h.problem(),
                h.level(),
                h.source(), h.verified() ? 1 : 0, h.ms());
    }

    public void solution(Solution s) {
        write(c -> insertSolution(c, s, "INSERT"));
    }

    private static void insertSolution(Connection c, Solution s, String verb) throws SQLException {
        update(c, verb + " INTO solution (uid, profile, session, at, pack, problem) VALUES (?, ?, ?, ?, ?, ?)", s.uid(),
                s.profile(),
                s.session(), s.at(), s.pack(), s.problem());
    }

    /** Saves one skill's mastery (replacing the older state). */
    public void mastery(SkillState s) {
        write(c -> upsertMastery(c, s, false));
    }

    private static void upsertMastery(Connection c, SkillState s, boolean onlyNewer) throws SQLException {
        update(c, "INSERT INTO mastery (profile, skill, p_known, opportunities, correct, last_at, mastered_at, reviews)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile, skill) DO UPDATE SET p_known = excluded.p_known,"
                + " opportunities = excluded.opportunities, correct = excluded.correct, last_at = excluded.last_at,"
                + " mastered_at = excluded.mastered_at, reviews = excluded.reviews"
                + (onlyNewer ? " WHERE excluded.last_at > mastery.last_at" : ""), s.profile(), s.skill(), s.pKnown(),
                s.opportunities(), s.correct(), s.lastAt(), s.masteredAt().orElse(null), s.reviews());
    }

    /** Keeps a student's unfinished work on a problem (replacing what was kept before). */
    public void saveWork(String profile, String pack, String problem, String work, String answer) {
        String at = Records.now();
        write(c -> update(c, "INSERT INTO saved_work (profile, pack, problem, answer, work, saved_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (profile, pack, problem) DO UPDATE SET answer = excluded.answer, work = excluded.work,"
                + " saved_at = excluded.saved_at", profile, pack, problem, answer, work, at));
    }

    /** Forgets the kept work on a problem (e.g. once it is solved). */
    public void clearWork(String profile, String pack, String problem) {
        write(c -> update(c, "DELETE FROM saved_work WHERE profile = ? AND pack = ? AND problem = ?", profile, pack, problem));
    }

    // ---- reading (waits for the queued writes; call off the UI thread) ----

    public Optional<SavedWork> savedWork(String profile, String pack, String problem) {
        return read(c -> {
            try (PreparedStatement p = prepare(c,
                    "SELECT work, answer, saved_at FROM saved_work WHERE profile = ? AND pack = ? AND problem = ?",
                    profile, pack, problem); ResultSet r = p.executeQuery()) {
                return r.next()
                        ? Optional.of(new SavedWork(r.getString(1), r.getString(2), r.getString(3)))
                        : Optional.<SavedWork>empty();
            }
        }, Optional.empty());
    }

    /** A student's mastery, per skill. */
    public Map<String, SkillState> mastery(String profile) {
        return read(c -> {
            Map<String, SkillState> out = new LinkedHashMap<>();
            try (PreparedStatement p = prepare(c, "SELECT " + MASTERY_COLUMNS + " FROM mastery WHERE profile = ? ORDER BY skill",
                    profile);
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    SkillState s = skillState(r);
                    out.put(s.skill(), s);
                }
            }
            return out;
        }, Map.of());
    }

    /** Per problem id, in id order: what the student has done on this pack's problems. */
    public Map<String, ProblemProgress> summary(String profile, String pack) {
        return read(c -> {
            Map<String, ProblemProgress> out = new LinkedHashMap<>();
            try (PreparedStatement p = prepare(c,
                    "SELECT problem, COUNT(*), SUM(correct) FROM attempt WHERE profile = ? AND pack = ? GROUP BY problem ORDER BY problem",
                    profile, pack); ResultSet r = p.executeQuery()) {
                while (r.next()) out.put(r.getString(1), new ProblemProgress(r.getInt(2), r.getInt(3), 0, 0));
            }
            try (PreparedStatement p = prepare(c,
                    "SELECT problem, COUNT(*), MAX(level) FROM hint WHERE profile = ? AND pack = ? GROUP BY problem", profile,
                    pack);
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ProblemProgress before = out.getOrDefault(r.getString(1), ProblemProgress.NONE);
                    out.put(r.getString(1),
                            new ProblemProgress(before.attempts(), before.correctAttempts(), r.getInt(2), r.getInt(3)));
                }
            }
            return out;
        }, Map.of());
    }

    /** Whether the student has already answered (or been shown the answer of) this problem. */
    public boolean attempted(String profile, String pack, String problem) {
        return read(c -> {
            try (PreparedStatement p = prepare(c,
                    "SELECT EXISTS (SELECT 1 FROM attempt WHERE profile = ?1 AND pack = ?2 AND problem = ?3)"
                            + " OR EXISTS (SELECT 1 FROM solution WHERE profile = ?1 AND pack = ?2 AND problem = ?3)"
                            + " OR EXISTS (SELECT 1 FROM hint WHERE profile = ?1 AND pack = ?2 AND problem = ?3 AND level >= 3)",
                    profile, pack,
                    problem); ResultSet r = p.executeQuery()) {
                return r.next() && r.getInt(1) == 1;
            }
        }, false);
    }

    /** Everything about this machine's own students: what a results file carries. */
    public Dataset localDataset() {
        return dataset(true);
    }

    /** Everything the store holds: this machine's students and the imported ones (a class report reads this). */
    public Dataset dataset() {
        return dataset(false);
    }

    private Dataset dataset(boolean localOnly) {
        Dataset none = new Dataset(machine, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return read(c -> dataset(c, machine, localOnly), none);
    }

    /** The rows of a dataset, read on {@code c}; {@code machine} is this file's own machine id. */
    static Dataset dataset(Connection c, String machine, boolean localOnly) throws SQLException {
        String who = localOnly ? " WHERE profile IN (SELECT uid FROM profile WHERE origin = 'local')" : "";
        List<Profile> profiles = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT uid, name, picture, created, origin FROM profile"
                                + (localOnly ? " WHERE origin = 'local'" : "") + " ORDER BY name")) {
            while (r.next())
                profiles.add(new Profile(r.getString(1), r.getString(2), r.getString(3) != null, r.getString(4),
                        localOnly ? machine : r.getString(5)));
        }
        List<Session> sessions = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT uid, profile, started, ended FROM session" + who)) {
            while (r.next())
                sessions.add(
                        new Session(r.getString(1), r.getString(2), r.getString(3), Optional.ofNullable(r.getString(4))));
        }
        Map<String, List<WorkLine>> lines = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT attempt, line, text, mark, message, misconception FROM work_line ORDER BY attempt, line")) {
            while (r.next())
                lines.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new WorkLine(r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)));
        }
        List<Attempt> attempts = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT uid, profile, session, at, pack, problem, skills, answer, correct, partial, test, seconds, misconception, first,"
                                + " generated FROM attempt" + who + " ORDER BY at, rowid")) {
            while (r.next())
                attempts.add(new Attempt(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), splitSkills(r.getString(7)), r.getString(8), r.getInt(9) == 1, r.getInt(10) == 1,
                        r.getString(11), r.getDouble(12), r.getString(13), r.getInt(14) == 1, r.getInt(15) == 1,
                        lines.getOrDefault(r.getString(1), List.of())));
        }
        List<Hint> hints = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT uid, profile, session, at, pack, problem, level, source, verified, ms FROM hint" + who
                                + " ORDER BY at, rowid")) {
            while (r.next())
                hints.add(new Hint(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6),
                        r.getInt(7), r.getString(8), r.getInt(9) == 1, r.getLong(10)));
        }
        List<Solution> solutions = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT uid, profile, session, at, pack, problem FROM solution" + who + " ORDER BY at, rowid")) {
            while (r.next())
                solutions.add(new Solution(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6)));
        }
        List<SkillState> mastery = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s
                        .executeQuery("SELECT " + MASTERY_COLUMNS + " FROM mastery" + who + " ORDER BY profile, skill")) {
            while (r.next()) mastery.add(skillState(r));
        }
        return new Dataset(machine, profiles, sessions, attempts, hints, solutions, mastery);
    }

    /** How much a profile answered (the shared guest profile's practice, which has no row in the class tables). */
    public PracticeCount practiceCount(String profile) {
        return read(c -> practiceCount(c, profile), new PracticeCount(0, 0, ""));
    }

    /**
     * The practice count, waiting at most {@code budget}: a file that is busy or cannot be read is an
     * {@link Unanswered}, never "no practice".
     */
    public PracticeCount practiceCount(String profile, Duration budget) throws Unanswered {
        return answer(c -> practiceCount(c, profile), budget);
    }

    /** How many learners have work (answers, hints, shown solutions or saved work) on how many of some problems. */
    public record WorkOn(int learners, int problems) {}

    /**
     * Who has work on these problems of {@code pack} (answers, hints, solutions shown, saved work; imported learners
     * too), {@code except} one profile (the shared guest), waiting at most {@code budget}: a busy or unreadable file is
     * an {@link Unanswered}, never "no one".
     */
    public WorkOn workOn(String pack, java.util.Collection<String> problems, String except, Duration budget) throws Unanswered {
        if (problems.isEmpty()) return new WorkOn(0, 0);
        List<String> ids = List.copyOf(problems);
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        StringBuilder union = new StringBuilder();
        for (String table : List.of("attempt", "hint", "solution", "saved_work")) {
            if (!union.isEmpty()) union.append(" UNION ");
            union.append("SELECT profile, problem FROM ").append(table)
                    .append(" WHERE pack = ? AND profile <> ? AND problem IN (")
                    .append(in).append(")");
        }
        String sql = "SELECT COUNT(DISTINCT profile), COUNT(DISTINCT problem) FROM (" + union + ")";
        return answer(c -> {
            try (var s = c.prepareStatement(sql)) {
                int k = 1;
                for (int t = 0; t < 4; t++) {
                    s.setString(k++, pack);
                    s.setString(k++, except);
                    for (String id : ids) s.setString(k++, id);
                }
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? new WorkOn(r.getInt(1), r.getInt(2)) : new WorkOn(0, 0);
                }
            }
        }, budget);
    }

    private static PracticeCount practiceCount(Connection c, String profile) throws SQLException {
        try (var s = c.prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT pack || char(0) || problem), COALESCE(MAX(at), '') FROM attempt WHERE profile = ?")) {
            s.setString(1, profile);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new PracticeCount(r.getInt(1), r.getInt(2), r.getString(3)) : new PracticeCount(0, 0, "");
            }
        }
    }

    /**
     * The class report's inputs for everyone the store knows, computed by SQL aggregates: what a report of a whole class
     * needs without loading every attempt and line into memory ({@code stepwise bench store} times it).
     */
    public ClassTotals classTotals() {
        ClassTotals none = new ClassTotals(machine, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return read(c -> classTotals(c, machine), none);
    }

    /**
     * The class totals, waiting at most {@code budget}: a file that is busy or cannot be read is an {@link Unanswered},
     * never a class of no students.
     */
    public ClassTotals classTotals(Duration budget) throws Unanswered {
        return answer(c -> classTotals(c, machine), budget);
    }

    /** The class totals, read on {@code c}; {@code machine} is this file's own machine id. */
    static ClassTotals classTotals(Connection c, String machine) throws SQLException {
        List<Profile> profiles = everyProfile(c);
        java.util.TreeSet<String> skills = new java.util.TreeSet<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT skill FROM mastery UNION SELECT skills FROM attempt")) {
            while (r.next()) skills.addAll(splitSkills(r.getString(1)));
        }
        List<SkillState> mastery = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + MASTERY_COLUMNS + " FROM mastery ORDER BY profile, skill")) {
            while (r.next()) mastery.add(skillState(r));
        }
        return new ClassTotals(machine, profiles, List.copyOf(skills), mastery, misconceptionCounts(c), studentTotals(c),
                events(c));
    }

    /**
     * Each misconception once per go at a problem (a known student's answers to it in one session), whether named in an
     * answer or in lines of its working: Check pressed again on the same wrong working, or on working changed elsewhere, is
     * the same mistake (gradefix25: it was counted at every Check). A new session is a new go.
     */
    private static List<MisconceptionCount> misconceptionCounts(Connection c) throws SQLException {
        List<MisconceptionCount> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        """
                                WITH named AS (
                                  SELECT uid AS attempt, misconception AS m FROM attempt WHERE trim(misconception, ' ' || char(9, 10, 13)) <> ''
                                  UNION
                                  SELECT attempt, misconception FROM work_line WHERE trim(misconception, ' ' || char(9, 10, 13)) <> ''),
                                goes AS (
                                  SELECT DISTINCT a.profile, a.session, a.pack, a.problem, n.m FROM named n JOIN attempt a ON a.uid = n.attempt
                                   WHERE a.profile IN (SELECT uid FROM profile))
                                SELECT pack, problem, m, COUNT(*), COUNT(DISTINCT profile) FROM goes GROUP BY pack, problem, m""")) {
            while (r.next())
                out.add(new MisconceptionCount(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5)));
        }
        return out;
    }

    /** One student's totals while they are added up. */
    private static final class Tally {
        final String profile;
        int sessions, attempts, activeDays, firstAttempts, rightFirstAttempts, problemsTried, problemsHelped, hints,
                bottomOutHints, solutions;
        double seconds;
        String first = "", last = "";

        Tally(String profile) {
            this.profile = profile;
        }

        StudentTotals totals() {
            return new StudentTotals(profile, sessions, attempts, seconds, activeDays, first, last, firstAttempts,
                    rightFirstAttempts, problemsTried, problemsHelped, hints, bottomOutHints, solutions);
        }
    }

    /** Per student: sessions, answers, time, days, first attempts, problems tried and helped, hints, solutions. */
    private static List<StudentTotals> studentTotals(Connection c) throws SQLException {
        Map<String, Tally> by = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT uid FROM profile ORDER BY uid")) {
            while (r.next()) by.put(r.getString(1), new Tally(r.getString(1)));
        }
        Tally nobody = new Tally(""); // rows of a student without a profile (the guest) are added up and dropped
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, COUNT(*) FROM session GROUP BY profile")) {
            while (r.next()) by.getOrDefault(r.getString(1), nobody).sessions = r.getInt(2);
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT profile, COUNT(*), TOTAL(seconds), COUNT(DISTINCT substr(at, 1, 10)), MIN(at), MAX(at), TOTAL(first),
                       TOTAL(first AND correct) FROM attempt GROUP BY profile""")) {
            while (r.next()) {
                Tally t = by.getOrDefault(r.getString(1), nobody);
                t.attempts = r.getInt(2);
                t.seconds = r.getDouble(3);
                t.activeDays = r.getInt(4);
                t.first = r.getString(5);
                t.last = r.getString(6);
                t.firstAttempts = r.getInt(7);
                t.rightFirstAttempts = r.getInt(8);
            }
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, COUNT(*), TOTAL(level >= 3) FROM hint GROUP BY profile")) {
            while (r.next()) {
                Tally t = by.getOrDefault(r.getString(1), nobody);
                t.hints = r.getInt(2);
                t.bottomOutHints = r.getInt(3);
            }
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, COUNT(*) FROM solution GROUP BY profile")) {
            while (r.next()) by.getOrDefault(r.getString(1), nobody).solutions = r.getInt(2);
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT profile, COUNT(*), TOTAL(helped) FROM (
                  SELECT profile, pack, problem, MAX(helped) AS helped FROM (
                    SELECT profile, pack, problem, 0 AS helped FROM attempt
                    UNION ALL SELECT profile, pack, problem, 1 FROM hint
                    UNION ALL SELECT profile, pack, problem, 1 FROM solution)
                  GROUP BY profile, pack, problem)
                GROUP BY profile""")) {
            while (r.next()) {
                Tally t = by.getOrDefault(r.getString(1), nobody);
                t.problemsTried = r.getInt(2);
                t.problemsHelped = r.getInt(3);
            }
        }
        return by.values().stream().map(Tally::totals).toList();
    }

    /** Every answer, hint and solution shown of a known student: answers in time order, then hints, then solutions. */
    private static List<Event> events(Connection c) throws SQLException {
        List<Event> out = new ArrayList<>();
        String known = " WHERE profile IN (SELECT uid FROM profile) ORDER BY at, rowid";
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, at, pack, problem, correct, partial FROM attempt" + known)) {
            while (r.next())
                out.add(new Event(r.getString(1), r.getString(2), r.getString(3), r.getString(4), EventKind.ANSWER,
                        r.getInt(5) == 1, r.getInt(6) == 1, 0, ""));
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, at, pack, problem, level, source FROM hint" + known)) {
            while (r.next())
                out.add(new Event(r.getString(1), r.getString(2), r.getString(3), r.getString(4), EventKind.HINT, false, false,
                        r.getInt(5), r.getString(6)));
        }
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT profile, at, pack, problem FROM solution" + known)) {
            while (r.next())
                out.add(new Event(r.getString(1), r.getString(2), r.getString(3), r.getString(4), EventKind.SOLUTION, false,
                        false, 0, ""));
        }
        return out;
    }

    /** SQLite's full integrity check of the file: "ok", or the first problems it found. */
    public String integrityCheck() {
        return read(c -> {
            List<String> lines = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check(20)")) {
                while (r.next()) lines.add(r.getString(1));
            }
            return String.join("\n", lines);
        }, health.ok() ? "the file could not be read" : health.message());
    }

    /** What an import did. */
    public record ImportOutcome(int newRows, boolean alreadyImported) {}

    /**
     * Adds another machine's results (a parsed results file) to the class. Rows are matched by uid, so importing the
     * same file twice, or a later file from the same machine, never duplicates anything; a student's mastery is
     * replaced only by a newer state.
     */
    public ImportOutcome importDataset(Dataset d, String sha256) {
        try {
            return importDataset(d, sha256, Duration.ofSeconds(READ_TIMEOUT_S));
        } catch (Unanswered e) {
            return new ImportOutcome(0, false);
        }
    }

    /**
     * {@link #importDataset(Dataset, String)} waiting at most {@code budget}: when the file is busy or cannot be written
     * this is an {@link Unanswered}, never "nothing new". An import still waiting its turn when the budget runs out is
     * withdrawn; one already under way finishes by itself (importing the file again then adds nothing).
     */
    public ImportOutcome importDataset(Dataset d, String sha256, Duration budget) throws Unanswered {
        return answer(c -> {
            boolean seen;
            try (PreparedStatement p = prepare(c, "SELECT 1 FROM import_log WHERE sha256 = ?", sha256);
                    ResultSet r = p.executeQuery()) {
                seen = r.next();
            }
            if (seen) return new ImportOutcome(0, true);
            int[] added = {0};
            transaction(c, t -> {
                String origin = d.machine().equals(machine) ? Records.LOCAL : d.machine();
                for (Profile p : d.profiles()) {
                    if (localProfiles.containsKey(p.uid())) continue; // this machine's own file
                    added[0] += update(t,
                            "INSERT OR IGNORE INTO profile (uid, name, picture, created, origin) VALUES (?, ?, NULL, ?, ?)",
                            p.uid(), p.name(), p.created(), origin);
                }
                for (Session s : d.sessions())
                    added[0] += update(t, "INSERT OR IGNORE INTO session (uid, profile, started, ended) VALUES (?, ?, ?, ?)",
                            s.uid(),
                            s.profile(), s.started(), s.ended().orElse(null));
                for (Attempt a : d.attempts()) {
                    insertAttempt(t, a, "INSERT OR IGNORE");
                    added[0] += changes(t);
                }
                for (Hint h : d.hints()) {
                    insertHint(t, h, "INSERT OR IGNORE");
                    added[0] += changes(t);
                }
                for (Solution s : d.solutions()) {
                    insertSolution(t, s, "INSERT OR IGNORE");
                    added[0] += changes(t);
                }
                for (SkillState s : d.mastery()) {
                    upsertMastery(t, s, true);
                    added[0] += changes(t);
                }
                update(t, "INSERT INTO import_log (sha256, machine, imported_at, rows) VALUES (?, ?, ?, ?)", sha256, d.machine(),
                        Records.now(), added[0]);
            });
            return new ImportOutcome(added[0], false);
        }, budget);
    }

    private static int changes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT changes()")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static final String MASTERY_COLUMNS = "profile, skill, p_known, opportunities, correct, last_at, mastered_at, reviews";

    private static SkillState skillState(ResultSet r) throws SQLException {
        return new SkillState(r.getString(1), r.getString(2), r.getDouble(3), r.getInt(4), r.getInt(5), r.getString(6),
                Optional.ofNullable(r.getString(7)), r.getInt(8));
    }

    private static List<String> splitSkills(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
        return p;
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(c, sql, args)) {
            return p.executeUpdate();
        }
    }

    static Optional<String> queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        }
    }

    /** Saves what is queued, backs up a healthy file, and closes it. */
    @Override
    public void close() {
        if (closed) return;
        call(() -> {
            drain();
            backupQuietly();
            closeConnection();
            return null;
        }, null);
        closed = true;
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
