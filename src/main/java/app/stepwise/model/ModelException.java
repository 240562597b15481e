package app.stepwise.model;

/** A model that cannot be used: missing or corrupt files, a manifest that does not fit, a runtime failure. The message is for people. */
public final class ModelException extends Exception {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
