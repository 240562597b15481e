package app.stepwise.classroom;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.LessonPack.MasteryParams;
import app.stepwise.lesson.Problem;
import app.stepwise.store.Health;
import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records;
import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.Session;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.WorkLine;
import app.stepwise.text.Message;
import app.stepwise.text.SkillNames;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The classroom on one laptop: who is practising (profiles, sessions), what they did (recorded in the progress
 * store), what they know (Bayesian Knowledge Tracing per skill) and what they should practise next.
 *
 * <p>
 * Recording never blocks the caller: mastery updates run on the classroom's own thread in the order they were
 * made, and the store's writer saves them. Reads ({@link #progress}, {@link #next}, {@link #savedWork}) wait for
 * earlier writes, so call them off the UI thread.
 */
public final class Classroom implements AutoCloseable {
    /** A student as the name picker shows one. */
    public record Student(String id, String name, boolean hasPicture) {}

    /** Work in progress on one problem. */
    public record SavedWork(String work, String answer, Instant savedAt) {}

    /** One skill's progress bar. */
    public record SkillProgress(String skill, String title, double pKnown, boolean mastered, int opportunities) {}

    /** What the student did in this session, in a few numbers. */
    public record SessionSummary(String student, Duration time, int problemsTried, int solved, int rightFirstTime, int hints,
            int solutionsShown, List<Message> newlyMastered) {}

    /** Answers to a lesson's problems are "first attempts" for at most this long: a student who walks away is idle. */
    static final double MAX_SECONDS = 30 * 60;
    private static final String GUEST = "guest";

    private final ProgressStore store;
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stepwise-classroom");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Bkt> params = new ConcurrentHashMap<>();
    private final Map<String, String> skillTitles = new ConcurrentHashMap<>();
    private final Map<String, Instant> clock = new ConcurrentHashMap<>();
    private volatile Optional<Student> current = Optional.empty();
    private volatile Session session;
    private volatile SessionTally tally = new SessionTally();
    private volatile int picks;

    public Classroom(ProgressStore store) {
        this.store = store;
    }

    public static Classroom open(java.nio.file.Path database) {
        return new Classroom(ProgressStore.open(database));
    }

    public ProgressStore store() {
        return store;
    }

    // ---- health of the progress file ----

    public Health health() {
        return store.health();
    }

    /**
     * Trouble with the progress file, as a screen shows it.
     *
     * @param damaged the file is damaged (restoring the backup or starting afresh helps); otherwise the disk is full
     *                or the file cannot be written, and Stepwise retries by itself
     * @param backup  when the newest good backup was made, if there is one
     */
    public record Trouble(String message, boolean damaged, Optional<String> backup) {}

    /** Tells the listener once when the progress file gets into trouble (on a background thread). */
    public void onTrouble(Consumer<Trouble> listener) {
        store.onTrouble(h -> listener.accept(new Trouble(h.message(), h.kind() == Health.Kind.DAMAGED, h.backup())));
    }

    public boolean restoreNewestBackup() {
        return store.restoreNewestBackup();
    }

    public boolean startFresh() {
        return store.startFresh();
    }

    // ---- students ----

    public List<Student> students() {
        return store.profiles().stream().map(Classroom::student).toList();
    }

    private static Student student(Profile p) {
        return new Student(p.uid(), p.name(), p.hasPicture());
    }

    /**
     * Creates a student.
     *
     * @throws IllegalArgumentException with a message for the user (empty or taken name)
     */
    public Student createStudent(String name, Optional<String> picture) {
        return student(store.createProfile(name, picture));
    }

    /** Signs a student in (checking the picture password); starts a session. */
    public boolean signIn(Student s, String picture) {
        if (!store.checkPicture(s.id(), picture)) return false;
        signOut();
        current = Optional.of(s);
        session = store.startSession(s.id());
        tally = new SessionTally();
        picks = 0;
        return true;
    }

    public Optional<Student> current() {
        return current;
    }

