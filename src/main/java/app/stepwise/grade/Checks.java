package app.stepwise.grade;

import app.stepwise.math.Budget;
import app.stepwise.math.MathLimitException;
import app.stepwise.text.Message;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The time budget and the safety net of every check: an answer or a whole piece of working gets at most
 * {@link #WORK} (one line at most {@link #LINE}); running out, or any failure inside the engine, becomes a verdict
 * with a message ("this line is too large to check"), never an exception to the student.
 */
final class Checks {
    /** Most time one answer check, or all the lines of one working together, may take. */
    static final Duration WORK = Duration.ofMillis(900);
    /** Most time one line of working may take. */
    static final Duration LINE = Duration.ofMillis(400);
    /** The reason given when the engine fails on a line for a reason the student cannot fix. */
    static final Message CANNOT_CHECK = Message.of("grade.cannotCheck");

    private Checks() {}

    /**
     * Runs one check within what is left of the budget that started at {@code startedNanos}. On a limit (time, size)
     * or a failure, returns {@code fallback} applied to the reason to show.
     */
    static <T> T bounded(long startedNanos, Supplier<T> work, Function<Message, T> fallback) {
        long left = WORK.toNanos() - (Budget.now() - startedNanos);
        if (left <= 0) return fallback.apply(Budget.TOO_LARGE);
        Duration limit = Duration.ofNanos(Math.min(LINE.toNanos(), left));
        try {
            return Budget.within(limit, () -> {
                T result = work.get();
                return Budget.exhausted() ? fallback.apply(Budget.TOO_LARGE) : result;
            });
        } catch (Budget.Exhausted e) {
            return fallback.apply(Budget.TOO_LARGE);
        } catch (MathLimitException e) {
            return fallback.apply(e.said());
        } catch (RuntimeException | StackOverflowError e) {
            return fallback.apply(CANNOT_CHECK);
        }
    }

    /** As {@link #bounded(long, Supplier, Function)} with the whole budget for one check (an answer). */
    static <T> T bounded(Supplier<T> work, Function<Message, T> fallback) {
        long started = Budget.now();
        long left = WORK.toNanos();
        try {
            return Budget.within(Duration.ofNanos(left), () -> {
                T result = work.get();
                return Budget.exhausted() ? fallback.apply(Budget.TOO_LARGE) : result;
            });
        } catch (Budget.Exhausted e) {
            return fallback.apply(Budget.TOO_LARGE);
        } catch (MathLimitException e) {
            return fallback.apply(e.said());
        } catch (RuntimeException | StackOverflowError e) {
            return fallback.apply(CANNOT_CHECK);
        }
    }
}
