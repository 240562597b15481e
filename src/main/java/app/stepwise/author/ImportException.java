package app.stepwise.author;

import app.stepwise.text.Message;
import java.util.Optional;

/** An import or export that cannot be done at all, with a message for the teacher. */
public final class ImportException extends Exception {
    private final transient Message said;

    public ImportException(String message) {
        super(message);
        this.said = null;
    }

    /** The same said in the teacher's language where the screen has one; {@link #getMessage()} is its English. */
    public ImportException(Message said) {
        this(said.english(), said);
    }

    /** A message for the command line ({@code message}, with its technical detail) and one for the screens. */
    public ImportException(String message, Message said) {
        super(message);
        this.said = said;
    }

    /** What to say on a screen, in its language; empty where only the English message exists. */
    public Optional<Message> said() {
        return Optional.ofNullable(said);
    }
}
