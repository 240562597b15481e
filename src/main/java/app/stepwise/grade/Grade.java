package app.stepwise.grade;

/** A verdict on a final answer: right or not, partially right, which test decided, and what to tell the student. */
public record Grade(boolean correct, boolean partial, String test, String message) {

    static Grade right(String test, String message) {
        return new Grade(true, false, test, message);
    }

    static Grade wrong(String test, String message) {
        return new Grade(false, false, test, message);
    }

    static Grade partly(String test, String message) {
        return new Grade(false, true, test, message);
    }

    /** The engine could not decide (too large, or no way to compare): never "correct", and the message says so. */
    static Grade undecided(String message) {
        return new Grade(false, false, "undecided", message);
    }

    /** The response can be read two ways that grade differently: the student is asked to say which they mean. */
    static Grade ambiguous(String message) {
        return new Grade(false, false, "ambiguous", message);
    }

    /** The input could not be read: not right, and the message says what to fix. */
    static Grade unreadable(String message) {
        return new Grade(false, false, "unreadable", message);
    }
}
