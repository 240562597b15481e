package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.ResultsFile;
import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.Solution;
import app.stepwise.store.Records.WorkLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stepwise report} on a real progress file with known answers: this computer's class of Ana and Bo, and Zoë's
 * results file from another laptop. Every number printed below is worked out by hand from the rows written here.
 */
class ReportCommandTest {
    @TempDir
    Path tmp;
    private String homeBefore;
    private Path home;

    @BeforeEach
    void aClassOnThisComputer() {
        homeBefore = System.getProperty("stepwise.home");
        home = tmp.resolve("home");
        System.setProperty("stepwise.home", home.toString());
        try (ProgressStore s = ProgressStore.open(home.resolve("progress.db"))) {
            Profile ana = s.createProfile("Ana", Optional.empty());
            Profile bo = s.createProfile("Bo", Optional.empty());
            // Ana: le-01 right first time (90 s); le-02 a sign error in the answer and its working (30 s), then right (60 s)
            s.attempt(attempt(ana, "le-01", "skill-a", true, "", true, 90, List.of()));
            s.attempt(attempt(ana, "le-02", "skill-b", false, "sign error", true, 30,
                    List.of(new WorkLine(1, "3x = 20 + 5", "invalid", "Moving +5 across makes it -5.", "sign error"))));
            s.attempt(attempt(ana, "le-02", "skill-b", true, "", false, 60, List.of()));
            s.hint(new Hint(uid(), ana.uid(), "", "2026-11-30T09:01:00Z", "le", "le-02", 1, "solver", true, 12));
            s.mastery(new SkillState(ana.uid(), "skill-a", 0.97, 1, 1, "2026-11-30T09:00:00Z", Optional.empty(), 0));
            s.mastery(new SkillState(ana.uid(), "skill-b", 0.4, 1, 0, "2026-11-30T09:00:00Z", Optional.empty(), 0));
            // Bo: le-01 wrong with a sign error in one line (120 s), the bottom-out hint, then the solution
            s.attempt(attempt(bo, "le-01", "skill-a", false, "", true, 120,
                    List.of(new WorkLine(1, "x = 20 + 5", "invalid", "", "sign error"))));
            s.hint(new Hint(uid(), bo.uid(), "", "2026-11-30T09:05:00Z", "le", "le-01", 3, "solver", true, 8));
            s.solution(new Solution(uid(), bo.uid(), "", "2026-11-30T09:06:00Z", "le", "le-01"));
            s.mastery(new SkillState(bo.uid(), "skill-a", 0.3, 1, 0, "2026-11-30T09:00:00Z", Optional.empty(), 0));
        }
    }

    @AfterEach
    void restoreHome() {
        if (homeBefore == null) System.clearProperty("stepwise.home");
        else
            System.setProperty("stepwise.home", homeBefore);
    }

    /** Zoë's laptop: one answer to le-02 with a sign error (45 s), exported as a results file. */
    private Path zoesResults() throws Exception {
        try (ProgressStore s = ProgressStore.open(tmp.resolve("laptop.db"))) {
            Profile zoe = s.createProfile("Zoë", Optional.empty());
            s.attempt(attempt(zoe, "le-02", "skill-b", false, "sign error", true, 45, List.of()));
            s.flush();
            Path file = tmp.resolve("zoe.json");
            ResultsFile.write(s.localDataset(), file);
            return file;
        }
    }

    private static int at;

    private static Attempt attempt(Profile p, String problem, String skill, boolean right, String misconception, boolean first,
            double seconds, List<WorkLine> lines) {
        return new Attempt(uid(), p.uid(), "", String.format("2026-11-30T08:%02d:00Z", at++), "le", problem, List.of(skill),
                right ? "x = 5" : "x = 6", right, false, "equation", seconds, misconception, first, false, lines);
    }

    private static String uid() {
        return UUID.randomUUID().toString();
    }