    /** Ends the session; what the student did in it. */
    public Optional<SessionSummary> signOut() {
        Optional<SessionSummary> summary = sessionSummary();
        if (session != null) store.endSession(session);
        session = null;
        current = Optional.empty();
        return summary;
    }

    /** Teacher mode: rename, reset the picture password, or delete a student. */
    public void renameStudent(String id, String name) {
        store.renameProfile(id, name);
    }

    public void clearPicture(String id) {
        store.setPicture(id, Optional.empty());
    }

    public void deleteStudent(String id) {
        store.deleteProfile(id);
        if (current.map(Student::id).filter(id::equals).isPresent()) signOut();
    }

    /** Whose progress is recorded: the signed-in student, else the shared "guest" (never shown in reports). */
    public String profileId() {
        return current.map(Student::id).orElse(GUEST);
    }

    private String profile() {
        return profileId();
    }

    private String sessionId() {
        Session s = session;
        return s == null ? "" : s.uid();
    }

    // ---- recording ----

    /** A pack's problem is on screen: its clock starts, and the pack's mastery parameters are noted. */
    public void opened(LessonPack pack, Problem problem) {
        for (LessonPack.Skill s : pack.skills()) {
            skillTitles.put(s.id(), s.title());
            s.mastery().ifPresent(m -> params.put(s.id(), bkt(m)));
        }
        clock.put(key(pack.id(), problem.id()), Instant.now());
    }

    private static Bkt bkt(MasteryParams m) {
        try {
            return new Bkt(m.init(), m.learn(), m.slip(), m.guess());
        } catch (IllegalArgumentException e) {
            return Bkt.DEFAULT; // the pack reader already reported it
        }
    }

    /** The knowledge-tracing parameters of a skill: the pack's when it set them, else the defaults. */
    public Bkt params(String skill) {
        return params.getOrDefault(skill, Bkt.DEFAULT);
    }

    /**
     * Records a checked answer; the first attempt at a problem updates the mastery of its skills (a partly right
     * answer counts as not yet known).
     *
     * @param misconception the first misconception named in the working, or empty
     * @param generated     the problem was generated ("another like this")
     */
    public void recordAttempt(String pack, Problem problem, String answer, boolean correct, boolean partial, String test,
            List<WorkLine> lines, String misconception, boolean generated) {
        String who = profile();
        String sid = sessionId();
        SessionTally t = tally;
        Instant now = Instant.now();
        Instant since = clock.getOrDefault(key(pack, problem.id()), now);
        clock.put(key(pack, problem.id()), now);
        double seconds = Math.min(MAX_SECONDS, Duration.between(since, now).toMillis() / 1000.0);
        recorder.execute(() -> {
            boolean first = !store.attempted(who, pack, problem.id());
            store.attempt(Attempt.now(who, sid, pack, problem.id(), problem.skills(), answer, correct, partial, test, seconds,
                    misconception, first, generated, lines));
            t.tried.add(key(pack, problem.id()));
            if (correct) t.solved.add(key(pack, problem.id()));
            if (first && correct) t.rightFirstTime++;
            if (first) observe(who, problem.skills(), correct, t);
            if (correct) store.clearWork(who, pack, problem.id());
        });
    }

    /** Records a hint; the bottom-out hint (level 3) before any answer counts as "not known" for the skills. */
    public void recordHint(String pack, Problem problem, int level, String source, boolean verified, long ms) {
        String who = profile();
        String sid = sessionId();
        SessionTally t = tally;
        recorder.execute(() -> {
            boolean first = level >= 3 && !store.attempted(who, pack, problem.id());
            store.hint(Records.Hint.now(who, sid, pack, problem.id(), level, source, verified, ms));
            t.hints++;
            if (first) observe(who, problem.skills(), false, t);
        });
    }

    /** Records that the worked solution was shown; before any answer it counts as "not known" for the skills. */
    public void recordSolution(String pack, Problem problem) {
        String who = profile();
        String sid = sessionId();
        SessionTally t = tally;
        recorder.execute(() -> {
            boolean first = !store.attempted(who, pack, problem.id());
            store.solution(Records.Solution.now(who, sid, pack, problem.id()));
            t.solutions++;
            if (first) observe(who, problem.skills(), false, t);
        });
    }

