package app.stepwise.store;

import java.util.Optional;

/**
 * How the progress file is doing. Anything but {@link Kind#OK} is shown to the student once, with what Stepwise
 * does about it and, when a backup exists, the offer to restore it.
 *
 * @param kind    what went wrong
 * @param message the reason in words a student or teacher understands
 * @param backup  the newest good backup, as a date and time, when there is one to restore
 * @param pending writes kept in memory because they could not be saved yet (saved as soon as the file works again)
 */
public record Health(Kind kind, String message, Optional<String> backup, int pending) {
    /** What is wrong with the progress file. */
    public enum Kind {
        OK,
        /** The file is damaged (not a database, or quick_check found broken pages). */
        DAMAGED,
        /** The disk (or the database's size limit) is full. */
        FULL,
        /** The file cannot be opened or written for another reason (read-only folder, I/O error). */
        UNAVAILABLE
    }

    static Health good() {
        return new Health(Kind.OK, "", Optional.empty(), 0);
    }

    public boolean ok() {
        return kind == Kind.OK;
    }
}
