package app.stepwise.ui;

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
    /** Longest a PIN check may take once it runs (a starved computer can need many seconds for the slow hash). */
    static final Duration BUDGET = Duration.ofSeconds(30);
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
        BackgroundTask.wrap(ctx -> check.unlock(typed)).named("teacher PIN").withBudget(BUDGET).withQueueLimit(QUEUE_LIMIT)
                .onRunning(() -> {
                    checking.set(true);
                    message.set(t.get("teacher.pin.checking"));
                })
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
