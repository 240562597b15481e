package app.stepwise.tutor;

import app.stepwise.lesson.Problem;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelIntegrity;
import app.stepwise.model.ModelException;
import app.stepwise.store.ProgressStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
    private volatile String modelStatus = "No model loaded yet.";
    private final ProgressStore store;
    private final HintService hints = new HintService(this::model, 4, 2500);

    public Tutor(ProgressStore store) {
        this.store = store;
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
            ModelIntegrity.verify(folder); // a damaged file is refused by name before anything loads it
            LocalModel m = LocalModel.load(folder, threads);
            model.set(m);
            modelStatus = "Model: " + m.manifest().name() + " (" + Math.round(m.manifest().parameters() / 1e6)
                    + " M parameters), loaded in "
                    + Math.round(m.loadMs()) + " ms";
            return true;
        } catch (ModelException e) {
            LOG.warn("Model {} not loaded: {}", folder, e.getMessage());
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
