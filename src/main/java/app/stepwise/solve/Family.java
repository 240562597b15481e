package app.stepwise.solve;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A problem family: a generator of fresh parameters and a step-by-step solver for any parameters. */
public interface Family {
    String name();

    /** math or physics */
    String subject();

    List<String> skills();

    /** How many wordings (sentence templates) the family has; the last ones are held out of training. */
    int wordings();

    /** Whether this wording is one of the frames held out of training (the corpus's test-wording split). */
    default boolean heldOut(int wording) {
        return wording >= wordings() - 2;
    }

    /** Random parameters, chosen so answers are mostly "nice". */
    Map<String, String> sample(SplittableRandom random);

    /**
     * The worked solution for these parameters in this wording (not yet verified; {@link Solvers#solve} verifies).
     *
     * @throws IllegalArgumentException when the parameters do not describe a problem of this family
     */
    Worked solve(Map<String, String> params, int wording);
}
