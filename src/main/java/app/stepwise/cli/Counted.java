package app.stepwise.cli;

/** A count with its noun as the command line says it: "1 problem", "3 problems", "0 students", "1 family". */
final class Counted {
    private Counted() {}

    /** {@code n} and the noun, singular for exactly one, else the noun with "s". */
    static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and {@code one} for exactly one, else {@code many} ("family", "families"). */
    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The noun alone, for a count printed in its own column: "problem" for 1, else "problems". */
    static String noun(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}
