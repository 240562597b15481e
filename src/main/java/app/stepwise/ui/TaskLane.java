package app.stepwise.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One kind of request of one screen (check, hint, save): at most one task runs and at most one waits. A newer
 * request replaces the waiting one and cancels the running one, whose result would be stale; the newer one starts
 * as soon as the worker has left the old work. So pressing Enter ten times while a check runs queues nothing.
 */
public final class TaskLane {
    private final TaskExecutor executor;
    private final boolean cancelRunning;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private TaskHandle running;
    private BackgroundTask<?> waiting;

    /** A lane whose newer request cancels the running one (checks, hints: the older result would be stale). */
    public TaskLane(TaskExecutor executor) {
        this(executor, true);
    }

    private TaskLane(TaskExecutor executor, boolean cancelRunning) {
        this.executor = executor;
        this.cancelRunning = cancelRunning;
    }

    /** A lane whose newer request only replaces the waiting one (saves: the running write completes). */
    public static TaskLane queueing(TaskExecutor executor) {
        return new TaskLane(executor, false);
    }

    /** Submits the task now, or as soon as the current one has ended; call on the UI thread. */
    public void submit(BackgroundTask<?> task) {
        if (running == null) {
            start(task);
            return;
        }
        if (waiting != null) waiting.cancelled();
        waiting = task;
        if (cancelRunning) running.cancel();
    }

    /** Cancels the running task and drops the waiting one. */
    public void cancel() {
        if (waiting != null) waiting.cancelled();
        waiting = null;
        if (running != null) running.cancel();
    }

    /** Whether a task runs or waits. */
    public boolean busy() {
        return running != null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void start(BackgroundTask<?> task) {
        TaskHandle handle = executor.execute(task);
        running = handle;
        busy.set(true);
        handle.whenWorkEnds(() -> {
            if (running != handle) return;
            running = null;
            busy.set(false);
            BackgroundTask<?> next = waiting;
            waiting = null;
            if (next != null) start(next);
        });
    }
}
