package app.stepwise.math;

import app.stepwise.text.Message;

/** What a student typed cannot be read as math; the message is for them and {@link #position()} points at the spot. */
public final class MathSyntaxException extends Exception {
    private final transient Message said;
    private final int position;

    public MathSyntaxException(Message said, int position) {
        super(said.english(), null, false, false);
        this.said = said;
        this.position = position;
    }

    /** What is wrong, in the reader's language when rendered; {@link #getMessage()} is its English. */
    public Message said() {
        return said;
    }

    /** Zero-based character index in the input where the problem is, or -1 when it is the whole input. */
    public int position() {
        return position;
    }

    /** The message with a caret under the spot, for terminals and logs. */
    public String pointAt(String input) {
        if (position < 0 || position > input.length() || input.length() > 200) return getMessage();
        return getMessage() + "\n  " + input + "\n  " + " ".repeat(position) + "^";
    }
}
