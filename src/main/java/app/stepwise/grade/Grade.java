package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.text.Message;
import java.util.Locale;
import java.util.Optional;

/** A verdict on a final answer: right or not, partially right, which test decided, and what to tell the student. */
public record Grade(boolean correct, boolean partial, Test test, Message said) {

    /** What to tell the student, in English (the command line, JSON, the progress file); screens render {@link #said()}. */
    public String message() {
        return said.english();
    }

    /** Which test decided the verdict, or why none could (undecided, ambiguous, unreadable). */
    public enum Test {
        EQUIVALENCE,
        EQUATION,
        SET,
        SET_VARIABLE,
        NUMERIC,
        QUANTITY,
        CHOICE,
        VARIABLES,
        SIGFIGS,
        DECIMALS,
        FORM_EXPANDED,
        FORM_FACTORED,
        FORM_SIMPLIFIED_FRACTION,
        FORM_EXACT,
        FORM_SIMPLIFIED,
        UNIT_DIMENSION,
        UNIT_CONVERSION,
        UNIT_MISSING,
        UNIT_STRICT,
        UNDECIDED,
        AMBIGUOUS,
        UNREADABLE;

        /** The name written in JSON, the progress file and the case tables: {@code unit-missing}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Test> of(String id) {
            for (Test t : values()) if (t.id().equals(id)) return Optional.of(t);
            return Optional.empty();
        }

        /** The test of a form a teacher asked for. */
        static Test form(AnswerSpec.Form f) {
            return switch (f) {
                case EXPANDED -> FORM_EXPANDED;
                case FACTORED -> FORM_FACTORED;
                case SIMPLIFIED_FRACTION -> FORM_SIMPLIFIED_FRACTION;
                case EXACT -> FORM_EXACT;
                case SIMPLIFIED -> FORM_SIMPLIFIED;
            };
        }
    }

    /** The verdict as the student meets it. */
    public enum Kind {
        RIGHT,
        PARTIAL,
        WRONG,
        UNDECIDED,
        AMBIGUOUS,
        UNREADABLE
    }

    public Kind kind() {
        if (correct) return Kind.RIGHT;
        if (partial) return Kind.PARTIAL;
        return switch (test) {
            case UNDECIDED -> Kind.UNDECIDED;
            case AMBIGUOUS -> Kind.AMBIGUOUS;
            case UNREADABLE -> Kind.UNREADABLE;
            default -> Kind.WRONG;
        };
    }

    static Grade right(Test test, Message message) {
        return new Grade(true, false, test, message);
    }

    static Grade wrong(Test test, Message message) {
        return new Grade(false, false, test, message);
    }

    static Grade partly(Test test, Message message) {
        return new Grade(false, true, test, message);
    }

    /** The engine could not decide (too large, or no way to compare): never "correct", and the message says so. */
    static Grade undecided(Message message) {
        return new Grade(false, false, Test.UNDECIDED, message);
    }

    /** The response can be read two ways that grade differently: the student is asked to say which they mean. */
    static Grade ambiguous(Message message) {
        return new Grade(false, false, Test.AMBIGUOUS, message);
    }

    /** The input could not be read: not right, and the message says what to fix. */
    static Grade unreadable(Message message) {
        return new Grade(false, false, Test.UNREADABLE, message);
    }
}
