package app.stepwise.ui;

/** What running work sees of its task: whether to stop (cancelled or past its budget) and a way to report progress. */
public interface TaskContext {
    /** True once the task was cancelled, replaced by a newer request, or ran past its time budget. */
    boolean cancelled();

    /** Sends progress to the task's {@code onProgress} on the UI thread; cheap to call often. */
    void progress(String text);
}
