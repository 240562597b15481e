package app.stepwise.lesson;

import java.util.Optional;

/**
 * What a teacher lets students of one pack see: the worked solution (always, after some attempts, or never), hints
 * from the local model, and how deep the hint ladder goes (1 a nudge, 2 the operation, 3 the resulting line).
 */
public record TeacherSettings(ShowSolution showSolution, int afterAttempts, boolean modelHints, int maxHintLevel) {
    /** What a pack allows when neither it nor the teacher says otherwise. */
    public static final TeacherSettings OPEN = new TeacherSettings(ShowSolution.ALWAYS, 0, true, 3);
    /** What applies while the teacher's settings cannot be read: nothing that gives the answer away. */
    public static final TeacherSettings STRICT = new TeacherSettings(ShowSolution.NEVER, 0, false, 2);

    public TeacherSettings {
        if (maxHintLevel < 1 || maxHintLevel > 3) throw new IllegalArgumentException("maxHintLevel is 1, 2 or 3");
        if (afterAttempts < 0 || afterAttempts > 99) throw new IllegalArgumentException("afterAttempts is 0 to 99");
        if (showSolution != ShowSolution.AFTER_ATTEMPTS) afterAttempts = 0;
    }

    /** When the worked solution may be shown. */
    public enum ShowSolution {
        ALWAYS,
        AFTER_ATTEMPTS,
        NEVER;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Optional<ShowSolution> fromLabel(String label) {
            for (ShowSolution s : values()) {
                if (s.label().equals(label)) return Optional.of(s);
            }
            return Optional.empty();
        }
    }

    /** Whether a student who has made {@code attempts} answer attempts may see the worked solution. */
    public boolean solutionAllowed(int attempts) {
        return switch (showSolution) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AFTER_ATTEMPTS -> attempts >= afterAttempts;
        };
    }

    /** One line for a teacher: "solution after 3 attempts · model hints off · hints up to level 2". */
    public String describe() {
        String sol = switch (showSolution) {
            case ALWAYS -> "solution always shown";
            case NEVER -> "solution never shown";
            case AFTER_ATTEMPTS -> "solution after " + afterAttempts + (afterAttempts == 1 ? " attempt" : " attempts");
        };
        return sol + " · model hints " + (modelHints ? "on" : "off") + " · hints up to level " + maxHintLevel;
    }
}
