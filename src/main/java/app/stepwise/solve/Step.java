package app.stepwise.solve;

import app.stepwise.text.Message;

/**
 * One step of a worked solution: a sentence a student understands ({@code said}, rendered in the reader's language;
 * {@link #text()} is its English, which the training corpus and the command line use), the math line (plain text the
 * math engine reads; where there is arithmetic, the operation is written before its result: {@code 3x = 20 - 5 = 15}),
 * and the operation's name (subtract-both-sides, substitute, …).
 */
public record Step(Message said, String math, String operation) {
    /** A step whose sentence has no translation yet (or is the model's own words): shown as written. */
    public Step(String text, String math, String operation) {
        this(Message.verbatim(text), math, operation);
    }

    /** The sentence in English. */
    public String text() {
        return said.english();
    }
}
