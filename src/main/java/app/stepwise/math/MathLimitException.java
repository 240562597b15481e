package app.stepwise.math;

import app.stepwise.text.Message;

/** Thrown inside the engine when an input would exceed {@link Limits}; the public API turns it into a message. */
public class MathLimitException extends RuntimeException {
    private final transient Message said;

    public MathLimitException(Message said) {
        super(said.english(), null, false, false);
        this.said = said;
    }

    /** What was too large, in the reader's language when rendered. */
    public Message said() {
        return said;
    }
}
