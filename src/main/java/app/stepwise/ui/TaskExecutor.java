package app.stepwise.ui;

/**
 * Runs {@link BackgroundTask}s off the UI thread and brings their callbacks back onto it. The app uses
 * {@link FxTaskExecutor}; view-model tests use {@link CurrentThreadTaskExecutor}, which runs everything at once on
 * the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Runs a small action on the UI thread (later, in order). */
    void runOnUi(Runnable action);

    /** Stops the workers; running work is interrupted. */
    @Override
    void close();
}
