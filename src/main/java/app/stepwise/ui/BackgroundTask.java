package app.stepwise.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One piece of work for a worker thread, with what the screen does around it: {@code onRunning} before it starts,
 * {@code onProgress} while it streams, {@code onSuccess} with its result, {@code onFailure} when it throws or runs
 * past its time budget (or waits too long for a worker), {@code onFinished} after either. Every callback runs on the UI thread of the executor that
 * runs the task (the FX thread in the app, the calling thread in tests); a failure is logged once, by the executor.
 *
 * <pre>{@code
 * BackgroundTask.wrap(ctx -> tutor.check(...))
 *         .withBudget(Duration.ofSeconds(10))
 *         .onRunning(() -> busy.set(true))
 *         .onSuccess(this::show)
 *         .onFailure(e -> show(texts.get("check.failed")))
 *         .onFinished(() -> busy.set(false))
 *         .executeWith(tasks);
 * }</pre>
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {
    /** The work itself: runs on a worker, reads {@link TaskContext#cancelled()} where it can stop early. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    private static final Runnable NOTHING = () -> {};

    /** How long a task may wait for a free worker unless it says otherwise. */
    static final Duration DEFAULT_QUEUE_LIMIT = Duration.ofSeconds(60);

    private final Work<T> work;
    private String name = "task";
    private Duration budget = Duration.ofSeconds(30);
    private Duration queueLimit = DEFAULT_QUEUE_LIMIT;
    private Duration patience; // null: the budget is wall-clock time
    private Runnable onRunning = NOTHING;
    private Runnable onSlow = NOTHING;
    private Consumer<String> onProgress = p -> {};
    private Consumer<T> onSuccess = r -> {};
    private Consumer<Exception> onFailure = e -> {};
    private Runnable onCancelled = NOTHING;
    private Runnable onFinished = NOTHING;

    private BackgroundTask(Work<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work with no result, such as a database write. */
    public static BackgroundTask<Void> wrap(Runnable work) {
        return new BackgroundTask<>(c -> {
            work.run();
            return null;
        });
    }

    /** The name used in the log and in thread names ("check", "hint", "load pack"). */
    public BackgroundTask<T> named(String taskName) {
        this.name = taskName;
        return this;
    }

    /**
     * How long the work may take once a worker has started it (time spent waiting for a worker does not count); past
     * it the task fails with {@link TimedOut} and its context reads cancelled.
     */
    public BackgroundTask<T> withBudget(Duration limit) {
        this.budget = limit;
        return this;
    }

    /**
     * How long the task may wait for a free worker (every worker busy with other work); past it the task fails with
     * {@link NotStarted} and never runs. A minute unless set.
     */
    public BackgroundTask<T> withQueueLimit(Duration limit) {
        this.queueLimit = limit;
        return this;
    }

    /**
     * For work that a starved computer makes slow rather than work that is long (the first PIN hash, the first reading
     * of the lesson packs while the Java runtime is still warming up): its budget then counts the processor time its
     * worker was given, not the time the computer spent on other programs, and it may take up to {@code limit} in all
     * (wall-clock) before it fails with {@link TimedOut}. Work that used its whole budget of processor time still fails
     * at the budget. When the budget has passed in wall-clock time with the work still going, {@link #onSlow} runs once,
     * so the screen can say it is still working. Where the Java runtime cannot measure a thread's processor time, only
     * {@code limit} applies.
     */
    public BackgroundTask<T> withPatience(Duration limit) {
        this.patience = limit;
        return this;
    }

    /** The budget passed in wall-clock time and the work goes on (only for a task {@link #withPatience patient}). */
    public BackgroundTask<T> onSlow(Runnable action) {
        this.onSlow = action;
        return this;
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    /** Progress the work reports with {@link TaskContext#progress(String)}, e.g. streamed text. */
    public BackgroundTask<T> onProgress(Consumer<String> action) {
        this.onProgress = action;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    /** The work threw or ran past its budget ({@link TimedOut}); the executor has already logged it. */
    public BackgroundTask<T> onFailure(Consumer<Exception> action) {
        this.onFailure = action;
        return this;
    }

    /** The task was cancelled (or replaced by a newer request) before its result was used. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** After success, failure or cancellation. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    public String name() {
        return name;
    }

    public Duration budget() {
        return budget;
    }

    public Duration queueLimit() {
        return queueLimit;
    }

    /** The wall-clock limit of a task whose budget counts processor time; empty for a plain wall-clock budget. */
    public Optional<Duration> patience() {
        return Optional.ofNullable(patience);
    }

    // Called by executors only (on the threads they document).

    T call(TaskContext context) throws Exception {
        return work.run(context);
    }

    void running() {
        onRunning.run();
    }

    void slow() {
        onSlow.run();
    }

    void progress(String p) {
        onProgress.accept(p);
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Exception e) {
        try {
            onFailure.accept(e);
        } finally {
            onFinished.run();
        }
    }

    void cancelled() {
        try {
            onCancelled.run();
        } finally {
            onFinished.run();
        }
    }

    /** A task that ran past its time budget. */
    public static final class TimedOut extends Exception {
        public TimedOut(String task, Duration budget) {
            super(task + " took longer than " + budget.toMillis() + " ms");
        }

        /** A patient task: past its budget of processor time, or past its wall-clock limit. */
        public TimedOut(String task, Duration budget, Duration worked, Duration waited) {
            super(task + " took longer than its budget of " + budget.toMillis() + " ms (" + worked.toMillis()
                    + " ms of processor time in " + waited.toMillis() + " ms)");
        }
    }

    /** A task that waited longer than its queue limit for a worker and was dropped without running. */
    public static final class NotStarted extends Exception {
        public NotStarted(String task, Duration limit) {
            super(task + " waited longer than " + limit.toMillis() + " ms for a worker and was not started");
        }
    }

    /** The first cause that is not a wrapper, for logging. */
    static Optional<Throwable> rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        return Optional.of(c);
    }
}
