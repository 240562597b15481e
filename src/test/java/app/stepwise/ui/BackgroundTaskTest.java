package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The background-task helper: callbacks in order on the UI thread, failures and time budgets, bounded lanes. */
class BackgroundTaskTest {
    /** A "UI thread" the test drains itself. */
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    private void drainUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            Runnable r = ui.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (r == null) throw new AssertionError("nothing more came back to the UI thread");
            r.run();
        }
    }

    @Test
    void runsCallbacksInOrderOnTheCallingThread() {
        List<String> seen = new ArrayList<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.wrap(ctx -> {
            ctx.progress("half");
            return 42;
        }).onRunning(() -> seen.add("running")).onProgress(p -> seen.add("progress " + p))
                .onSuccess(v -> seen.add("success " + v)).onFailure(e -> seen.add("failure"))
                .onFinished(() -> seen.add("finished")));
        assertThat(seen).containsExactly("running", "progress half", "success 42", "finished");
    }

    @Test
    void aFailureReachesOnFailureAndThenOnFinished() {
        List<String> seen = new ArrayList<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.wrap(ctx -> {
            throw new IllegalStateException("broken");
        }).onSuccess(v -> seen.add("success")).onFailure(e -> seen.add("failure " + e.getMessage()))
                .onFinished(() -> seen.add("finished")));
        assertThat(seen).containsExactly("failure broken", "finished");
    }

    @Test
    void workerResultsComeBackThroughTheUiExecutor() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(2, ui::add)) {
            List<String> seen = new ArrayList<>();
            Thread test = Thread.currentThread();
            tasks.execute(BackgroundTask.wrap(ctx -> Thread.currentThread() == test ? "same thread" : "worker")
                    .onSuccess(v -> seen.add(v + (Thread.currentThread() == test ? " → ui" : " → elsewhere"))));
            drainUntil(() -> !seen.isEmpty());
            assertThat(seen).containsExactly("worker → ui");
        }
    }

    @Test
    void workPastItsBudgetFailsWithTimedOutAndIsToldToStop() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, ui::add)) {
            List<Exception> failures = new ArrayList<>();
            CountDownLatch stopped = new CountDownLatch(1);
            tasks.execute(BackgroundTask.wrap(ctx -> {
                while (!ctx.cancelled()) Thread.onSpinWait();
                stopped.countDown();
                return "late";
            }).withBudget(Duration.ofMillis(100)).onFailure(failures::add).onSuccess(v -> failures.add(null)));
            drainUntil(() -> !failures.isEmpty());
            assertThat(failures.get(0)).isInstanceOf(BackgroundTask.TimedOut.class);
            assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the work saw it was cancelled").isTrue();
        }
    }

    /** A computer busy with other programs: the worker is given no processor time at all. */
    private static final FxTaskExecutor.ProcessorTime STARVED = thread -> 0;
    /** A computer with nothing else to do: every moment on the clock is processor time for the worker. */
    private static final FxTaskExecutor.ProcessorTime IDLE = thread -> System.nanoTime();

    @Test
    void aPatientTaskOnAStarvedComputerSaysItIsSlowPastItsBudgetAndThenSucceeds() throws Exception {
        // on main a task past its budget failed, however little of the processor it had been given: the first
        // reading of the packs at load 25 took 41-54 s with under 1 s of its own, past its 30 s budget
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, ui::add, STARVED)) {
            List<Object> seen = new ArrayList<>();
            CountDownLatch slowSaid = new CountDownLatch(1);
            tasks.execute(BackgroundTask.wrap(ctx -> slowSaid.await(10, TimeUnit.SECONDS) ? "read" : "never told")
                    .withBudget(Duration.ofMillis(50)).withPatience(Duration.ofMinutes(1)).onSlow(() -> {
                        seen.add("still working");
                        slowSaid.countDown(); // the work ends only once the screen was told it is slow
                    }).onSuccess(seen::add).onFailure(seen::add));
            drainUntil(() -> seen.size() == 2);
            assertThat(seen).containsExactly("still working", "read");
        }
    }

    @Test
    void aPatientTaskThatUsesItsWholeBudgetOfProcessorTimeStillFailsAtItsBudget() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, ui::add, IDLE)) {
            List<Object> seen = new ArrayList<>();
            CountDownLatch stopped = new CountDownLatch(1);
            tasks.execute(BackgroundTask.wrap(ctx -> {
                while (!ctx.cancelled()) Thread.onSpinWait(); // work gone wrong: it never ends by itself
                stopped.countDown();
                return "late";
            }).withBudget(Duration.ofMillis(100)).withPatience(Duration.ofMinutes(1)).onSlow(() -> seen.add("still working"))
                    .onSuccess(seen::add).onFailure(seen::add));
            drainUntil(() -> !seen.isEmpty());
            assertThat(seen).singleElement().isInstanceOf(BackgroundTask.TimedOut.class);
            assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the work saw it was cancelled").isTrue();
        }
    }

    @Test
    void aPatientTaskOnAStarvedComputerStillFailsAtItsLimitOnTheClock() throws Exception {
        for (FxTaskExecutor.ProcessorTime unmeasured : List.of(STARVED, thread -> -1)) {
            try (FxTaskExecutor tasks = new FxTaskExecutor(1, ui::add, unmeasured)) {
                List<Object> seen = new ArrayList<>();
                tasks.execute(BackgroundTask.wrap(ctx -> {
                    new CountDownLatch(1).await(10, TimeUnit.SECONDS); // a folder that never answers
                    return "late";
                }).withBudget(Duration.ofMillis(20)).withPatience(Duration.ofMillis(300)).onSlow(() -> seen.add("still working"))
                        .onSuccess(seen::add).onFailure(seen::add));
                drainUntil(() -> seen.size() == 2);
                assertThat(seen.get(0)).isEqualTo("still working");
                assertThat(seen.get(1)).isInstanceOf(BackgroundTask.TimedOut.class);
            }
        }
    }

    @Test
    void aTasksBudgetStartsWhenAWorkerStartsItNotWhenItWasSubmitted() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, ui::add)) {
            List<String> seen = new ArrayList<>();
            tasks.execute(BackgroundTask.wrap(ctx -> {
                Thread.sleep(600); // the only worker is busy longer than the next task's whole budget
                return "first";
            }).withBudget(Duration.ofSeconds(10)).onSuccess(seen::add).onFailure(e -> seen.add("first failed " + e)));
            tasks.execute(BackgroundTask.wrap(ctx -> "second").withBudget(Duration.ofMillis(300)).onSuccess(seen::add)
                    .onFailure(e -> seen.add("second failed " + e)));
            drainUntil(() -> seen.size() == 2);
            assertThat(seen).as("queue time is not work time").containsExactly("first", "second");
        }
    }

    @Test
    void aTaskThatWaitsPastItsQueueLimitFailsWithNotStartedAndNeverRuns() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1, ui::add)) {
            TaskLane lane = new TaskLane(tasks);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger secondRan = new AtomicInteger();
            List<Object> seen = new ArrayList<>();
            tasks.execute(BackgroundTask.wrap(ctx -> release.await(10, TimeUnit.SECONDS)).onSuccess(seen::add));
            lane.submit(BackgroundTask.wrap(ctx -> secondRan.incrementAndGet()).withBudget(Duration.ofSeconds(10))
                    .withQueueLimit(Duration.ofMillis(150)).onSuccess(seen::add).onFailure(seen::add));
            drainUntil(() -> !seen.isEmpty() && !lane.busy());
            assertThat(seen).singleElement().isInstanceOf(BackgroundTask.NotStarted.class);
            assertThat(lane.busy()).as("the lane takes new requests at once").isFalse();
            release.countDown();
            drainUntil(() -> seen.size() == 2);
            Thread.sleep(100); // the dropped task reaches the worker now and must return without running
            assertThat(seen.get(1)).isEqualTo(true);
            assertThat(secondRan.get()).isZero();
        }
    }

    @Test
    void aLaneRunsOneTaskAndKeepsOnlyTheNewestWaiting() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(4, ui::add)) {
            TaskLane lane = new TaskLane(tasks);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger started = new AtomicInteger();
            AtomicInteger concurrent = new AtomicInteger();
            AtomicInteger maxConcurrent = new AtomicInteger();
            List<Integer> delivered = new ArrayList<>();
            List<Integer> cancelled = new ArrayList<>();
            for (int i = 0; i < 10; i++) { // ten presses of Enter while the first check runs
                int n = i;
                lane.submit(BackgroundTask.wrap(ctx -> {
                    started.incrementAndGet();
                    maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                    try {
                        if (n == 0) release.await(5, TimeUnit.SECONDS); // keeps the first busy until released
                    } catch (InterruptedException e) {
                        release.await(5, TimeUnit.SECONDS); // keeps the worker busy even when interrupted
                    } finally {
                        concurrent.decrementAndGet();
                    }
                    return n;
                }).onSuccess(delivered::add).onCancelled(() -> cancelled.add(n)));
            }
            assertThat(lane.busy()).isTrue();
            release.countDown();
            drainUntil(() -> !delivered.isEmpty() && !lane.busy());
            assertThat(delivered).as("only the newest request's result is used").containsExactly(9);
            // the first may be cancelled before a worker picks it up; the eight in between never start
            assertThat(started.get()).as("at most the first and the newest ran").isBetween(1, 2);
            assertThat(maxConcurrent.get()).as("never two of one kind at once").isEqualTo(1);
            assertThat(cancelled).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 0);
        }
    }

    @Test
    void aQueueingLaneLetsTheRunningTaskFinish() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(2, ui::add)) {
            TaskLane lane = TaskLane.queueing(tasks);
            List<Integer> delivered = new ArrayList<>();
            CountDownLatch release = new CountDownLatch(1);
            for (int i = 0; i < 5; i++) {
                int n = i;
                lane.submit(BackgroundTask.wrap(ctx -> {
                    if (n == 0) release.await(5, TimeUnit.SECONDS);
                    return n;
                }).onSuccess(delivered::add));
            }
            release.countDown();
            drainUntil(() -> delivered.size() == 2 && !lane.busy());
            assertThat(delivered).containsExactly(0, 4);
        }
    }
}
