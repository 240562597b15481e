package app.stepwise.model;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * How long the model's work has had the processor, for its time budget: on an idle computer the wall clock, on a busy
 * one less (this process's processor time shared out over the model's threads), never more than the wall clock. A
 * budget of 2.5 s on the wall clock alone ran out before one candidate at load 16-20, so every hint was the solvers'
 * (load23). A hard limit on the wall clock still bounds the wait ({@link #wallMs}).
 */
public final class WorkClock {
    private final LongSupplier wallNanos;
    private final LongSupplier cpuNanos;
    private final long wall0;
    private final long cpu0;
    private final int threads;

    private WorkClock(LongSupplier wallNanos, LongSupplier cpuNanos, int threads) {
        this(wallNanos, cpuNanos, threads, wallNanos.getAsLong());
    }

    private WorkClock(LongSupplier wallNanos, LongSupplier cpuNanos, int threads, long wall0) {
        this.wallNanos = wallNanos;
        this.cpuNanos = cpuNanos;
        this.wall0 = wall0;
        this.cpu0 = cpuNanos.getAsLong();
        this.threads = Math.max(1, threads);
    }

    /** A clock started now for work spread over this many threads (the model's intra-op threads). */
    public static WorkClock start(int threads) {
        return new WorkClock(System::nanoTime, WorkClock::processCpuNanos, threads);
    }

    /** The wall clock alone, counted from {@code t0} ({@link System#nanoTime()}): work is the time since then. */
    public static WorkClock wallSince(long t0) {
        return new WorkClock(System::nanoTime, () -> -1, 1, t0);
    }

    /** A clock on given time sources (nanoseconds; processor time -1 where unknown): a test's computer. */
    public static WorkClock on(LongSupplier wallNanos, LongSupplier cpuNanos, int threads) {
        return new WorkClock(wallNanos, cpuNanos, threads);
    }

    /** Milliseconds on the wall clock since the start. */
    public long wallMs() {
        return (wallNanos.getAsLong() - wall0) / 1_000_000;
    }

    /**
     * Milliseconds of work since the start: the wall clock, or less when this process had less of the processor than
     * its threads could use (the wall clock where the process's processor time cannot be read).
     */
    public long workMs() {
        long wall = wallMs();
        long cpu = cpuNanos.getAsLong();
        if (cpu0 < 0 || cpu < 0) return wall;
        return Math.min(wall, (cpu - cpu0) / 1_000_000 / threads);
    }

    /** This process's processor time (every thread, ONNX Runtime's own included), or -1 where it cannot be read. */
    static long processCpuNanos() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
                return os.getProcessCpuTime();
        } catch (RuntimeException | LinkageError e) {
            // a runtime without jdk.management: the wall clock
        }
        return -1;
    }
}
