package app.stepwise.ui;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The app's executor: a few daemon worker threads, a timer that enforces each task's budget, and callbacks delivered
 * on the FX thread with {@code Platform.runLater}. A task's budget starts when a worker starts its work, so time spent
 * waiting behind other work does not eat it; the wait itself is bounded by the task's queue limit, past which the task
 * is dropped unrun and fails with {@link BackgroundTask.NotStarted}. A task's failure is logged here, once, and then handed to its
 * {@code onFailure}, which words it for the user.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Executor ui;

    /** Workers whose callbacks run on the FX thread. */
    public FxTaskExecutor(int threads) {
        this(threads, Platform::runLater);
    }

    /** Workers whose callbacks run through {@code ui} (tests pass a queue they drain themselves). */
    public FxTaskExecutor(int threads, Executor ui) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "stepwise-worker-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "stepwise-budget"));
        this.ui = ui;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Running<T> running = new Running<>(task);
        task.running();
        running.deadline = later(running::waitedTooLong, task.queueLimit());
        workers.execute(running::work);
        return running;
    }

    /** Schedules a deadline; none once the executor is closing (the work then runs without one). */
    private ScheduledFuture<?> later(Runnable action, java.time.Duration after) {
        try {
            return timer.schedule(action, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            return null;
        }
    }

    @Override
    public void runOnUi(Runnable action) {
        ui.execute(action);
    }

    /** Lets running work finish for up to two seconds (a last save), then interrupts what is left. */
    @Override
    public void close() {
        workers.shutdown();
        timer.shutdownNow();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** One task between submission and delivery; exactly one of success, failure or cancellation is delivered. */
    private final class Running<T> implements TaskHandle, TaskContext {
        private final BackgroundTask<T> task;
        private final AtomicBoolean delivered = new AtomicBoolean();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final AtomicBoolean started = new AtomicBoolean(); // the work began, or the wait for it was given up
        private final List<Runnable> onWorkEnd = new ArrayList<>(); // UI thread only
        private boolean workEnded; // UI thread only
        private Thread thread; // guarded by this: the worker while it runs the work
        private volatile ScheduledFuture<?> deadline; // the queue limit until the work starts, then the budget

        Running(BackgroundTask<T> task) {
            this.task = task;
        }

        void work() {
            synchronized (this) {
                thread = Thread.currentThread();
            }
            try {
                if (!started.compareAndSet(false, true)) return; // waited too long: already failed
                cancelDeadline();
                if (stop.get()) return; // cancelled while waiting for a worker
                deadline = later(this::timeOut, task.budget());
                T result = task.call(this);
                if (delivered.compareAndSet(false, true)) ui.execute(() -> task.succeeded(result));
            } catch (Exception | StackOverflowError e) {
                if (delivered.compareAndSet(false, true)) {
                    Exception failure = e instanceof Exception ex ? ex : new IllegalStateException(e);
                    LOG.log(Level.WARNING, "Background task '" + task.name() + "' failed", e);
                    ui.execute(() -> task.failed(failure));
                }
            } finally {
                synchronized (this) {
                    thread = null;
                    Thread.interrupted(); // the pool thread goes back clean
                }
                cancelDeadline();
                ui.execute(this::ended);
            }
        }

        private void cancelDeadline() {
            ScheduledFuture<?> d = deadline;
            if (d != null) d.cancel(false);
        }

        /** The queue limit passed before a worker took the task: it fails now and never runs. */
        void waitedTooLong() {
            if (!started.compareAndSet(false, true)) return; // a worker took it just in time
            if (!delivered.compareAndSet(false, true)) return; // cancelled meanwhile
            stop.set(true);
            BackgroundTask.NotStarted e = new BackgroundTask.NotStarted(task.name(), task.queueLimit());
            LOG.log(Level.WARNING, e.getMessage());
            ui.execute(() -> task.failed(e));
            ui.execute(this::ended); // nothing will run: a lane may start its next request (this one returns at once)
        }

        private synchronized void interrupt() {
            if (thread != null) thread.interrupt();
        }

        void timeOut() {
            if (!delivered.compareAndSet(false, true)) return;
            stop.set(true);
            interrupt();
            BackgroundTask.TimedOut e = new BackgroundTask.TimedOut(task.name(), task.budget());
            LOG.log(Level.WARNING, e.getMessage());
            ui.execute(() -> task.failed(e));
        }

        @Override
        public void cancel() {
            stop.set(true);
            if (!delivered.compareAndSet(false, true)) return;
            interrupt();
            cancelDeadline();
            ui.execute(task::cancelled);
        }

        @Override
        public boolean isDone() {
            return delivered.get();
        }

        private void ended() {
            if (workEnded) return;
            workEnded = true;
            List<Runnable> actions = List.copyOf(onWorkEnd);
            onWorkEnd.clear();
            actions.forEach(Runnable::run);
        }

        @Override
        public void whenWorkEnds(Runnable action) {
            if (workEnded) action.run();
            else
                onWorkEnd.add(action);
        }

        @Override
        public boolean cancelled() {
            return stop.get();
        }

        @Override
        public void progress(String text) {
            if (!delivered.get()) ui.execute(() -> {
                if (!delivered.get()) task.progress(text);
            });
        }
    }
}
