package app.stepwise.tutor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Think of a number" told as a sequence of operations ("Priya thinks of a number, multiplies it by 6 and subtracts 11.
 * The result is 40.") written as one linear equation, 6n − 11 = 40. Only additions, subtractions, multiplications and
 * divisions by a number, doubling, tripling and halving; any other clause between the number and the result, and the
 * text is not read this way.
 */
final class NumberPuzzle {
    private NumberPuzzle() {}

    /** The equation, its letter, and the numbers the words stand for (double: 2), which the text does not state. */
    record Equation(String equation, String letter, Set<String> wordNumbers) {}

    private static final Pattern START = Pattern.compile(
            "(?i)\\bthinks?\\s+of\\s+a\\s+(?:whole\\s+)?number\\b|\\bthought\\s+of\\s+a\\s+number\\b|\\bpicks?\\s+a\\s+number\\b|\\bchooses?\\s+a\\s+number\\b");
    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern RESULT = Pattern.compile(
            "(?i)(?:\\b(?:the\\s+)?(?:result|answer|total)\\s+is|\\b(?:i|she|he|they|we|you)\\s+(?:gets?|got|end\\s+up\\s+with|ends\\s+up\\s+with)|\\bgives|\\bequals|=)\\s*"
                    + N + "(?!\\d|\\.\\d)");
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\bcall\\s+(?:the|this|that|it|your)?\\s*(?:number\\s+)?([a-z])\\b|\\bthe\\s+number\\s+be\\s+([a-z])\\b");
    private static final String IT = "(?:\\s+(?:it|this|that|the\\s+(?:number|result|answer)))?";

    /** The puzzle as an equation, when the whole of it is operations this reader knows. */
    static Optional<Equation> read(String text) {
        Matcher start = START.matcher(text);
        if (!start.find()) return Optional.empty();
        Matcher result = RESULT.matcher(text);
        if (!result.find(start.end())) return Optional.empty();
        String letter = "x";
        Matcher call = CALL.matcher(text);
        if (call.find()) letter = call.group(1) != null ? call.group(1) : call.group(2);
        String e = letter;
        Set<String> words = new HashSet<>();
        String between = text.substring(start.end(), result.start());
        for (String clause : between.split("(?i),|;|\\.(?!\\d)|\\band\\s+then\\b|\\bthen\\b|\\band\\b")) {
            String c = clause.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:i|she|he|they|we|you)\\s+", "");
            if (c.isEmpty()) continue;
            Matcher m;
            if ((m = Pattern.compile("^multipl(?:y|ies|ied)" + IT + "\\s+by\\s+" + N + "$").matcher(c)).matches())
                e = times(m.group(1), e);
            else if ((m = Pattern.compile("^divides?" + IT + "\\s+by\\s+" + N + "$|^divided" + IT + "\\s+by\\s+" + N + "$")
                    .matcher(c))
                    .matches())
                e = over(e, m.group(1) != null ? m.group(1) : m.group(2));
            else if ((m = Pattern.compile("^add(?:s|ed)?\\s+" + N + "(?:\\s+to" + IT + ")?$").matcher(c)).matches())
                e = e + " + " + m.group(1);
            else if ((m = Pattern.compile("^(?:subtract(?:s|ed)?|takes?\\s+away)\\s+" + N + "(?:\\s+from" + IT + ")?$|^takes?\\s+"
                    + N + "\\s+away$").matcher(c)).matches())
                e = e + " - " + (m.group(1) != null ? m.group(1) : m.group(2));
            else if (c.matches("^doubles?" + IT + "$|^doubled" + IT + "$")) {
                e = times("2", e);
                words.add("2");
            } else if (c.matches("^triples?" + IT + "$")) {
                e = times("3", e);
                words.add("3");
            } else if (c.matches("^halves" + IT + "$|^halve" + IT + "$")) {
                e = over(e, "2");
                words.add("2");
            } else
                return Optional.empty(); // a clause this reader does not know: not a guess
        }
        if (e.equals(letter)) return Optional.empty();
        return Optional.of(new Equation(e + " = " + result.group(1), letter, words));
    }

    private static String times(String n, String e) {
        return e.matches("[a-z]") ? n + e : n + "(" + e + ")";
    }

    private static String over(String e, String n) {
        return e.matches("[a-z]") ? e + "/" + n : "(" + e + ")/" + n;
    }
}
