package app.stepwise.math;

/** Thrown inside the engine when an input would exceed {@link Limits}; the public API turns it into a message. */
public class MathLimitException extends RuntimeException {
    public MathLimitException(String message) {
        super(message, null, false, false);
    }
}
