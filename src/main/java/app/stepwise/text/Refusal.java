package app.stepwise.text;

/**
 * Input a user typed that is refused (an empty or taken name), with the reason as a message of the feedback bundle so
 * that the screen says it in the user's language; {@link #getMessage()} is the English (logs, the command line).
 */
public final class Refusal extends IllegalArgumentException {
    private final transient Message said;

    public Refusal(Message said) {
        super(said.english());
        this.said = said;
    }

    public Message said() {
        return said;
    }
}