    private void observe(String who, List<String> skills, boolean correct, SessionTally t) {
        if (skills.isEmpty()) return;
        Map<String, SkillState> before = store.mastery(who);
        String now = Instant.now().toString();
        for (String skill : new LinkedHashSet<>(skills)) {
            Bkt p = params(skill);
            SkillState old = before.getOrDefault(skill, new SkillState(who, skill, p.init(), 0, 0, now, Optional.empty(), 0));
            double known = p.update(old.pKnown(), correct);
            boolean was = old.pKnown() >= Bkt.MASTERED;
            boolean is = known >= Bkt.MASTERED;
            int reviews = was ? (correct ? old.reviews() + 1 : 0) : old.reviews();
            Optional<String> masteredAt = is ? old.masteredAt().or(() -> Optional.of(now)) : old.masteredAt();
            store.mastery(new SkillState(who, skill, known, old.opportunities() + 1, old.correct() + (correct ? 1 : 0), now,
                    masteredAt, reviews));
            if (!was && is) t.mastered.add(skill);
        }
    }

    /** Waits until everything recorded so far is saved (tests, and before a report of this machine). */
    public void flush() {
        try {
            recorder.submit(() -> {}).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            // a stalled recorder shows in the store's health
        }
        store.flush();
    }

    // ---- saved work ----

    /** Keeps the student's unfinished work on a problem; returns at once. */
    public void saveWork(String pack, String problem, String work, String answer) {
        store.saveWork(profile(), pack, problem, work, answer);
    }

    /** The work kept on a problem (call off the UI thread). */
    public Optional<SavedWork> savedWork(String pack, String problem) {
        flushRecorder();
        return store.savedWork(profile(), pack, problem)
                .map(w -> new SavedWork(w.work(), w.answer(), Instant.parse(w.savedAt())));
    }

    public void clearWork(String pack, String problem) {
        store.clearWork(profile(), pack, problem);
    }

    private void flushRecorder() {
        try {
            recorder.submit(() -> {}).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            // see flush()
        }
    }

    // ---- what the student sees ----

    /** One progress bar per skill of the pack (call off the UI thread). */
    public List<SkillProgress> progress(LessonPack pack) {
        flushRecorder();
        Map<String, SkillState> m = store.mastery(profile());
        List<SkillProgress> out = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        pack.skills().forEach(s -> titles.put(s.id(), s.title()));
        for (String s : NextProblem.skillsOf(pack)) {
            SkillState st = m.get(s);
            double known = st == null ? params(s).init() : st.pKnown();
            out.add(new SkillProgress(s, titles.getOrDefault(s, s), known, known >= Bkt.MASTERED,
                    st == null ? 0 : st.opportunities()));
        }
        return out;
    }

    /** Per problem id: whether the student has solved it (for ticks in the pack's list; call off the UI thread). */
    public Set<String> solved(String pack) {
        flushRecorder();
        Set<String> out = new LinkedHashSet<>();
        store.summary(profile(), pack).forEach((id, p) -> {
            if (p.solved()) out.add(id);
        });
        return out;
    }

    /** Per problem id: what the signed-in student did in the pack, including what was just recorded (off the UI thread). */
    public Map<String, app.stepwise.store.Records.ProblemProgress> summary(String pack) {
        flushRecorder();
        return store.summary(profile(), pack);
    }

    /** The next problem to practise in the pack (call off the UI thread). */
    public Optional<NextProblem.Pick> next(LessonPack pack, Optional<Problem> last, Predicate<Problem> canGenerate) {
        flushRecorder();
        for (LessonPack.Skill s : pack.skills()) s.mastery().ifPresent(m -> params.put(s.id(), bkt(m)));
        String who = profile();
        Optional<NextProblem.Pick> p = NextProblem.pick(pack, store.mastery(who), store.summary(who, pack.id()), last,
                Instant.now(),
                picks, this::params, canGenerate);
        picks++;
        return p;
    }

