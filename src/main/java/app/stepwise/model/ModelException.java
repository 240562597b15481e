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
    private final String detail;

    public ModelException(String message) {
        this(message, (Throwable) null);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
        this.reason = null;
        this.detail = null;
    }

    /** A reason said in English as {@code message}, and by its key in any language. */
    public ModelException(String message, String reasonKey, String... args) {
        this(message, null, new Reason(reasonKey, List.of(args)));
    }

    /**
     * A reason said in plain words ({@code message}, and by its key in any language), with the technical finding for
     * the log and a details line ({@code detail}: which checksum, which size), which a teacher need not read.
     */
    public ModelException(String message, String detail, Reason reason) {
        super(message);
        this.reason = reason;
        this.detail = detail;
    }

    /** The reason to say in the user's language; empty for a technical failure told only in English. */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The technical finding behind the message, for the log and a details line; empty when the message says it all. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The message, and the technical finding on a details line under it where there is one (the command line). */
    public String withDetail() {
        return getMessage() + detail().map(d -> "\n  details: " + d).orElse("");
    }
}
