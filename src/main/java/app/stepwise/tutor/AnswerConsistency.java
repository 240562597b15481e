package app.stepwise.tutor;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.Equivalence;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;

/**
 * Whether a final answer line says what the last step of the working says: "x = 5" after "x = 15/3 = 5", "12 m/s"
 * after "v = 36/3 = 12 m/s", "2x + 3" after "2x + 3". Compared by the math engine, not as text.
 */
final class AnswerConsistency {
    private AnswerConsistency() {}

    /** The result of a working line: what follows its last '=' with the letter kept when the line solves for one. */
    static String resultOf(String line) {
        String t = line.strip();
        // a pair of roots is its own result: "x = -1 or x = -5", "x = 3, x = -3" (review12: the comma pair's result was
        // "x = -3", and "x = ±3" after it did not agree)
        if (t.contains(" or ") || COMMA_PAIR.matcher(t).matches()) return t;
        int eq = t.lastIndexOf('=');
        if (eq < 0) return t;
        String value = t.substring(eq + 1).strip();
        int first = t.indexOf('=');
        String lhs = t.substring(0, first).strip();
        return lhs.matches("[A-Za-zα-ωΑ-Ω](_?[A-Za-z0-9]+)?") && !value.isEmpty() ? lhs + " = " + value : value;
    }

    static boolean agrees(String answer, String lastLine) {
        String result = resultOf(lastLine);
        if (normal(answer).equals(normal(result))) return true;
        // a pair of roots: "m = 1 + √5 or m = 1 - √5" says what "m = 1 ± √5" says
        if (isPair(answer) || isPair(result)) {
            try {
                return AnswerChecker.check(new AnswerSpec.SolutionSet(result), answer).correct();
            } catch (RuntimeException e) {
                return false;
            }
        }
        String a = valuePart(answer), r = valuePart(result);
        if (normal(a).equals(normal(r))) return true;
        try {
            double x = Quantity.parse(a).si(), y = Quantity.parse(r).si();
            if (Math.abs(x - y) <= 1e-3 * Math.max(1e-12, Math.max(Math.abs(x), Math.abs(y)))) return true;
        } catch (MathSyntaxException | RuntimeException e) {
            // not quantities: compare as math below
        }
        try {
            return Equivalence.of(Parser.parseExpression(a), Parser.parseExpression(r)).equivalent();
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** Two roots of one letter written with a comma: "x = 3, x = -3" (not a system's "x = 3, y = 2"). */
    private static final java.util.regex.Pattern COMMA_PAIR = java.util.regex.Pattern
            .compile("\\s*([A-Za-z])\\s*=\\s*[^,=]+,\\s*\\1\\s*=\\s*[^,=]+");

    private static boolean isPair(String s) {
        return s.contains("±") || s.contains("+-") || s.contains(" or ") || COMMA_PAIR.matcher(s).matches();
    }

    private static String valuePart(String s) {
        int eq = s.lastIndexOf('=');
        return eq < 0 ? s.strip() : s.substring(eq + 1).strip();
    }

    private static String normal(String s) {
        return s.replace(" ", "").replace("−", "-");
    }
}
