package app.stepwise.ui;

import app.stepwise.teacher.PinHash;
import app.stepwise.teacher.TeacherStore;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The teacher PIN check behind the gate: run in the background (the PIN hash is slow on purpose), said while it runs,
 * and its outcome said in words: the way in, a wrong PIN and its wait, a lock, or a check that took too long.
 */
final class TeacherGateViewModel {
    /**
     * The processor time a PIN check may use once it runs: the slow hash takes about 0.1 s of it, the first in a session
     * about 0.5 s (measured on this project's 2-core machine), so this is only ever spent by work gone wrong.
     */
    static final Duration BUDGET = Duration.ofSeconds(10);
    /**
     * How long a PIN check may take on the clock. On a starved computer the first check took 21-26 s with 0.5 s of
     * processor time of its own (load 25-28 on 2 cores, docs/reliability.md), and longer beside the packs' first reading
     * and the model loading: after {@link #BUDGET} the gate says it is still checking, and waits up to this.
     */
    static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Longest a PIN check may wait for a worker while other work (a model loading, a check) keeps them all busy. */
    static final Duration QUEUE_LIMIT = Duration.ofSeconds(30);

    /** The check itself; the app's is the teacher store's, tests pass one that is slow or fails. */
    interface PinCheck {
        TeacherStore.Unlock unlock(char[] pin) throws Exception;
    }

    private final AppContext app;
    private final Navigator navigator;
    private final PinCheck check;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);

    TeacherGateViewModel(AppContext app, Navigator navigator) {
        this(app, navigator, app.tutor().teacher()::unlock);
    }

    /**
     * Warms the PIN hash up while the teacher types (a hash of a throwaway PIN with few rounds, in the background): the
     * first hash in a session costs several times the later ones (the runtime loads and compiles it), which on a
     * starved computer is most of the wait. Nothing is said about it; a failure is only logged.
     */
    void warmUp() {
        BackgroundTask.wrap(PinHash::warmUp).named("warm up the PIN hash").withBudget(BUDGET).withPatience(PATIENCE)
                .executeWith(app.tasks());
    }

    TeacherGateViewModel(AppContext app, Navigator navigator, PinCheck check) {
        this.app = app;
        this.navigator = navigator;
        this.check = check;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a PIN is being checked (the Unlock button waits meanwhile). */
    ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Checks a typed PIN in the background; on the right one, teacher mode's first screen replaces the gate. */
    void unlock(char[] typed) {
        if (checking.get()) return;
        Texts t = app.texts();
        BackgroundTask.wrap(ctx -> check.unlock(typed)).named("teacher PIN").withBudget(BUDGET).withPatience(PATIENCE)
                .withQueueLimit(QUEUE_LIMIT)
                .onRunning(() -> {
                    checking.set(true);
                    message.set(t.get("teacher.pin.checking"));
                })
                .onSlow(() -> message.set(t.get("teacher.pin.slow")))
                .onSuccess(result -> {
                    message.set("");
                    switch (result) {
                        case TeacherStore.Unlock.Granted g -> navigator.replace(new AuthorRoutes.Packs(g.session()));
                        case TeacherStore.Unlock.Wrong w -> message.set(w.retryAfter().isZero()
                                ? t.get("teacher.wrongPin")
                                : t.get("teacher.wait", seconds(w.retryAfter())));
                        case TeacherStore.Unlock.Locked l -> message.set(t.get("teacher.pin.locked", seconds(l.retryAfter())));
                        case TeacherStore.Unlock.Unavailable u -> message.set(u.message());
                    }
                })
                .onFailure(e -> message.set(failureSaid(e, t)))
                .onFinished(() -> checking.set(false))
                .executeWith(app.tasks());
    }

    /**
     * What a PIN check that ended without an answer says: could not start (other work kept the computer busy), too
     * slow (both: try again), or could not be done.
     */
    static String failureSaid(Exception e, Texts t) {
        return t.get(switch (e) {
            case BackgroundTask.NotStarted busy -> "teacher.pin.busy";
            case BackgroundTask.TimedOut slow -> "teacher.pin.timedOut";
            default -> "report.failed";
        });
    }

    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
