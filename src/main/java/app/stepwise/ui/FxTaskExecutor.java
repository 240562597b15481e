package app.stepwise.ui;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * is dropped unrun and fails with {@link BackgroundTask.NotStarted}. A patient task's budget counts the processor time
 * its worker was given ({@link BackgroundTask#withPatience}), so a computer busy with other programs makes it slow (it
 * says so through {@code onSlow}) but does not fail it before its wall-clock limit. A task's failure is logged here,
 * once, and then handed to its {@code onFailure}, which words it for the user.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Executor ui;
    private final ProcessorTime processorTime;

    /**
     * How much processor time a thread has been given so far, in nanoseconds, or a negative number when it cannot be
     * measured: what a patient task's budget counts ({@link BackgroundTask#withPatience}).
     */
    @FunctionalInterface
    public interface ProcessorTime {
        long nanos(Thread thread);

        /** The Java runtime's own measure (every thread's CPU time, where the platform supports it). */
        static ProcessorTime ofThreads() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            if (!mx.isThreadCpuTimeSupported()) return t -> -1;
            try {
                if (!mx.isThreadCpuTimeEnabled()) mx.setThreadCpuTimeEnabled(true);
            } catch (UnsupportedOperationException | SecurityException e) {
                return t -> -1;
            }
            return t -> mx.getThreadCpuTime(t.threadId());
        }
    }

    /** Workers whose callbacks run on the FX thread. */
    public FxTaskExecutor(int threads) {
        this(threads, Platform::runLater);
    }

    /** Workers whose callbacks run through {@code ui} (tests pass a queue they drain themselves). */
    public FxTaskExecutor(int threads, Executor ui) {
        this(threads, ui, ProcessorTime.ofThreads());
    }

    /** As above, with the measure of processor time a patient task's budget counts (tests pass a starved one). */
    public FxTaskExecutor(int threads, Executor ui, ProcessorTime processorTime) {
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "stepwise-worker-" + n.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "stepwise-budget"));
        this.ui = ui;
        this.processorTime = processorTime;
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
    private ScheduledFuture<?> later(Runnable action, Duration after) {
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
        private volatile long startedAt; // System.nanoTime() when the work began
        private volatile long processorAtStart; // the worker's processor time then, negative when not measured
        private boolean slowSaid; // budget timer thread only

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
                startedAt = System.nanoTime();
                processorAtStart = task.patience().isPresent() ? processorTime.nanos(Thread.currentThread()) : -1;
                deadline = later(this::budgetPassed, task.budget());
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

        /**
         * The budget's time has passed on the wall clock. A plain task times out now. A patient one times out only
         * once its worker has had the whole budget of processor time, or at its wall-clock limit; until then the
         * screen is told once that it is slow, and the budget is looked at again when it could next be spent.
         */
        void budgetPassed() {
            Optional<Duration> patience = task.patience();
            if (patience.isEmpty()) {
                timeOut(new BackgroundTask.TimedOut(task.name(), task.budget()));
                return;
            }
            if (delivered.get()) return;
            long budget = task.budget().toNanos();
            long waited = System.nanoTime() - startedAt;
            long worked = workedNanos();
            long limit = patience.get().toNanos();
            if ((worked >= 0 && worked >= budget) || waited >= limit) {
                timeOut(new BackgroundTask.TimedOut(task.name(), task.budget(), Duration.ofNanos(Math.max(0, worked)),
                        Duration.ofNanos(waited)));
                return;
            }
            if (!slowSaid) {
                slowSaid = true;
                LOG.log(Level.INFO, "Background task '" + task.name() + "' is slow: " + waited / 1_000_000 + " ms, "
                        + (worked < 0 ? "processor time not measured" : worked / 1_000_000 + " ms of processor time"));
                ui.execute(() -> {
                    if (!delivered.get()) task.slow();
                });
            }
            // a thread cannot get processor time faster than the clock runs: the budget cannot be spent sooner
            long next = Math.min(limit - waited, worked >= 0 ? budget - worked : limit - waited);
            deadline = later(this::budgetPassed, Duration.ofNanos(Math.max(next, 10_000_000)));
            if (delivered.get()) cancelDeadline();
        }

        /** The processor time the worker has had for this task; negative when not measured (or the work has ended). */
        private long workedNanos() {
            Thread t;
            synchronized (this) {
                t = thread;
            }
            if (t == null || processorAtStart < 0) return -1;
            long now = processorTime.nanos(t);
            return now < 0 ? -1 : now - processorAtStart;
        }

        private synchronized void interrupt() {
            if (thread != null) thread.interrupt();
        }

        void timeOut(BackgroundTask.TimedOut e) {
            if (!delivered.compareAndSet(false, true)) return;
            stop.set(true);
            interrupt();
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