    /** Counts read as English: "1 problem", "1 student" (review24: the report printed "1 problems"). */
    @Test
    void theTextReportShowsEachStudentAndTheCommonestMisconceptions() throws Exception {
        CliTest.Run r = CliTest.run("report", zoesResults().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "3 students, 2 skills",
                "  Ana                       1/2 skills mastered,   2 problems,  0.5 hints/problem,   3.0 min",
                "  Bo                        0/2 skills mastered,   1 problem,   1.0 hints/problem,   2.0 min",
                "  Zoë                       0/2 skills mastered,   1 problem,   0.0 hints/problem,   0.8 min",
                "  misconception: sign error in le/le-02 (2×, 2 students)",
                "  misconception: sign error in le/le-01 (1×, 1 student)");
    }

    @Test
    void jsonCarriesEveryTableWithTheSameNumbers() throws Exception {
        CliTest.Run r = CliTest.run("report", "--json", zoesResults().toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("students")).hasSize(3);
        assertThat(j.get("students").get(2).get("origin").asText()).startsWith("computer ");
        assertThat(j.get("students").get(0).get("origin").asText()).isEqualTo("this computer");
        JsonNode bo = j.get("hintDependence").get(1);
        assertThat(bo.get("name").asText()).isEqualTo("Bo");
        assertThat(bo.get("hints").asInt()).isEqualTo(1);
        assertThat(bo.get("bottomOutHints").asInt()).isEqualTo(1);
        assertThat(bo.get("solutionsShown").asInt()).isEqualTo(1);
        assertThat(bo.get("helpedShare").asDouble()).isEqualTo(1.0);
        assertThat(bo.get("rightFirstTimeShare").asDouble()).isEqualTo(0.0);
        JsonNode ana = j.get("hintDependence").get(0);
        assertThat(ana.get("rightFirstTimeShare").asDouble()).as("1 of 2 first attempts right").isEqualTo(0.5);
        assertThat(j.get("time").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(j.get("timeline")).as("4 answers, 2 hints, 1 solution shown, 1 imported answer").hasSize(8);
        assertThat(j.get("mastery")).hasSize(3);
    }

    @Test
    void oneCsvTableGoesToStandardOutputWithoutByteOrderMark() throws Exception {
        CliTest.Run r = CliTest.run("report", "--csv", "--table", "misconceptions");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("pack,problem,misconception,times,students\r\n" + "le,le-01,sign error,1,1\r\n"
                + "le,le-02,sign error,1,1\r\n");
        assertThat(CliTest.run("report", "--csv", "--table", "nonsense").code()).isEqualTo(2);
    }

    @Test
    void aResultsFileIsReadNotImported() throws Exception {
        Path zoe = zoesResults();
        assertThat(CliTest.run("report", zoe.toString()).out()).startsWith("3 students");
        assertThat(CliTest.run("report").out()).as("this computer's file is unchanged").startsWith("2 students");
        assertThat(CliTest.run("report", "--no-local", zoe.toString()).out()).startsWith("1 student,");
    }

    @Test
    void aNewerResultsFileIsRefusedWithItsReasonAndExitOne() throws Exception {
        Path newer = tmp.resolve("newer.json");
        Files.writeString(newer, Files.readString(zoesResults()).replace("\"version\" : 1", "\"version\" : 7"));
        CliTest.Run r = CliTest.run("report", newer.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("newer.json was made by a newer Stepwise (results version 7");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void exportWritesThisComputersResultsFile() throws Exception {
        Path out = tmp.resolve("usb/class-9b.json");
        CliTest.Run r = CliTest.run("report", "--export", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote the results of 2 students (4 answers)");
        assertThat(ResultsFile.read(out).data().profiles()).extracting(Profile::name).containsExactlyInAnyOrder("Ana", "Bo");
    }

    /**
     * A disk that fills up while the printable summary is written (the shell's file size limit fails a write the same
     * way) leaves the summary written before whole: it was written in place, and cut short.
     */
    @Test
    void aDiskThatFillsUpDuringReportHtmlLeavesThePreviousSummaryWhole() throws Exception {
        Path summary = tmp.resolve("summary.html");
        assertThat(CliTest.run("report", "--html", summary.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(summary);
        assertThat(before.length).isGreaterThan(1024);
        CliTest.Run r;
        // the app open beside it, so SQLite's shared-memory file is there at its full size (a reader would grow it)
        try (Connection app = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("progress.db"));
                Statement s = app.createStatement()) {
            s.execute("SELECT COUNT(*) FROM profile");
            r = CliTest.javaUnderFileSizeLimit(1, List.of("-Dstepwise.home=" + home, "-Dorg.sqlite.lib.path="
                    + sqliteLibraryUnpacked(), "-Dorg.sqlite.lib.name=libsqlitejdbc.so"), Main.class.getName(), "report",
                    "--html",
                    summary.toString());
        }
        assertThat(r.code()).as(r.out() + r.err()).isNotZero();
        assertThat(Files.readAllBytes(summary)).isEqualTo(before);
        assertThat(r.err()).contains("cannot write " + summary).contains("unchanged");
        try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /**
     * SQLite's native library, unpacked here: under a file size limit of 1 KB a new JVM could not unpack it itself, and the
     * report (which reads the class before it writes anything) would stop at the progress file.
     */
    private Path sqliteLibraryUnpacked() throws Exception {
        String entry = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/libsqlitejdbc.so";
        Path dir = Files.createDirectories(tmp.resolve("sqlite-native"));
        try (var in = org.sqlite.JDBC.class.getResourceAsStream(entry)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(in != null, "no " + entry + " in sqlite-jdbc");
            Files.copy(in, dir.resolve("libsqlitejdbc.so"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    /** With no room for the scratch copy, report says the report could not be made, not that progress is unsaved. */
    @Test
    void aReportWithNoRoomForItsScratchCopySaysNothingWasLost() throws Exception {
        Path zoe = zoesResults();
        CliTest.Run r = CliTest.underFileSizeLimit(home, 1, "report", "--no-local", zoe.toString());
        assertThat(r.code()).as(r.out() + r.err()).isNotZero();
        assertThat(r.err()).contains("the report could not be made").contains("nothing was lost")
                .doesNotContain("progress is not being saved");
    }

    /**
     * Another connection holding the progress file the way the open app does while it saves an answer: a write begun
     * and not yet committed. The report reads what was saved before it, at once.
     */
    @Test
    void aReportWhileStepwiseIsSavingAnAnswerGivesTheSavedFiguresQuickly() throws Exception {
        try (Connection app = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("progress.db"));
                Statement s = app.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO profile (uid, name, created) VALUES ('cy', 'Cy', '2026-11-30T09:10:00Z')");
            long start = System.nanoTime();
            CliTest.Run r = CliTest.run("report");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).startsWith("2 students, 2 skills");
            assertThat(r.err()).isEmpty();
            assertThat(seconds).as("the report waited for nothing").isLessThan(15);
            s.execute("ROLLBACK");
        }
    }

    /**
     * Another program holding the progress file locked (SQLite's exclusive locking mode, mid-write): the report cannot
     * read it, so it says so and to try again, within its budget. It never prints an empty class as if it were the
     * truth, and never writes an empty results file.
     */
    @Test
    void aLockedProgressFileIsReportedAsBusyNeverAsAnEmptyClass() throws Exception {
        Path usb = tmp.resolve("usb/class-9b.json");
        try (Connection other = lockedByAnotherProgram(home.resolve("progress.db"))) {
            for (String[] args : List.of(new String[]{"report", "--wait", "2"},
                    new String[]{"report", "--wait", "2", "--json"},
                    new String[]{"report", "--wait", "2", zoesResults().toString()},
                    new String[]{"report", "--wait", "2", "--export", usb.toString()})) {
                long start = System.nanoTime();
                CliTest.Run r = CliTest.run(args);
                double seconds = (System.nanoTime() - start) / 1e9;
                String what = String.join(" ", args);
                assertThat(r.code()).as(what + ": " + r.out() + r.err()).isEqualTo(1);
                assertThat(r.out()).as(what).isEmpty();
                assertThat(r.err()).as(what).contains("is busy").contains("try again").doesNotContain("Exception");
                assertThat(seconds).as(what + ": within its budget of 2 s and a little").isLessThan(12);
            }
        }
        assertThat(usb).as("no results file of nobody").doesNotExist();
        assertThat(CliTest.run("report").out()).as("once the lock is gone").startsWith("2 students, 2 skills");
    }

    /** A connection that keeps the whole file locked until it is closed, mid-write. */
    private static Connection lockedByAnotherProgram(Path db) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO profile (uid, name, created) VALUES ('cy', 'Cy', '2026-11-30T09:10:00Z')");
        }
        return c;
    }
}
