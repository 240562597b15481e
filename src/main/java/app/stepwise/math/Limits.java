package app.stepwise.math;

import app.stepwise.text.Message;

/**
 * The bounds that keep every math call finite on hostile input. A student's answer is a line or two;
 * these are generous for that and small enough that no call can hang, overflow the stack or exhaust memory.
 */
public final class Limits {
    /** Longest input line read (characters). */
    public static final int MAX_INPUT_CHARS = 2_000;
    /** Deepest nesting of brackets, powers and functions. */
    public static final int MAX_DEPTH = 100;
    /** Largest exact number (bits of numerator plus denominator), about 20 000 decimal digits. */
    public static final long MAX_BITS = 65_536;
    /** Longest number written as one token ({@code 3.1e1007} is 8 characters, its value 1 009 digits). */
    public static final int MAX_NUMBER_CHARS = 400;
    /** Largest decimal exponent written as {@code 1e400} or {@code 10^400}. */
    public static final int MAX_DECIMAL_EXPONENT = 4_000;
    /** Largest integer power expanded symbolically, e.g. {@code (x+1)^40}. */
    public static final int MAX_EXPANDED_POWER = 40;
    /** Most terms a polynomial may grow to while being expanded. */
    public static final int MAX_TERMS = 4_000;

    private Limits() {}

    static void checkBits(long bits) {
        Budget.check();
        if (bits > MAX_BITS) throw new MathLimitException(Message.of("math.limit.number"));
    }

    static void checkTerms(int terms) {
        if (terms > MAX_TERMS) throw new MathLimitException(Message.of("math.limit.expand"));
    }
}
