package app.stepwise.grade;

/** A known buggy rule that turns a correct line into a student's wrong one. */
public enum Misconception {
    SIGN_ERROR_MOVING_TERM("sign-error", "When a term moves to the other side its sign changes: you %s."),
    DISTRIBUTED_FIRST_TERM_ONLY("distribute-first-only", "Multiply every term inside the bracket, not only the first one."),
    DIVIDED_ONE_TERM_ONLY("divide-one-term", "When you divide, divide every term on both sides, not just one term."),
    ONE_SIDE_ONLY("one-side-only", "Whatever you do to one side of the equation, do it to the other side too."),
    DROPPED_ROOT("dropped-root", "A square has two square roots: remember the negative one too (x = ±…)."),
    SQUARED_TERMWISE("square-termwise", "(a + b)² is not a² + b²: it is a² + 2ab + b²."),
    INVERTED_FORMULA("inverted-formula", "The rearranged formula is upside down: check which quantity goes on top."),
    ARITHMETIC_SLIP("arithmetic", "The method is right, but there is an arithmetic slip in this line."),
    UNIT_CONVERSION_SLIP("unit-conversion", "Check the unit conversion in this line.");

    private final String label;
    private final String message;

    Misconception(String label, String message) {
        this.label = label;
        this.message = message;
    }

    public String label() {
        return label;
    }

    public String message(String detail) {
        return message.contains("%s") ? String.format(message, detail) : message;
    }
}
