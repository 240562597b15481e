package app.stepwise.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A typed-in problem's solution with its numbers written as a teacher writes them (typed21): no trailing zeros after the
 * decimal point, so a whole value reads 60 km/h, not 60.0 km/h, and 2.50 m/s² reads 2.5 m/s². The solvers write 3
 * significant figures (a claim about precision their generated problems and the training corpus keep); a student who
 * typed "120 km in 2 hours" expects the answer as a teacher writes it. Values are not changed, only how they read.
 */
final class TeacherNumbers {
    private TeacherNumbers() {}

    /** A decimal number with zeros at its end: 60.0, 2.50, 0.500 (not part of a longer number or a name). */
    private static final Pattern TRAILING = Pattern.compile("(?<![\\w.])(\\d+)\\.(\\d*?)0+(?![\\d.])");

    /** The text with each decimal number's trailing zeros dropped (60.0 → 60, 2.50 → 2.5). */
    static String written(String math) {
        return TRAILING.matcher(math).replaceAll(m -> m.group(2).isEmpty() ? m.group(1) : m.group(1) + "." + m.group(2));
    }

    /** The solution with its steps and answer written so; the solution as it was where that would not verify. */
    static Worked of(Worked w) {
        List<Step> steps = new ArrayList<>(w.steps().size());
        for (Step s : w.steps()) steps.add(new Step(s.said(), written(s.math()), s.operation()));
        String answer = written(w.answer());
        if (steps.equals(w.steps()) && answer.equals(w.answer())) return w;
        Worked out = new Worked(w.family(), w.statement(), w.task(), w.start(), w.givens(), steps, answer, w.answerKind(),
                w.skills(), w.params(), w.wording(), w.checkValue());
        return Verifier.check(out).isEmpty() ? out : w;
    }
}
