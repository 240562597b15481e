package app.stepwise.tutor;

import app.stepwise.app.ErrorLog;
import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelIntegrity;
import app.stepwise.model.ModelException;
import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records;
import app.stepwise.store.Records.WorkLine;
import app.stepwise.teacher.SetupCode;
import app.stepwise.teacher.TeacherStore;
import app.stepwise.text.Message;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's tutor services: the loaded model (one at a time, loaded off the UI thread, released on switch), verified
 * hints, and the progress store. A model that cannot be loaded leaves a message and the tutor keeps working with
 * solver and authored hints.
 */
public final class Tutor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tutor.class);
    private final AtomicReference<LocalModel> model = new AtomicReference<>();
    private volatile Message modelStatus = Message.of("model.none");
    /** The folder of the last model load, loaded or not; null before any. */
    private volatile Path modelFolder;
    private final Classroom classroom;
    private final TeacherStore teacher;
    /**
     * The model's part of a hint: 2.5 s of its work (on a busy computer longer on the clock: load23 saw every hint at
     * load 16-20 become the solvers'), at most 12 s on the clock; then the solvers answer.
     */
    private final HintService hints = new HintService(this::model, 4, 2500, 12_000);
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
    private final Map<String, HintOrder> hintOrders = new ConcurrentHashMap<>();

    /** A tutor that follows the teacher settings of this computer ({@link TeacherStore#defaultFile()}). */
    public Tutor(ProgressStore store) {
        this(store, TeacherStore.open(TeacherStore.defaultFile()));
    }

    public Tutor(ProgressStore store, TeacherStore teacher) {
        this(store, teacher, () -> installedByAdministrator(app.stepwise.app.AppPaths.appDir()));
    }

    /**
     * @param byAdministrator whether Stepwise was installed for every account by an administrator: then the first
     *                        teacher PIN is never set in the app ({@link FirstPin#ADMINISTRATOR})
     */
    public Tutor(ProgressStore store, TeacherStore teacher, java.util.function.BooleanSupplier byAdministrator) {
        this.classroom = new Classroom(store);
        this.teacher = teacher;
        this.byAdministrator = byAdministrator;
    }

    private final java.util.function.BooleanSupplier byAdministrator;

    /** Whether an install folder was installed by an administrator for every account (AppPaths' rule, ADR 0017). */
    public static boolean installedByAdministrator(java.nio.file.Path installFolder) {
        return app.stepwise.app.AppPaths.installedForEveryAccount(installFolder);
    }

    public TeacherStore teacher() {
        return teacher;
    }

    /** Where teacher mode's first PIN stands on this computer (docs/decisions/0011, 0013). */
    public enum FirstPin {
        /** A PIN is set: teacher mode asks for it. */
        SET,
        /**
         * No PIN, no one has practised here yet, and this account owns its copy of Stepwise: the person setting up the
         * computer sets it in the app, with the set-up code from the file beside the teacher file ({@link SetupCode}).
         */
        ALLOWED,
        /**
         * No PIN, and Stepwise was installed for every account by an administrator (a package's marker in the install
         * folder, or a folder this account cannot write): the administrator sets it ({@code stepwise teacher set-pin
         * --system}), never the app, even when the administrator runs the app (docs/decisions/0017).
         */
        ADMINISTRATOR,
        /**
         * No PIN, but students have practised here: whoever is at the keyboard may be a student, so the first PIN is
         * set outside the app ({@code stepwise teacher set-pin}, by whoever looks after the computer).
         */
        IN_USE
    }

    /** Why the first PIN is not set in the app on a computer in use, and how it is set instead. */
    public static final Message FIRST_PIN_IN_USE = Message.of("teacher.firstPin.inUse");
    /** Why the first PIN is not set in the app where an administrator installed Stepwise, and how it is set. */
    public static final Message FIRST_PIN_ADMINISTRATOR = Message.of("teacher.firstPin.administrator");
    /** A set-up code that is not the one in the file. */
    public static final Message SETUP_CODE_WRONG = Message.of("teacher.setupCode.wrong");

    public FirstPin firstPin() {
        if (teacher.hasPin()) return FirstPin.SET;
        if (byAdministrator.getAsBoolean()) return FirstPin.ADMINISTRATOR;
        return classroom.students().isEmpty() && classroom.unnamedPractice().answers() == 0
                ? FirstPin.ALLOWED
                : FirstPin.IN_USE;
    }

    /** The set-up code that setting the first PIN in the app asks for; its file is written when missing. */
    public SetupCode setupCode() throws app.stepwise.teacher.TeacherException {
        SetupCode code = SetupCode.beside(teacher.file());
        code.ensure();
        return code;
    }

    /**
     * The first teacher PIN, from the app: only while {@link FirstPin#ALLOWED}, and only with the set-up code from its
     * file, so the rule holds whatever the screen shows.
     */
    public app.stepwise.teacher.TeacherSession setFirstPin(char[] pin, String setupCode)
            throws app.stepwise.teacher.TeacherException {
        switch (firstPin()) {
            case IN_USE -> throw new app.stepwise.teacher.TeacherException(FIRST_PIN_IN_USE);
            case ADMINISTRATOR -> throw new app.stepwise.teacher.TeacherException(FIRST_PIN_ADMINISTRATOR);
            default -> {
                // SET: the store refuses a second first PIN itself
            }
        }
        SetupCode code = SetupCode.beside(teacher.file());
        if (!code.matches(setupCode)) throw new app.stepwise.teacher.TeacherException(SETUP_CODE_WRONG);
        app.stepwise.teacher.TeacherSession session = teacher.setFirstPin(pin);
        code.forget();
        return session;
    }

    /** What the teacher lets students of this pack see. */
    public TeacherSettings settingsFor(LessonPack pack) {
        return teacher.settingsFor(pack);
    }

    /** Whether the worked solution may be shown now, and the student-facing reason when not. */
    public record SolutionAccess(boolean allowed, Message said) {
        /** The reason in English (the command line). */
        public String message() {
            return said.english();
        }
    }

    /** The teacher's rule for the worked solution, counted against this student's recorded answer attempts. */
    public SolutionAccess solutionAccess(LessonPack pack, Problem problem) {
        TeacherSettings s = settingsFor(pack);
        if (s.showSolution() != TeacherSettings.ShowSolution.AFTER_ATTEMPTS) return solutionAccess(s, 0);
        int attempts = classroom.summary(pack.id())
                .getOrDefault(problem.id(), new Records.ProblemProgress(0, 0, 0, 0)).attempts();
        return solutionAccess(s, attempts);
    }

    static SolutionAccess solutionAccess(TeacherSettings s, int attempts) {
        if (s.solutionAllowed(attempts)) return new SolutionAccess(true, Message.NONE);
        return switch (s.showSolution()) {
            case NEVER -> new SolutionAccess(false, Message.of("solution.never"));
            default -> {
                int left = s.afterAttempts() - attempts;
                yield new SolutionAccess(false, Message.of("solution.afterAttempts", s.afterAttempts(), left));
            }
        };
    }

    /** The next hint for a pack problem, within the teacher's limits for the pack. */
    public HintService.Hint hint(LessonPack pack, ProblemContext ctx, List<String> work, int level, Consumer<String> stream,
            BooleanSupplier cancelled) {
        return hints.next(ctx, work, level, stream, cancelled, settingsFor(pack));
    }

    public Optional<LocalModel> model() {
        return Optional.ofNullable(model.get());
    }

    /** Which model is loaded, or why none is, in English (the command line). */
    public String modelStatus() {
        return modelStatus.english();
    }

    /** Which model is loaded, or why none is, for the screens to render in their language. */
    public Message modelStatusSaid() {
        return modelStatus;
    }

    /** The folder of the last model load, whether it loaded or not: the model {@link #modelStatusSaid()} is about. */
    public Optional<Path> modelFolderTried() {
        return Optional.ofNullable(modelFolder);
    }

    /** Loads a model folder, replacing (and closing) the current one. Slow: call it off the UI thread. */
    public synchronized boolean loadModel(Path folder, int threads) {
        modelFolder = folder;
        LocalModel old = model.getAndSet(null);
        if (old != null) old.close();
        if (!java.nio.file.Files.isDirectory(folder)) { // not "has no model.json": the whole folder is missing
            modelStatus = Message.of("model.missing", String.valueOf(folder.getFileName()), folder.toString());
            LOG.warn("Model {} not loaded: no such folder", folder);
            return false;
        }
        try {
            ModelIntegrity.verify(folder); // a damaged file is refused by name before anything loads it
            LocalModel m = LocalModel.load(folder, threads);
            model.set(m);
            modelStatus = Message.of("model.loaded", ModelCatalog.named(m.manifest()),
                    String.valueOf(Math.round(m.manifest().parameters() / 1e6)), String.valueOf(Math.round(m.loadMs())));
            return true;
        } catch (ModelException e) {
            LOG.warn("Model {} not loaded: {}{}", folder, e.getMessage(), e.detail().map(d -> " (" + d + ")").orElse(""));
            modelStatus = Message.of("model.notLoaded", said(e));
            return false;
        } catch (RuntimeException | LinkageError | AssertionError e) { // DJL reports a broken native library as an AssertionError
            ErrorLog.shared().report("loading the model " + folder, e);
            modelStatus = Message.of("model.notStarted");
            return false;
        }
    }

    /**
     * Why a model was not loaded, in the user's language where the model names a reason a person can act on (a damaged
     * or missing file); a technical failure stays as the model said it, in English. No full stop: it ends a clause.
     */
    static Message said(ModelException e) {
        return e.reason().map(r -> Message.of("model.reason." + r.key(), r.args().toArray()))
                .orElseGet(() -> Message.verbatim(String.valueOf(e.getMessage()).strip().replaceFirst("\\.$", "")));
    }

    /** A tutor whose progress goes to the SQLite file given (opened now; an unopenable file records nothing). */
    public static Tutor withProgressFile(Path database) {
        return new Tutor(ProgressStore.open(database));
    }

    /** Loads a model folder with the default thread count for this machine. Slow: call it off the UI thread. */
    public boolean loadModel(Path folder) {
        return loadModel(folder, LocalModel.defaultThreads());
    }

    /** Checks an answer and its working (off the UI thread) and records the attempt when an answer was typed. */
    public Checking.Result check(String packId, Problem problem, String answer, List<String> lines, List<String> reference) {
        return check(packId, problem, answer, lines, reference, java.util.Locale.ENGLISH);
    }

    /** As {@link #check(String, Problem, String, List, List)} for a student whose screen is in {@code language}. */
    public Checking.Result check(String packId, Problem problem, String answer, List<String> lines, List<String> reference,
            java.util.Locale language) {
        Checking.Result result;
        try {
            result = Checking.check(problem, answer, lines, reference, language);
        } catch (RuntimeException e) {
            // a grading bug: the student's attempt is still recorded, marked as not judged
            if (!answer.isBlank())
                classroom.recordAttempt(packId, ProblemSkills.counted(problem), answer, false, false, "error", List.of(), "",
                        generated(problem));
            throw e;
        }
        result.answer()
                .ifPresent(v -> classroom.recordAttempt(packId, ProblemSkills.counted(problem), answer, v.correct(), v.partial(),
                        v.test(),
                        result.lines().stream().map(Tutor::workLine).toList(),
                        result.lines().stream().flatMap(l -> l.misconception().stream()).map(Message::english).findFirst()
                                .orElse(""),
                        generated(problem)));
        return result;
    }

    private static WorkLine workLine(Checking.LineMark m) {
        return new WorkLine(m.line(), m.text(), m.mark().label(), m.message(),
                m.misconception().map(Message::english).orElse(""));
    }

    /** Whether a problem was generated on the spot ("another like this") rather than read from a pack. */
    static boolean generated(Problem problem) {
        return problem.id().startsWith(Practice.GENERATED_PREFIX);
    }

    /** A problem is on screen: its clock starts (time on task) and its pack's mastery parameters are noted. */
    public void opened(LessonPack pack, Problem problem) {
        classroom.opened(pack, problem);
    }

    /** Records that a hint was shown (for a problem known only by id: no mastery update). */
    public void recordHint(String packId, String problemId, int level, HintService.Source source, boolean verified, long ms) {
        recordHint(packId,
                new Problem(problemId, "", List.of(), 1, new app.stepwise.lesson.AnswerSpec.Equation(""), Optional.empty(),
                        List.of(), List.of(), List.of(), Optional.empty()),
                level, source, verified, ms);
    }

    /** Records that a hint was shown: its level, where it came from, whether it was verified, and how long it took. */
    public void recordHint(String packId, Problem problem, int level, HintService.Source source, boolean verified, long ms) {
        classroom.recordHint(packId, ProblemSkills.counted(problem), level, source.id(), verified, ms);
    }

    /** Records that the worked solution was shown. */
    public void recordSolution(String packId, Problem problem) {
        classroom.recordSolution(packId, ProblemSkills.counted(problem));
    }

    /** One progress bar per skill the pack's problems practise, a solver family's where a problem names none (off the UI thread). */
    public java.util.List<Classroom.SkillProgress> skillProgress(LessonPack pack) {
        return classroom.progress(ProblemSkills.counted(pack));
    }

    /** The next problem to practise, by mastery of the skills as {@link ProblemSkills} counts them (off the UI thread). */
    public Optional<app.stepwise.classroom.NextProblem.Pick> next(LessonPack pack, Optional<Problem> last,
            java.util.function.Predicate<Problem> canGenerate) {
        return classroom.next(ProblemSkills.counted(pack), last.map(ProblemSkills::counted), canGenerate);
    }

    /** Profiles, mastery, saved work and the next problem. */
    public Classroom classroom() {
        return classroom;
    }

    /** Work in progress as the screens show it: the working box and the answer box. */
    public record Draft(String work, String answer) {
        public boolean isEmpty() {
            return work.isBlank() && answer.isBlank();
        }
    }

    /** The learner whose progress and saved work are used: the signed-in student, else the shared "guest". */
    public String profile() {
        return classroom.profileId();
    }

    /** Remembers work in progress in memory at once (cheap, any thread); {@link #saveWork} makes it last. */
    public void rememberWork(String packId, String problemId, Draft draft) {
        drafts.put(draftKey(packId, problemId), draft);
    }

    /** Writes the work in progress remembered for this problem to the progress file. Call it off the UI thread. */
    public void saveWork(String packId, String problemId) {
        Draft d = drafts.get(draftKey(packId, problemId));
        if (d != null) classroom.store().saveWork(profile(), packId, problemId, d.work(), d.answer());
    }

    /** The work in progress remembered in this run if any (fast), else the one saved in the progress file. */
    public Optional<Draft> remembered(String packId, String problemId) {
        return Optional.ofNullable(drafts.get(draftKey(packId, problemId)));
    }

    /** The work in progress for this problem: from this run, else from the progress file. Call it off the UI thread. */
    public Optional<Draft> savedWork(String packId, String problemId) {
        Optional<Draft> inMemory = remembered(packId, problemId);
        if (inMemory.isPresent()) return inMemory;
        return classroom.store().savedWork(profile(), packId, problemId).map(s -> new Draft(s.work(), s.answer()));
    }

    private String draftKey(String packId, String problemId) {
        return profile() + "\n" + packId + "\n" + problemId;
    }

    /** How far the learner got on one problem, for the marks in a pack's list and the end-of-pack summary. */
    public record ProblemStatus(int attempts, boolean solved, int hintsUsed) {
        public static final ProblemStatus NEW = new ProblemStatus(0, false, 0);
    }

    /** Per problem id: attempts, solved, hints used. Call it off the UI thread. */
    public Map<String, ProblemStatus> progress(String packId) {
        Map<String, ProblemStatus> out = new LinkedHashMap<>();
        classroom.summary(packId)
                .forEach((id, p) -> out.put(id, new ProblemStatus(p.attempts(), p.correctAttempts() > 0, p.hintsUsed())));
        return out;
    }

    /**
     * The order of hints for a pack: the teacher's authored ladder first, unless the teacher chose model hints for
     * the pack. Teacher settings set it; until then authored hints come first.
     */
    public HintOrder hintOrder(String packId) {
        return hintOrders.getOrDefault(packId, HintOrder.AUTHORED_FIRST);
    }

    public void setHintOrder(String packId, HintOrder order) {
        hintOrders.put(packId, order);
    }

    /** Which hints a student sees first where a problem has an authored ladder. */
    public enum HintOrder {
        AUTHORED_FIRST,
        MODEL_FIRST
    }

    public HintService hints() {
        return hints;
    }

    public ProgressStore store() {
        return classroom.store();
    }

    @Override
    public synchronized void close() {
        // work in progress remembered in this run is written once more, so none is lost however the app closes
        drafts.forEach((key, d) -> {
            String[] k = key.split("\n", 3);
            classroom.store().saveWork(k[0], k[1], k[2], d.work(), d.answer());
        });
        LocalModel m = model.getAndSet(null);
        if (m != null) m.close();
        classroom.close();
    }
}
