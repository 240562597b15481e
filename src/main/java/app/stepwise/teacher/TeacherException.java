package app.stepwise.teacher;

/** A teacher-mode action that cannot be done, with a message written for the teacher. */
public final class TeacherException extends Exception {
    public TeacherException(String message) {
        super(message);
    }
}
