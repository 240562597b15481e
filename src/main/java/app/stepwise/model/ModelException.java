package app.stepwise.model;

import java.util.List;
import java.util.Optional;

/**
 * A model that cannot be used: missing or corrupt files, a manifest that does not fit, a runtime failure. The message is
 * for people, in English; the reasons a person installing the model can act on also carry a language-neutral
 * {@link #reason()} (a text key's last part and its arguments), so the app can say them in the student's language.
 */
public final class ModelException extends Exception {
    /** A reason a person can act on: {@code key} names the text ("model.reason." + key), {@code args} fill it. */
    public record Reason(String key, List<String> args) {
        public Reason {
            args = List.copyOf(args);
        }
    }

    private final transient Reason reason;

    public ModelException(String message) {
        super(message);
        this.reason = null;
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
        this.reason = null;
    }

    /** A reason said in English as {@code message}, and by its key in any language. */
    public ModelException(String message, String reasonKey, String... args) {
        super(message);
        this.reason = new Reason(reasonKey, List.of(args));
    }

    /** The reason to say in the user's language; empty for a technical failure told only in English. */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }
}
