package app.stepwise.ui;

/**
 * Runs each task at once on the calling thread, callbacks included: view-model tests use it to drive a screen's
 * logic without JavaFX and without waiting. Budgets are not enforced here (a test's work is small); a task's
 * context reads cancelled once {@link TaskHandle#cancel()} was called on it. A test may override {@link #execute} to
 * fail or refuse work on the spot (returning {@link #finished}).
 */
public class CurrentThreadTaskExecutor implements TaskExecutor {
    private int executed;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        executed++;
        boolean[] stop = {false};
        task.running();
        runToEnd(task, () -> stop[0]);
        return finished(() -> stop[0] = true);
    }

    /**
     * Runs the task's work on this thread and then its success or failure callback; its progress is said as it comes,
     * and it reads cancelled from {@code cancelled}. For executors in tests that run work at once or when they choose.
     */
    public static <T> void runToEnd(BackgroundTask<T> task, java.util.function.BooleanSupplier cancelled) {
        TaskContext context = new TaskContext() {
            @Override
            public boolean cancelled() {
                return cancelled.getAsBoolean();
            }

            @Override
            public void progress(String text) {
                task.progress(text);
            }
        };
        try {
            task.succeeded(task.call(context));
        } catch (Exception e) {
            task.failed(e);
        }
    }

    /**
     * A handle of work that has already ended (its callbacks have run): {@code onCancel} runs when it is cancelled, and
     * an action waiting for the work to end runs at once. For executors in tests that run or refuse work on the spot.
     */
    public static TaskHandle finished(Runnable onCancel) {
        return new TaskHandle() {
            @Override
            public void cancel() {
                onCancel.run();
            }

            @Override
            public boolean isDone() {
                return true;
            }

            @Override
            public void whenWorkEnds(Runnable action) {
                action.run();
            }
        };
    }

    /** How many tasks ran: tests check that a screen did (or did not) start work. */
    public int executed() {
        return executed;
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void close() {}
}
