package app.stepwise.tutor;

import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records.WorkLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's tutor services: the loaded model (one at a time, loaded off the UI thread, released on switch), verified
 * hints, and the progress store. A model that cannot be loaded leaves a message and the tutor keeps working with
 * solver and authored hints.
 */
public final class Tutor implements AutoCloseable {
    private final AtomicReference<LocalModel> model = new AtomicReference<>();
    private volatile String modelStatus = "No model loaded yet.";
    private final Classroom classroom;
    private final HintService hints = new HintService(this::model, 4, 2500);

    public Tutor(ProgressStore store) {
        this.classroom = new Classroom(store);
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
        Checking.Result result;
        try {
            result = Checking.check(problem, answer, lines, reference);
        } catch (RuntimeException e) {
            // a grading bug: the student's attempt is still recorded, marked as not judged
            if (!answer.isBlank())
                classroom.recordAttempt(packId, problem, answer, false, false, "error", List.of(), "", generated(problem));
            throw e;
        }
        result.answer().ifPresent(v -> classroom.recordAttempt(packId, problem, answer, v.correct(), v.partial(), v.test(),
                result.lines().stream().map(Tutor::workLine).toList(),
                result.lines().stream().flatMap(l -> l.misconception().stream()).findFirst().orElse(""), generated(problem)));
        return result;
    }

    private static WorkLine workLine(Checking.LineMark m) {
        return new WorkLine(m.line(), m.text(), m.mark().label(), m.message(), m.misconception().orElse(""));
    }

    /** Whether a problem was generated on the spot ("another like this") rather than read from a pack. */
    static boolean generated(Problem problem) {
        return problem.id().startsWith(Practice.GENERATED_PREFIX);
    }

    /** A problem is on screen: its clock starts (time on task) and its pack's mastery parameters are noted. */
    public void opened(LessonPack pack, Problem problem) {
        classroom.opened(pack, problem);
    }

    /** Records that a hint was shown: its level, where it came from, whether it was verified, and how long it took. */
    public void recordHint(String packId, Problem problem, int level, String source, boolean verified, long ms) {
        classroom.recordHint(packId, problem, level, source, verified, ms);
    }

    /** Records that the worked solution was shown. */
    public void recordSolution(String packId, Problem problem) {
        classroom.recordSolution(packId, problem);
    }

    /** Profiles, mastery, saved work and the next problem. */
    public Classroom classroom() {
        return classroom;
    }

    public HintService hints() {
        return hints;
    }

    public ProgressStore store() {
        return classroom.store();
    }

    @Override
    public synchronized void close() {
        LocalModel m = model.getAndSet(null);
        if (m != null) m.close();
        classroom.close();
    }
}
