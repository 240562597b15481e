package app.stepwise.tutor;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.store.ProgressStore;
import app.stepwise.teacher.TeacherStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The app's tutor services: the loaded model (one at a time, loaded off the UI thread, released on switch), verified
 * hints, and the progress store. A model that cannot be loaded leaves a message and the tutor keeps working with
 * solver and authored hints.
 */
public final class Tutor implements AutoCloseable {
    private final AtomicReference<LocalModel> model = new AtomicReference<>();
    private volatile String modelStatus = "No model loaded yet.";
    private final ProgressStore store;
    private final TeacherStore teacher;
    private final HintService hints = new HintService(this::model, 4, 2500);

    /** A tutor that follows the teacher settings of this computer ({@link TeacherStore#defaultFile()}). */
    public Tutor(ProgressStore store) {
        this(store, TeacherStore.open(TeacherStore.defaultFile()));
    }

    public Tutor(ProgressStore store, TeacherStore teacher) {
        this.store = store;
        this.teacher = teacher;
    }

    public TeacherStore teacher() {
        return teacher;
    }

    /** What the teacher lets students of this pack see. */
    public TeacherSettings settingsFor(LessonPack pack) {
        return teacher.settingsFor(pack);
    }

    /** Whether the worked solution may be shown now, and the student-facing reason when not. */
    public record SolutionAccess(boolean allowed, String message) {}

    /** The teacher's rule for the worked solution, counted against this student's recorded answer attempts. */
    public SolutionAccess solutionAccess(LessonPack pack, Problem problem) {
        TeacherSettings s = settingsFor(pack);
        if (s.showSolution() != TeacherSettings.ShowSolution.AFTER_ATTEMPTS) return solutionAccess(s, 0);
        int attempts = store.summary(pack.id()).getOrDefault(problem.id(), new ProgressStore.ProblemProgress(0, 0, 0, 0))
                .attempts();
        return solutionAccess(s, attempts);
    }

    static SolutionAccess solutionAccess(TeacherSettings s, int attempts) {
        if (s.solutionAllowed(attempts)) return new SolutionAccess(true, "");
        return switch (s.showSolution()) {
            case NEVER -> new SolutionAccess(false, "Your teacher has chosen not to show worked solutions for this pack.");
            default -> {
                int left = s.afterAttempts() - attempts;
                yield new SolutionAccess(false, "The worked solution opens after " + s.afterAttempts() + " tries at the answer; "
                        + left + (left == 1 ? " more try" : " more tries") + " to go.");
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

    public String modelStatus() {
        return modelStatus;
    }

    /** Loads a model folder, replacing (and closing) the current one. Slow: call it off the UI thread. */
    public synchronized boolean loadModel(Path folder, int threads) {
        LocalModel old = model.getAndSet(null);
        if (old != null) old.close();
        try {
            LocalModel m = LocalModel.load(folder, threads);
            model.set(m);
            modelStatus = "Model: " + m.manifest().name() + " (" + Math.round(m.manifest().parameters() / 1e6)
                    + " M parameters), loaded in "
                    + Math.round(m.loadMs()) + " ms";
            return true;
        } catch (ModelException e) {
            modelStatus = "The tutor model could not be loaded (" + e.getMessage()
                    + "). Hints come from the solvers and the lesson pack.";
            return false;
        }
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
        Checking.Result result = Checking.check(problem, answer, lines, reference);
        result.answer().ifPresent(v -> store.attempt(packId, problem.id(), answer, v.correct(), v.partial(), v.test()));
        return result;
    }

    /** Records that a hint was shown: its level, where it came from, whether it was verified, and how long it took. */
    public void recordHint(String packId, String problemId, int level, String source, boolean verified, long ms) {
        store.hint(packId, problemId, level, source, verified, ms);
    }

    public HintService hints() {
        return hints;
    }

    public ProgressStore store() {
        return store;
    }

    @Override
    public synchronized void close() {
        LocalModel m = model.getAndSet(null);
        if (m != null) m.close();
        store.close();
    }
}
