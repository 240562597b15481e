package app.stepwise.ui;

/** A running (or waiting) background task. */
public interface TaskHandle {
    /** Asks the work to stop; its result, if one still comes, is dropped and {@code onCancelled} runs instead. */
    void cancel();

    /** Whether the task's callbacks have run (success, failure or cancellation). */
    boolean isDone();

    /**
     * Runs the action on the UI thread once the worker has really left the work (after a cancel or a time-out the
     * thread may still be busy for a moment); at once when it already has. {@link TaskLane} starts the next request
     * only then, so a kind of request never occupies more than one worker.
     */
    void whenWorkEnds(Runnable action);
}