    /** This session so far (empty when nobody is signed in). */
    public Optional<SessionSummary> sessionSummary() {
        if (current.isEmpty() || session == null) return Optional.empty();
        flushRecorder();
        SessionTally t = tally;
        Duration time = Duration.between(Instant.parse(session.started()), Instant.now());
        List<Message> mastered = t.mastered.stream().map(s -> SkillNames.of(s, skillTitles.getOrDefault(s, ""))).toList();
        return Optional
                .of(new SessionSummary(current.get().name(), time, t.tried.size(), t.solved.size(), t.rightFirstTime, t.hints,
                        t.solutions, mastered));
    }

    // ---- the class (teacher mode) ----

    /** Writes this machine's results file (every student of this laptop) for the teacher's USB stick. */
    public void exportResults(java.nio.file.Path file) throws java.io.IOException {
        flush();
        ResultsFile.write(store.localDataset(), file);
    }

    /** What importing a results file did. */
    public record Imported(String file, int newRows, boolean alreadyImported, int students) {}

    /**
     * Adds another machine's results file to the class; importing the same file again changes nothing.
     *
     * @throws ResultsFile.RefusedException when the file is not a results file or comes from a newer Stepwise
     */
    public Imported importResults(java.nio.file.Path file) throws ResultsFile.RefusedException {
        return importResults(file, CLASS_BUDGET);
    }

    /** As {@link #importResults(java.nio.file.Path)}, waiting at most {@code budget} for a busy progress file. */
    public Imported importResults(java.nio.file.Path file, Duration budget) throws ResultsFile.RefusedException {
        ResultsFile.Read read = ResultsFile.read(file);
        String name = String.valueOf(file.getFileName());
        ProgressStore.ImportOutcome o;
        try {
            o = store.importDataset(read.data(), read.sha256(), budget);
        } catch (ProgressStore.Unanswered e) { // never "imported before; nothing changed" when it was not imported
            throw new ResultsFile.RefusedException(e.busy()
                    ? Message.of("results.busy", name)
                    : Message.of("results.cannotSave", store.health().ok() ? e.getMessage() : store.health().message()));
        }
        if (!store.health().ok() && o.newRows() == 0 && !o.alreadyImported())
            throw new ResultsFile.RefusedException(Message.of("results.cannotSave", store.health().message()));
        return new Imported(name, o.newRows(), o.alreadyImported(), read.data().profiles().size());
    }

    /** How long the class report and an import wait for the progress file before saying it is busy. */
    public static final Duration CLASS_BUDGET = Duration.ofSeconds(20);

    /**
     * The class report cannot be read just now (the progress file is busy, or cannot be read); {@link #said()} says so
     * for the teacher's screen. It is never answered with a class of no students.
     */
    public static final class ReportUnavailable extends Exception {
        private final transient Message said;
        private final boolean busy;
        private final Duration budget;

        ReportUnavailable(Message said) {
            this(said, false, Duration.ZERO);
        }

        ReportUnavailable(Message said, boolean busy, Duration budget) {
            super(said.english());
            this.said = said;
            this.busy = busy;
            this.budget = budget;
        }

        /** True when the progress file was busy (trying again later may answer), false when it cannot be read. */
        public boolean busy() {
            return busy;
        }

        /** The same reason, said of the count of practice without a name (which was not asked for after this). */
        public Message forUnnamed() {
            return busy ? Message.of("report.unnamed.busy", budget.toSeconds()) : Message.of("report.unnamed.unreadable");
        }

        /** Why, as a message of the feedback bundle. */
        public Message said() {
            return said;
        }
    }

    /** The class report: this machine's students and every imported one (call off the UI thread). */
    /**
     * Practice on this computer without a name ("Practise without a name"): it is recorded under one shared guest
     * profile, which has no row in the class tables (it is no one student); the report says how much there was.
     */
    public Unnamed unnamedPractice() {
        flush();
        var count = store.practiceCount(GUEST);
        return new Unnamed(count.answers(), count.problems());
    }

