package app.stepwise.solve;

import app.stepwise.grade.AskedRounding;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physics answer rounded as its question asks ({@link AskedRounding}): one more step after the solver's, and the
 * rounding kept in the problem's parameters ({@link #PARAM}), so that a typed-in problem solved again by its family
 * ({@link Solvers#forProblem}) ends with the same step (read22: the rounding step of read21 was lost there, and physics
 * asked to a rounding was refused).
 */
public final class RoundedAsAsked {
    private RoundedAsAsked() {}

    /** The parameter of a physics problem that keeps the rounding asked ("-1,2,1": 2 significant figures). */
    public static final String PARAM = "rounding-asked";

    private static final Pattern QUANTITY = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)(\\s+\\S.*)$");

    /**
     * A physics answer in SI rounded as asked ("to 2 significant figures": 113 J is 110 J), from the exact value the
     * solver computed by plain arithmetic, never from the answer already rounded to 3 figures (a rounding rounded again
     * can be wrong); empty where the answer is in another unit than the exact value's, or already as asked.
     */
    public static Optional<Worked> ofQuantity(AskedRounding r, Worked w) {
        if (w.params().containsKey(PhysicsFamilies.UNIT_ASKED)) return Optional.empty();
        Matcher m = QUANTITY.matcher(w.answer());
        double exact = w.checkValue();
        if (!m.matches() || !Double.isFinite(exact) || exact == 0) return Optional.empty();
        // the answer states the exact value in its unit (SI): checked, so the rounding is of the same number
        if (Math.abs(Double.parseDouble(m.group(1)) - exact) > 0.005 * Math.abs(exact)) return Optional.empty();
        BigDecimal value = BigDecimal.valueOf(exact), rounded = r.apply(value);
        // a value the rounding leaves as it is (20 to 3 significant figures) needs no step, nor 20.0 for 20
        if (rounded.compareTo(value) == 0) return Optional.empty();
        String answer = rounded.toPlainString() + m.group(2);
        if (answer.equals(w.answer())) return Optional.empty();
        List<Step> steps = new ArrayList<>(w.steps());
        steps.add(new Step(Message.of("step.roundedAsAsked"), w.unknown() + " ≈ " + answer, "round-as-asked"));
        Map<String, String> params = new LinkedHashMap<>(w.params());
        params.put(PARAM, r.places() + "," + r.figures() + "," + r.step());
        return Optional.of(new Worked(w.family(), w.statement(), w.task(), w.start(), w.givens(), steps, answer,
                w.answerKind(), w.skills(), params, w.wording(), w.checkValue()));
    }

    /** The rounding a problem's parameters keep; empty where they keep none. */
    static Optional<AskedRounding> kept(Map<String, String> params) {
        String kept = params.get(PARAM);
        if (kept == null || !kept.matches("-?\\d+,\\d+,\\d+")) return Optional.empty();
        String[] p = kept.split(",");
        return Optional.of(new AskedRounding(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
    }
}
