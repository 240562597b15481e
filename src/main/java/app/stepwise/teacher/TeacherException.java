package app.stepwise.teacher;

import app.stepwise.text.Message;
import java.util.Optional;

/** A teacher-mode action that cannot be done, with a message written for the teacher. */
public final class TeacherException extends Exception {
    private final transient Message said;

    public TeacherException(String message) {
        super(message);
        this.said = null;
    }

    /** The reason as a message of the feedback bundle, so the teacher's screen says it in its language. */
    public TeacherException(Message said) {
        super(said.english());
        this.said = said;
    }

    /** The reason in the feedback bundle, when there is one; otherwise {@link #getMessage()} is all there is. */
    public Optional<Message> said() {
        return Optional.ofNullable(said);
    }
}
