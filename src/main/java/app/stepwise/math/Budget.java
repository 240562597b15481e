package app.stepwise.math;

import app.stepwise.text.Message;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * A time budget for one check, per thread. Exact arithmetic checks it as it goes (every {@link Rational} made), so a
 * line such as {@code a 1e4000 + b 1e4000 + … = 1} stops with {@link Exhausted} instead of running for a minute; the
 * grader turns that into "this line is too large to check".
 *
 * <p>Time is the checking thread's own CPU time where the JVM measures it: a busy machine or a garbage-collection
 * pause must not turn an ordinary line into "too large to check"; only the line's own work counts.
 */
public final class Budget {
    /** What the student is told when a check runs out of time. */
    public static final Message TOO_LARGE = Message.of("math.limit.tooLarge");

    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[]{Long.MAX_VALUE, 0});

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && cpuTimeEnabled();

    private Budget() {}

    private static boolean cpuTimeEnabled() {
        try {
            if (!THREADS.isThreadCpuTimeEnabled()) THREADS.setThreadCpuTimeEnabled(true);
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The clock budgets are measured on, in nanoseconds: this thread's CPU time, else wall time. */
    public static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** The budget ran out: a user-caused limit, answered as "too large to check", never a failure. */
    public static final class Exhausted extends MathLimitException {
        public Exhausted() {
            super(TOO_LARGE);
        }
    }

    /** Work that may throw a checked exception of type E. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs work with at most {@code limit} more time (never more than an enclosing budget leaves); an
     * {@link Exhausted} from inside comes out of this call.
     */
    public static <T, E extends Exception> T within(Duration limit, Work<T, E> work) throws E {
        long[] d = DEADLINE.get();
        long saved = d[0];
        long mine = now() + limit.toNanos();
        d[0] = saved == Long.MAX_VALUE ? mine : Math.min(saved, mine);
        try {
            return work.run();
        } finally {
            d[0] = saved;
        }
    }

    /** Whether the current budget is used up (false outside any budget). */
    public static boolean exhausted() {
        long deadline = DEADLINE.get()[0];
        return deadline != Long.MAX_VALUE && now() - deadline > 0;
    }

    /** Throws {@link Exhausted} when the current budget is used up; cheap enough to call in inner loops. */
    public static void check() {
        long[] d = DEADLINE.get();
        if (d[0] == Long.MAX_VALUE) return;
        if ((++d[1] & 63) != 0) return;
        if (now() - d[0] > 0) throw new Exhausted();
    }
}
