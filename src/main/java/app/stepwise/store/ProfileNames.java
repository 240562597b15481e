package app.stepwise.store;

/** What a student's name may be: trimmed, 1 to 40 characters, no control characters. */
final class ProfileNames {
    static final int MAX = 40;

    private ProfileNames() {}

    /** @throws IllegalArgumentException with a message for the user */
    static String clean(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) throw new IllegalArgumentException("Type a name first.");
        if (n.codePointCount(0, n.length()) > MAX)
            throw new IllegalArgumentException("A name can be at most " + MAX + " letters long.");
        if (n.codePoints().anyMatch(Character::isISOControl))
            throw new IllegalArgumentException("A name cannot contain control characters.");
        return n;
    }
}
