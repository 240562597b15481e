package app.stepwise.math;

/** The engine's answer to "are these the same?", with how it decided and a note for the student or teacher. */
public record Verdict(Outcome outcome, String method, String note) {

    public enum Outcome {
        /** Equal everywhere both are defined, with the same domain. */
        EQUIVALENT,
        /** Equal wherever both are defined, but one is defined at points where the other is not. */
        EQUIVALENT_WHERE_DEFINED,
        NOT_EQUIVALENT,
        /** The engine could not decide (too large, or too few points where both are defined). */
        UNDECIDED
    }

    public boolean equivalent() {
        return outcome == Outcome.EQUIVALENT || outcome == Outcome.EQUIVALENT_WHERE_DEFINED;
    }

    static Verdict of(Outcome o, String method) {
        return new Verdict(o, method, "");
    }
}
