package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Dataset;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.ProblemProgress;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.Solution;
import app.stepwise.store.Records.WorkLine;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    private static Attempt attempt(Profile p, String problem, String answer, boolean correct) {
        return Attempt.now(p.uid(), "s1", "linear", problem, List.of("one-step"), answer, correct, false, "equation", 12.5,
                correct ? "" : "sign error", true, false,
                List.of(new WorkLine(1, "3x = 15", "on-path", "", ""),
                        new WorkLine(2, "x = 6", "invalid", "Check 15 ÷ 3.", "arithmetic slip")));
    }

    @Test
    void everythingRecordedIsThereAfterARestart(@TempDir Path tmp) {
        Path db = tmp.resolve("progress.db");
        Profile amira;
        try (ProgressStore s = ProgressStore.open(db)) {
            amira = s.createProfile("  Amira  ", Optional.of("cat sun tree"));
            s.attempt(attempt(amira, "le-02", "x = 6", false));
            s.attempt(attempt(amira, "le-02", "x = 5", true));
            s.hint(Hint.now(amira.uid(), "s1", "linear", "le-02", 1, "model", true, 120));
            s.hint(Hint.now(amira.uid(), "s1", "linear", "le-02", 3, "solver", true, 4));
            s.solution(Solution.now(amira.uid(), "s1", "linear", "le-03"));
            s.mastery(new SkillState(amira.uid(), "one-step", 0.71, 1, 1, "2026-11-30T06:00:00Z", Optional.empty(), 0));
            s.saveWork(amira.uid(), "linear", "le-04", "2x + 1 = 7\n2x = 6", "x = ");
            assertThat(s.health().ok()).isTrue();
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertThat(s.profiles()).extracting(Profile::name).containsExactly("Amira");
            assertThat(s.summary(amira.uid(), "linear").get("le-02")).isEqualTo(new ProblemProgress(2, 1, 2, 3));
            assertThat(s.mastery(amira.uid()).get("one-step").pKnown()).isEqualTo(0.71);
            assertThat(s.savedWork(amira.uid(), "linear", "le-04")).hasValueSatisfying(w -> {
                assertThat(w.answer()).isEqualTo("x = ");
                assertThat(w.work()).isEqualTo("2x + 1 = 7\n2x = 6");
            });
            assertThat(s.attempted(amira.uid(), "linear", "le-03")).as("a revealed solution counts as seen").isTrue();
            assertThat(s.attempted(amira.uid(), "linear", "le-09")).isFalse();
            Dataset d = s.localDataset();
            assertThat(d.attempts()).hasSize(2);
            assertThat(d.attempts().get(0).lines()).extracting(WorkLine::misconception).containsExactly("", "arithmetic slip");
            assertThat(d.attempts().get(0).seconds()).isEqualTo(12.5);
            assertThat(d.solutions()).hasSize(1);
            assertThat(d.machine()).isNotBlank();
        }
    }

    @Test
    void savedWorkIsPerStudentAndCanBeCleared(@TempDir Path tmp) {
        try (ProgressStore s = ProgressStore.open(tmp.resolve("p.db"))) {
            Profile a = s.createProfile("Ana", Optional.empty());
            Profile b = s.createProfile("Bo", Optional.empty());
            s.saveWork(a.uid(), "pk", "q1", "first", "1");
            s.saveWork(a.uid(), "pk", "q1", "second", "2");
            assertThat(s.savedWork(a.uid(), "pk", "q1").map(Records.SavedWork::work)).hasValue("second");
            assertThat(s.savedWork(b.uid(), "pk", "q1")).isEmpty();
            s.clearWork(a.uid(), "pk", "q1");
            assertThat(s.savedWork(a.uid(), "pk", "q1")).isEmpty();
        }
    }

    @Test
    void namesAreUniqueAndPicturePasswordsAreChecked(@TempDir Path tmp) {
        try (ProgressStore s = ProgressStore.open(tmp.resolve("p.db"))) {
            Profile kofi = s.createProfile("Kofi", Optional.of("Cat  Sun tree"));
            assertThatThrownBy(() -> s.createProfile("kofi", Optional.empty()))
                    .hasMessageContaining("already a student called Kofi");
            assertThatThrownBy(() -> s.createProfile("   ", Optional.empty())).hasMessageContaining("Type a name");
            assertThat(s.checkPicture(kofi.uid(), "cat sun tree")).isTrue();
            assertThat(s.checkPicture(kofi.uid(), "sun cat tree")).isFalse();
            s.setPicture(kofi.uid(), Optional.empty());
            assertThat(s.checkPicture(kofi.uid(), "")).isTrue();
            s.renameProfile(kofi.uid(), "Kofi A.");
            Profile mei = s.createProfile("Mei", Optional.empty());
            s.attempt(attempt(mei, "q", "1", true));
            s.deleteProfile(mei.uid());
            assertThat(s.profiles()).extracting(Profile::name).containsExactly("Kofi A.");
            assertThat(s.localDataset().attempts()).isEmpty();
        }
    }

    @Test
    void aWriteReturnsWhileTheWriterIsBusy(@TempDir Path tmp) throws Exception {
        try (ProgressStore s = ProgressStore.open(tmp.resolve("p.db"))) {
            Profile p = s.createProfile("Ana", Optional.empty());
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch holding = new CountDownLatch(1);
            s.onWriter(() -> {
                holding.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            holding.await(5, TimeUnit.SECONDS);
            s.attempt(attempt(p, "q", "1", true)); // would hang here if writes waited for the disk
            s.saveWork(p.uid(), "linear", "q", "1", "w");
            assertThat(release.getCount()).as("the writer is still held").isEqualTo(1);
            release.countDown();
            assertThat(s.localDataset().attempts()).hasSize(1);
        }
    }

    @Test
    void anEmptyFileIsMigratedToTheCurrentSchema(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("p.db");
        ProgressStore.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(Schema.version(c)).isEqualTo(Schema.CURRENT);
            assertThat(tables(c)).contains("profile", "session", "attempt", "work_line", "hint", "solution", "mastery",
                    "saved_work",
                    "import_log", "meta");
            assertThat(journalMode(c)).isEqualTo("wal");
        }
    }

    /** The schema exactly as version 0.1 (main before profiles) created it, with its rows. */
    @Test
    void aFileFromTheFirstReleaseKeepsItsAttemptsAndHints(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("progress.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute(
                    "CREATE TABLE IF NOT EXISTS attempt (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (datetime('now')), pack TEXT NOT NULL,"
                            + " problem TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, partial INTEGER NOT NULL, test TEXT NOT NULL)");
            s.execute(
                    "CREATE TABLE IF NOT EXISTS hint (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (datetime('now')), pack TEXT NOT NULL,"
                            + " problem TEXT NOT NULL, level INTEGER NOT NULL, source TEXT NOT NULL, verified INTEGER NOT NULL, ms INTEGER NOT NULL)");
            s.execute(
                    "INSERT INTO attempt (pack, problem, answer, correct, partial, test) VALUES ('linear', 'le-02', 'x = 6', 0, 0, 'equation')");
            s.execute(
                    "INSERT INTO attempt (pack, problem, answer, correct, partial, test) VALUES ('linear', 'le-02', 'x = 5', 1, 0, 'equation')");
            s.execute(
                    "INSERT INTO hint (pack, problem, level, source, verified, ms) VALUES ('linear', 'le-02', 2, 'model', 1, 300)");
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertThat(s.health().ok()).isTrue();
            assertThat(s.profiles()).extracting(Profile::name).containsExactly("Student");
            Dataset d = s.localDataset();
            assertThat(d.attempts()).extracting(Attempt::answer).containsExactly("x = 6", "x = 5");
            assertThat(d.attempts()).extracting(Attempt::first).containsExactly(true, false);
            assertThat(d.attempts().get(0).at()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(d.hints()).extracting(Hint::source).containsExactly("model");
            assertThat(s.summary(s.profiles().get(0).uid(), "linear").get("le-02")).isEqualTo(new ProblemProgress(2, 1, 1, 2));
        }
    }

    @Test
    void aFileFromANewerStepwiseIsLeftAloneAndSaysWhy(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("p.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 99");
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertThat(s.health().kind()).isEqualTo(Health.Kind.UNAVAILABLE);
            assertThat(s.health().message()).contains("newer version of Stepwise");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThat(Schema.version(c)).isEqualTo(99);
            assertThat(tables(c)).containsExactly("future");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenRecordsNothingAndSaysWhy(@TempDir Path tmp) throws Exception {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        try (ProgressStore s = ProgressStore.open(notADir.resolve("progress.db"))) {
            s.hint(Hint.now("p", "", "p", "q", 1, "solver", true, 1)); // no exception: the lesson goes on
            assertThat(s.problem()).contains("not being saved");
            assertThat(s.localDataset().hints()).isEmpty();
        }
    }

    @Test
    void aCorruptFileIsReportedOnceAndTheBackupRestoresItWithTheNewWork(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("progress.db");
        Profile p;
        try (ProgressStore s = ProgressStore.open(db)) {
            p = s.createProfile("Ana", Optional.empty());
            s.attempt(attempt(p, "before", "1", true));
        } // closing makes a backup of the healthy file
        byte[] junk = new byte[8192];
        new java.util.Random(1).nextBytes(junk);
        Files.write(db, junk);
        Files.deleteIfExists(Path.of(db + "-wal"));
        List<Health> told = new ArrayList<>();
        try (ProgressStore s = ProgressStore.open(db)) {
            s.onTrouble(told::add);
            assertThat(s.health().kind()).isEqualTo(Health.Kind.DAMAGED);
            assertThat(s.health().backup()).isPresent();
            s.attempt(attempt(p, "during", "2", false)); // raised an error: kept, not lost
            s.attempt(attempt(p, "during-2", "3", false));
            s.flush();
            assertThat(told).hasSize(1);
            assertThat(told.get(0).message()).contains("damaged");
            assertThat(s.restoreNewestBackup()).isTrue();
            assertThat(s.health().ok()).isTrue();
            assertThat(s.localDataset().attempts()).extracting(Attempt::problem).containsExactlyInAnyOrder("before", "during",
                    "during-2");
        }
        assertThat(Files.list(tmp).map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("progress.db.damaged-"));
    }

    @Test
    void aDamagedFileWithoutBackupCanStartAfreshKeepingTheStudents(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("progress.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            s.createProfile("Ana", Optional.empty());
        }
        Files.walk(tmp.resolve("backups")).sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        Files.writeString(db, "this is not a database at all, just words ".repeat(200));
        try (ProgressStore s = ProgressStore.open(db)) {
            assertThat(s.health().kind()).isEqualTo(Health.Kind.DAMAGED);
            assertThat(s.health().backup()).isEmpty();
            assertThat(s.restoreNewestBackup()).isFalse();
            assertThat(s.startFresh()).isTrue();
            assertThat(s.health().ok()).isTrue();
        }
    }

    @Test
    void aDamagedPageIsFoundAtOpen(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("progress.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            Profile p = s.createProfile("Ana", Optional.empty());
            for (int i = 0; i < 400; i++) s.attempt(attempt(p, "q" + i, "x = " + i, i % 2 == 0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long pages = Files.size(db) / 4096;
        assertThat(pages).isGreaterThan(10);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new java.util.Random(7).nextBytes(junk);
            f.seek(4096 * (pages / 2)); // a page in the middle: part of a table or index b-tree
            f.write(junk);
        }
        List<Health> told = new ArrayList<>();
        try (ProgressStore s = ProgressStore.open(db)) {
            s.onTrouble(told::add);
            assertThat(s.health().kind()).isEqualTo(Health.Kind.DAMAGED);
            s.flush();
            assertThat(told).hasSize(1);
        }
    }

    @Test
    void aFullDiskIsReportedOnceAndNothingIsLostWhenSpaceReturns(@TempDir Path tmp) {
        Path db = tmp.resolve("progress.db");
        List<Health> told = new ArrayList<>();
        try (ProgressStore s = ProgressStore.open(db, 40)) {
            s.onTrouble(told::add);
            Profile p = s.createProfile("Ana", Optional.empty());
            int written = 0;
            while (s.health().ok() && written < 5000) {
                s.attempt(attempt(p, "q" + written, "x = " + "9".repeat(200), false));
                written++;
                if (written % 50 == 0) s.flush();
            }
            for (int i = 0; i < 20; i++) s.attempt(attempt(p, "more" + i, "1", true));
            s.flush();
            assertThat(s.health().kind()).isEqualTo(Health.Kind.FULL);
            assertThat(s.health().message()).contains("disk is full");
            assertThat(told).hasSize(1);
            s.maxPageCount(0); // space is freed
            s.attempt(attempt(p, "after", "1", true));
            assertThat(s.localDataset().attempts()).hasSize(written + 21);
            assertThat(s.health().ok()).isTrue();
        }
    }

    @Test
    void workSavedWhileTheDiskIsFullIsThereOnceSpaceReturnsAndPushesOutNoAnswer(@TempDir Path tmp) {
        try (ProgressStore s = ProgressStore.open(tmp.resolve("progress.db"), 40)) {
            Profile p = s.createProfile("Ana", Optional.empty());
            int written = 0;
            while (s.health().ok() && written < 5000) {
                s.attempt(attempt(p, "fill" + written, "x = " + "9".repeat(200), false));
                if (++written % 50 == 0) s.flush();
            }
            s.flush();
            assertThat(s.health().kind()).isEqualTo(Health.Kind.FULL);
            s.attempt(attempt(p, "answered-while-full", "5", true));
            for (int keystroke = 1; keystroke <= 200; keystroke++) // the student goes on typing; each pause saves
                s.saveWork(p.uid(), "linear", "q7", "3x + 5 = 20\n3x = " + keystroke, "");
            s.flush();
            assertThat(s.health().kind()).isEqualTo(Health.Kind.FULL);
            s.maxPageCount(0); // space is freed
            s.saveWork(p.uid(), "linear", "q8", "x = 1", "1");
            assertThat(s.savedWork(p.uid(), "linear", "q7")).hasValueSatisfying(w -> assertThat(w.work()).endsWith("3x = 200"));
            assertThat(s.savedWork(p.uid(), "linear", "q8")).isPresent();
            assertThat(s.localDataset().attempts()).hasSize(written + 1)
                    .anySatisfy(a -> assertThat(a.problem()).isEqualTo("answered-while-full"));
            assertThat(s.health().ok()).isTrue();
        }
    }

    @Test
    void importingTheSameResultsTwiceChangesNothing(@TempDir Path tmp) {
        Dataset other;
        try (ProgressStore a = ProgressStore.open(tmp.resolve("a.db"))) {
            Profile p = a.createProfile("Ana", Optional.empty());
            a.attempt(attempt(p, "q1", "1", true));
            a.hint(Hint.now(p.uid(), "", "linear", "q1", 2, "solver", true, 3));
            a.mastery(new SkillState(p.uid(), "one-step", 0.5, 1, 1, "2026-11-30T06:00:00Z", Optional.empty(), 0));
            other = a.localDataset();
        }
        try (ProgressStore b = ProgressStore.open(tmp.resolve("b.db"))) {
            b.createProfile("Bo", Optional.empty());
            ProgressStore.ImportOutcome first = b.importDataset(other, "sha-1");
            assertThat(first.newRows()).isEqualTo(other.rows());
            Dataset after = b.dataset();
            assertThat(b.importDataset(other, "sha-1").alreadyImported()).isTrue();
            assertThat(b.importDataset(other, "sha-2-same-rows").newRows()).isZero();
            assertThat(b.dataset()).isEqualTo(after);
            assertThat(b.profiles()).extracting(Profile::name).as("imported students are not on this laptop's picker")
                    .containsExactly("Bo");
            assertThat(b.allProfiles()).extracting(Profile::name).containsExactly("Ana", "Bo");
        }
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private static String journalMode(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            return r.next() ? r.getString(1) : "";
        }
    }

    /**
     * A store too busy to answer within the budget (its writer held): the class totals are "busy", never a class of no
     * students, and an import is "busy", never "nothing new"; an import withdrawn that way is not done later behind the
     * caller's back.
     */
    @Test
    void aBusyStoreSaysSoInsteadOfAnsweringEmptyAndAWithdrawnImportNeverRunsLater(@TempDir Path tmp) throws Exception {
        Dataset other;
        try (ProgressStore laptop = ProgressStore.open(tmp.resolve("laptop.db"))) {
            Profile zoe = laptop.createProfile("Zoë", Optional.empty());
            laptop.attempt(attempt(zoe, "q", "1", true));
            other = laptop.localDataset();
        }
        try (ProgressStore s = ProgressStore.open(tmp.resolve("p.db"))) {
            s.createProfile("Ana", Optional.empty());
            assertThat(s.classTotals(java.time.Duration.ofSeconds(5)).profiles()).hasSize(1);
            try (HeldWriter held = new HeldWriter(s)) {
                assertThatThrownBy(() -> s.classTotals(java.time.Duration.ofMillis(300)))
                        .isInstanceOfSatisfying(ProgressStore.Unanswered.class, e -> assertThat(e.busy()).isTrue())
                        .hasMessageContaining("busy");
                assertThatThrownBy(() -> s.importDataset(other, "zoe-file", java.time.Duration.ofMillis(300)))
                        .isInstanceOfSatisfying(ProgressStore.Unanswered.class, e -> assertThat(e.busy()).isTrue());
            }
            s.flush();
            assertThat(s.classTotals(java.time.Duration.ofSeconds(5)).profiles()).as("the withdrawn import never ran")
                    .extracting(Profile::name).containsExactly("Ana");
            assertThat(s.importDataset(other, "zoe-file", java.time.Duration.ofSeconds(5)).alreadyImported()).isFalse();
            assertThat(s.classTotals(java.time.Duration.ofSeconds(5)).profiles()).extracting(Profile::name)
                    .containsExactlyInAnyOrder("Ana", "Zoë");
        }
    }
}
