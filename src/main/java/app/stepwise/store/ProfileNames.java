package app.stepwise.store;

import app.stepwise.text.Message;
import app.stepwise.text.Refusal;

/** What a student's name may be: trimmed, 1 to 40 characters, no control characters. */
final class ProfileNames {
    static final int MAX = 40;

    private ProfileNames() {}

    /** @throws Refusal with a message for the user */
    static String clean(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) throw new Refusal(Message.of("name.empty"));
        if (n.codePointCount(0, n.length()) > MAX)
            throw new Refusal(Message.of("name.tooLong", MAX));
        if (n.codePoints().anyMatch(Character::isISOControl))
            throw new Refusal(Message.of("name.control"));
        return n;
    }
}
