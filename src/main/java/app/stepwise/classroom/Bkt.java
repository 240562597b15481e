package app.stepwise.classroom;

/**
 * Bayesian Knowledge Tracing for one skill (Corbett and Anderson, 1995): the probability that the student knows
 * the skill, updated after each observed first attempt.
 *
 * @param init  P(L0): known before any practice
 * @param learn P(T): learnt at each opportunity
 * @param slip  P(S): a wrong answer although the skill is known
 * @param guess P(G): a right answer although it is not
 */
public record Bkt(double init, double learn, double slip, double guess) {
    /** Defaults in the range the BKT literature reports for school algebra skills. */
    public static final Bkt DEFAULT = new Bkt(0.25, 0.15, 0.10, 0.20);
    /** A skill counts as mastered from this probability on (the usual 0.95). */
    public static final double MASTERED = 0.95;

    public Bkt {
        check("init", init, 0, 1);
        check("learn", learn, 0, 1);
        check("slip", slip, 0, 0.5); // above 0.5 a right answer would be evidence of not knowing
        check("guess", guess, 0, 0.5);
    }

    private static void check(String name, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi))
            throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + ", not " + v);
    }

    /** P(known) after one observation: Bayes' rule on the answer, then the chance of learning from the opportunity. */
    public double update(double known, boolean correct) {
        double posterior = correct
                ? known * (1 - slip) / (known * (1 - slip) + (1 - known) * guess)
                : known * slip / (known * slip + (1 - known) * (1 - guess));
        return posterior + (1 - posterior) * learn;
    }

    /** The probability of a right answer at the next opportunity. */
    public double pCorrect(double known) {
        return known * (1 - slip) + (1 - known) * guess;
    }
}
