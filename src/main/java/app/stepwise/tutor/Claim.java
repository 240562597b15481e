package app.stepwise.tutor;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim to check, as teachers set it: "Priya says the solution of 3x + 4 = 19 is x = 6. Is she right?", "Kofi worked
 * out 7 + 3 × 4 and got 40. Is he right?". The problem is the equation solved or the number worked out; the answer is
 * the true one (the answer model has no yes or no), and one more step says whether the claim agrees with it, judged by
 * the answer checker (read22: such texts were refused). Read only where the claim is one sentence whose math is one
 * equation with the claimed value of its letter, or one calculation with the claimed number, and the rest of the text
 * asks whether it is right and holds no other number or math (a further question would be another problem).
 */
final class Claim {
    private Claim() {}

    /** The problem to read in the claim's stead ("Solve 3x + 4 = 19."), and what was claimed ("x = 6"). */
    record Found(String problem, String claimed, Task task) {}

    /** "Priya says", "Tom claims that", "Kofi worked out": someone's claim starts its sentence's math. */
    private static final Pattern CLAIM = Pattern.compile("(?i)\\b(?:says|said|claims|claimed|thinks|thought|reckons|believes"
            + "|wrote|writes|worked\\s+out|works\\s+out|calculated|calculates)\\b\\s+(?:that\\s+)?((?:[^.?!\\n]|\\.(?=\\d))+)[.?!]?");
    /** The text asks whether the claim is right. */
    private static final Pattern RIGHT_ASKED = Pattern.compile("(?i)\\b(?:is|was|are)\\s+(?:she|he|they|it|this|that|[A-Z][a-z]+)"
            + "\\s+(?:right|correct)\\b|\\bcheck\\s+(?:whether|if)\\b|\\bsee\\s+(?:whether|if)\\b|\\bdo\\s+you\\s+agree\\b"
            + "|\\bexplain\\s+whether\\b");
    /** Words after the claim that ask for more than its check. */
    private static final Pattern MORE_ASKED = Pattern.compile("(?i)\\b(?:then|hence|also|next|after|as\\s+well|find|calculate"
            + "|round|nearest|decimal|significant|positive|negative|only|whole)\\b");
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?(?:\\s*/\\s*\\d+)?";
    /** A claimed value of a letter: "x = 6", "y = -2" (the letter after a word or a comma, not inside an equation). */
    private static final Pattern CLAIMED_VALUE = Pattern.compile("(?<=(?:[A-Za-z,]\\s)|^)([a-z])\\s*=\\s*(" + NUMBER
            + ")(?=\\s*$|\\s*,|\\s+(?:and|or|solves|satisfies|is|are|gives|makes|as)\\b)");
    /** "… and got 40", "gets 12": the result claimed for a calculation. */
    private static final Pattern GOT = Pattern
            .compile("(?i)\\s*(?:,\\s*)?(?:and\\s+)?(?:got|gets|getting|ended\\s+up\\s+with)\\s+("
                    + NUMBER + ")\\s*$");
    /** A calculation with its claimed result: "6 − 2 × 3 = 12" (no letter on either side). */
    private static final Pattern EQUALS_NUMBER = Pattern.compile("^(.*?)\\s*=\\s*(" + NUMBER + ")$");

    /**
     * Whether the text asks if someone's claim is right ("Zainab says that … gives a pressure of 200000 Pa. Is she
     * right?"), whatever the claim is. A physics reading of such a text takes the claimed value for a given and works out
     * another quantity (voices25b: 500 N verified for the pressure asked), so none is offered.
     */
    static boolean asked(String text) {
        return CLAIM.matcher(text).find() && RIGHT_ASKED.matcher(text).find();
    }