    /**
     * As {@link #unnamedPractice()}, waiting at most {@code budget} for the answers still being recorded and the
     * progress file (call off the UI thread).
     *
     * @throws ReportUnavailable when the progress file is busy or cannot be read within the budget: never "no practice"
     */
    public Unnamed unnamedPractice(Duration budget) throws ReportUnavailable {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            recorder.submit(() -> {}).get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // a stalled recorder: the store is asked all the same, within what is left of the budget
        }
        Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), Duration.ofSeconds(1).toNanos()));
        try {
            var count = store.practiceCount(GUEST, left);
            return new Unnamed(count.answers(), count.problems());
        } catch (ProgressStore.Unanswered e) {
            throw new ReportUnavailable(e.busy()
                    ? Message.of("report.unnamed.busy", budget.toSeconds())
                    : Message.of("report.unnamed.unreadable"), e.busy(), budget);
        }
    }

    /**
     * How many students (of this computer and imported; not practice without a name) have work on these problems of a
     * pack, and on how many of them: what replacing a pack with a version that removes them leaves in the class report.
     * Waits at most {@code budget} for the answers still being recorded and the progress file (call off the UI thread).
     *
     * @throws ReportUnavailable when the progress file is busy or cannot be read within the budget ({@link
     *     ReportUnavailable#busy()} says which)
     */
    public WorkOn workOn(String pack, java.util.Collection<String> problems, Duration budget) throws ReportUnavailable {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            recorder.submit(() -> {}).get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // a stalled recorder: the store is asked all the same, within what is left of the budget
        }
        Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), Duration.ofMillis(500).toNanos()));
        try {
            ProgressStore.WorkOn w = store.workOn(pack, problems, GUEST, left);
            return new WorkOn(w.learners(), w.problems());
        } catch (ProgressStore.Unanswered e) {
            throw new ReportUnavailable(
                    e.busy() ? Message.of("report.busy", budget.toSeconds()) : Message.of("report.unreadable"),
                    e.busy(), budget);
        }
    }

    /** How many students have work on how many of some problems. */
    public record WorkOn(int students, int problems) {}

    /** Practice without a name: how many answers, on how many problems. */
    public record Unnamed(int answers, int problems) {}

    public ClassReport report(Map<String, String> skillTitles) throws ReportUnavailable {
        return report(skillTitles, CLASS_BUDGET);
    }

    /**
     * The class report (call off the UI thread), after what was recorded so far is saved, within {@code budget}.
     *
     * @throws ReportUnavailable when the progress file is busy or cannot be read within the budget
     */
    public ClassReport report(Map<String, String> skillTitles, Duration budget) throws ReportUnavailable {
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            recorder.submit(() -> {}).get(budget.toMillis(), TimeUnit.MILLISECONDS); // the answers still being recorded
        } catch (Exception e) {
            // a stalled recorder: the store is asked all the same, within what is left of the budget
        }
        Map<String, String> titles = new LinkedHashMap<>(this.skillTitles);
        titles.putAll(skillTitles);
        Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), Duration.ofSeconds(1).toNanos()));
        try {
            return ClassReport.of(store.classTotals(left), titles); // queued after every write: what was recorded is in it
        } catch (ProgressStore.Unanswered e) {
            throw new ReportUnavailable(e.busy()
                    ? Message.of("report.busy", budget.toSeconds())
                    : Message.of("report.unreadable"), e.busy(), budget);
        }
    }

    private static String key(String pack, String problem) {
        return pack + "\u0000" + problem;
    }

    /** Counts for the session summary; written on the recorder thread only. */
    private static final class SessionTally {
        final Set<String> tried = new LinkedHashSet<>();
        final Set<String> solved = new LinkedHashSet<>();
        final Set<String> mastered = new LinkedHashSet<>();
        int rightFirstTime;
        int hints;
        int solutions;
    }

    @Override
    public void close() {
        recorder.shutdown();
        try {
            recorder.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (session != null) store.endSession(session);
        store.close();
    }
}
