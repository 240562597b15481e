package app.stepwise.lesson;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a problem asks the student to do. Its {@link #id()} is the word written in packs, stored progress, the corpus
 * and the model's prompts ({@code "solve"}); files keep that word, code compares the enum.
 */
public enum Task {
    SOLVE("solve"),
    SIMPLIFY("simplify"),
    EXPAND("expand"),
    FACTOR("factor"),
    EVALUATE("evaluate"),
    DIFFERENTIATE("differentiate"),
    /** Simultaneous equations, written {@code 2x + y = 9; 3x - y = 11}. */
    SYSTEM("system"),
    /** A physics problem worked from its givens. */
    PHYSICS("physics");

    private final String id;

    Task(String id) {
        this.id = id;
    }

    /** The word in files: {@code solve}, {@code physics}. */
    public String id() {
        return id;
    }

    /** The task a word names; {@code factorise} (British spelling, used by the model's readings) is {@link #FACTOR}. */
    public static Optional<Task> of(String id) {
        if ("factorise".equals(id)) return Optional.of(FACTOR);
        for (Task t : values()) if (t.id.equals(id)) return Optional.of(t);
        return Optional.empty();
    }

    /** The words a pack may use, for messages. */
    public static Set<String> ids() {
        Set<String> out = new LinkedHashSet<>();
        for (Task t : values()) out.add(t.id);
        return out;
    }
}