    /** The claim in the text and the problem it asks checked; empty where the text is no such claim. */
    static Optional<Found> in(String text) {
        Matcher m = CLAIM.matcher(text);
        if (!m.find()) return Optional.empty();
        String rest = text.substring(0, m.start()) + " " + text.substring(m.end());
        // (− as -, x² as x^2: a stretch of math is not cut at a sign the run finder does not know)
        String said = TextMath.normalise(m.group(1)).strip();
        if (m.find()) return Optional.empty(); // two claims
        // the rest asks whether it is right, and holds no number, no math and no further question
        if (!RIGHT_ASKED.matcher(rest).find() || rest.matches("(?s).*[\\d=+×÷*/^<>≤≥].*") || MORE_ASKED.matcher(rest).find())
            return Optional.empty();
        Matcher got = GOT.matcher(said);
        if (got.find()) return calculation(said.substring(0, got.start()), got.group(1));
        List<String> values = new ArrayList<>();
        Set<String> letters = new LinkedHashSet<>();
        StringBuilder without = new StringBuilder();
        Matcher v = CLAIMED_VALUE.matcher(said);
        int at = 0;
        while (v.find()) {
            values.add(v.group(1) + " = " + v.group(2).replace(" ", ""));
            letters.add(v.group(1));
            without.append(said, at, v.start()).append(" ; ");
            at = v.end();
        }
        without.append(said.substring(at));
        if (values.isEmpty()) {
            Matcher e = EQUALS_NUMBER.matcher(said);
            if (!e.matches()) return Optional.empty();
            List<TextMath.Run> runs = TextMath.runs(e.group(1));
            if (runs.isEmpty()) return Optional.empty();
            return calculation(runs.get(runs.size() - 1).text(), e.group(2));
        }
        if (letters.size() != 1) return Optional.empty(); // a pair's values: not read here
        // "Sam says x = 3 solves 5x − 7 = 8": a value checked in an equation is the out-of-scope corpus's near miss
        // (solve/OutOfScope "check-a-solution": the model learns to refuse it), so it stays refused here too
        if (CLAIMED_VALUE.matcher(said).lookingAt())
            return Optional.empty();
        // the one equation the claimed value is of
        List<String> equations = new ArrayList<>();
        for (TextMath.Run r : TextMath.runs(without.toString().replace(";", ".")))
            TextMath.parseable(r.text()).filter(TextMath::isEquation).filter(q -> q.contains(letters.iterator().next()))
                    .ifPresent(equations::add);
        // the equation is all the math the claim says besides the claimed value: every number of it is the equation's
        if (equations.size() != 1 || !numbers(without.toString()).equals(numbers(equations.get(0)))) return Optional.empty();
        return Optional.of(new Found("Solve " + equations.get(0) + ".", String.join(" or ", values), Task.SOLVE));
    }

    /** A calculation and the number claimed for it: no letter, one stretch of math. */
    private static Optional<Found> calculation(String math, String claimed) {
        List<TextMath.Run> runs = TextMath.runs(math);
        if (runs.size() != 1) return Optional.empty();
        String calc = runs.get(0).text();
        if (!numbers(math).equals(numbers(calc))) return Optional.empty(); // no number of the claim left out
        if (calc.matches(".*[A-Za-z=].*") || !calc.matches(".*\\d.*[-+×÷*/^−].*\\d.*")) return Optional.empty();
        return Optional.of(new Found("Work out " + calc + ".", claimed.replace(" ", ""), Task.EVALUATE));
    }

    private static final Pattern A_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** The numbers written in the text, in order. */
    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        for (Matcher n = A_NUMBER.matcher(text); n.find();) out.add(n.group());
        return out;
    }

    /**
     * The reading of the problem with one more step: whether the claim agrees with its verified answer. Empty where the
     * reading is of another kind of problem than the claim's.
     */
    static Optional<ProblemReader.Reading> checked(ProblemReader.Reading r, Found claim) {
        Worked w = r.worked();
        if (w.task() != claim.task()) return Optional.empty();
        AnswerSpec truth = claim.task() == Task.SOLVE
                ? new AnswerSpec.SolutionSet(w.answer())
                : new AnswerSpec.Numeric(w.answer(), AnswerSpec.Tolerance.EXACT, Optional.empty());
        boolean right;
        try {
            right = AnswerChecker.check(truth, claim.claimed()).correct();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>(w.steps());
        steps.add(new Step(Message.of(right ? "step.claimRight" : "step.claimWrong", claim.claimed(), w.answer()),
                w.answer(), "check-claim"));
        Worked checked = new Worked(w.family(), w.statement(), w.task(), w.start(), w.givens(), steps, w.answer(),
                w.answerKind(), w.skills(), w.params(), w.wording(), w.checkValue());
        return Optional.of(new ProblemReader.Reading(checked, r.request(), r.source(), r.said()));
    }
}
