package app.stepwise.grade;

import app.stepwise.text.Message;

/**
 * A known buggy rule that turns a correct line into a student's wrong one. Its explanation for the student is the
 * feedback bundle's {@code misconception.LABEL} (for a sign error, {@code misconception.sign-error.detail} with what moved;
 * for a sign not distributed, {@code misconception.sign-bracket.detail} with the product whose sign is wrong), its
 * short name {@code misconception.name.LABEL}.
 */
public enum Misconception {
    SIGN_ERROR_MOVING_TERM("sign-error"),
    DISTRIBUTED_FIRST_TERM_ONLY("distribute-first-only"),
    /** -4(x - 2) → -4x - 8: the minus of the multiplier not given to every term, a negative times a negative made negative. */
    SIGN_NOT_DISTRIBUTED("sign-bracket"),
    DIVIDED_ONE_TERM_ONLY("divide-one-term"),
    ONE_SIDE_ONLY("one-side-only"),
    DROPPED_ROOT("dropped-root"),
    SQUARED_TERMWISE("square-termwise"),
    /** 1/2 + 1/3 → 2/5: tops added and bottoms added. */
    ADDED_ACROSS("fraction-add"),
    INVERTED_FORMULA("inverted-formula"),
    ARITHMETIC_SLIP("arithmetic"),
    WRONG_INVERSE("wrong-inverse"),
    UNIT_CONVERSION_SLIP("unit-conversion");

    private final String label;

    Misconception(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What to tell the student whose line shows this misconception. */
    public Message said() {
        return Message.of("misconception." + label);
    }

    /** The explanation with what exactly went wrong in this line ("you moved + 5 to the right side but …"). */
    public Message said(Message detail) {
        return this == SIGN_ERROR_MOVING_TERM || this == SIGN_NOT_DISTRIBUTED
                ? Message.of("misconception." + label + ".detail", detail)
                : said();
    }

    /** The misconception's short name as a student reads it ("sign error"). */
    public Message shortName() {
        return Message.of("misconception.name." + label);
    }

    /** The explanation in English, with an English detail when one is given (the training corpus, the command line). */
    public String message(String detail) {
        return detail.isEmpty() ? said().english() : said(Message.verbatim(detail)).english();
    }
}
