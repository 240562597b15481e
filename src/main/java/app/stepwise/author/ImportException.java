package app.stepwise.author;

/** An import or export that cannot be done at all, with a message for the teacher. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }
}
