package app.stepwise.tutor;

import app.stepwise.math.Equations;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.math.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * The equation, its letter, and the numbers the words stand for (double: 2), which the text does not state;
     * {@code agrees} is false where the text also writes an equation that names another letter or says another thing.
     */
    record Equation(String equation, String letter, Set<String> wordNumbers, boolean agrees) {}

    private static final Pattern START = Pattern.compile(
            "(?i)\\b(?:thinks?|thinking)\\s+of\\s+a\\s+(?:whole\\s+)?number\\b|\\bthought\\s+of\\s+a\\s+number\\b|\\bpicks?\\s+a\\s+number\\b|\\bchooses?\\s+a\\s+number\\b"
                    // the puzzle told in the passive: "A number is doubled and then 5 is added. The result is 17."
                    + "|\\b(?:a|some)\\s+(?:certain\\s+)?number\\s+is\\s+(?=(?:doubled|tripled|trebled|halved|multiplied|divided"
                    + "|increased|decreased|reduced)\\b)");
    private static final String N = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern RESULT = Pattern.compile(
            "(?i)(?:\\b(?:the\\s+)?(?:result|answer|total)\\s+is|\\bto\\s+get|\\b(?:(?:i|she|he|they|we|you)\\s+|and\\s+)(?:gets?|got|end\\s+up\\s+with|ends\\s+up\\s+with|ended\\s+up\\s+with)|\\bgiv(?:es|ing)|\\bequals|=)\\s*"
                    + N + "(?!\\d|\\.\\d)");
    private static final Pattern CALL = Pattern.compile(
            "(?i)\\bcall\\s+(?:the|this|that|it|your)?\\s*(?:number\\s+)?([a-z])\\b|\\bthe\\s+number\\s+be\\s+([a-z])\\b");
    private static final String IT = "(?:\\s+(?:it|this|that|the\\s+(?:number|result|answer)))?";

    /** "Eight more than " just before "a number is tripled" (its number in digits by then). */
    private static final Pattern MORE_THAN_BEFORE = Pattern
            .compile("(?i)(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s+(more|less|fewer)\\s+than\\s+$");
    /** Anything else said just before "a number is …" that makes it part of a bigger expression. */
    private static final Pattern WORDS_BEFORE = Pattern
            .compile("(?i)\\b(?:than|of|to|from|and|by|plus|minus|times)\\s+$");

    private static final String K = "(\\d+(?:\\.\\d+)?)(?![\\d./])";
    private static final String A_NUMBER = "(?:a|some)\\s+(?:certain\\s+)?number";
    /**
     * An operation on "a number" that opens the story, with a second operation after it ("Take 15 away from a number,
     * then halve it"; "subtract 4 from a number and double it"): the same puzzle, told without "think of".
     */
    private static final Pattern OPENING = Pattern.compile("(?i)\\b(?:(?:subtract|take)\\s+" + K + "\\s+(?:away\\s+)?from"
            + "|take\\s+away\\s+" + K + "\\s+from|(add)\\s+" + K + "\\s+to)\\s+" + A_NUMBER + "\\b"
            + "(?=\\s*(?:,|\\band\\b|\\bthen\\b)\\s*(?:and\\s+)?(?:then\\s+)?(?:add|subtract|take|multiply|divide|double"
            + "|halve|triple|treble)\\b)");

    /** "Take 15 away from a number, then halve it" told as "think of a number, take away 15, then halve it". */
    static String opening(String text) {
        return OPENING.matcher(text).replaceFirst(m -> m.group(3) != null
                ? "think of a number, add " + m.group(4)
                : "think of a number, subtract " + (m.group(1) != null ? m.group(1) : m.group(2)));
    }

    /** The puzzle as an equation, when the whole of it is operations this reader knows. */
    static Optional<Equation> read(String typed) {
        // "think of a number, add three": its numbers in words are numbers, which the text states without digits (reader24)
        Set<String> words = new HashSet<>(WordNumbers.said(typed, true));
        typed = WordNumbers.digits(typed, true);
        String text = START.matcher(typed).find() ? typed : opening(typed);
        Matcher start = START.matcher(text);
        if (!start.find()) return Optional.empty();
        String e = null;
        if (start.group().toLowerCase(Locale.ROOT).contains(" is")) {
            // "Eight more than a number is tripled": the sum is tripled (reader24: read as 3x = 45); anything else said of
            // the number before it ("the sum of … and a number is doubled") is not read
            String before = text.substring(0, start.start());
            Matcher more = MORE_THAN_BEFORE.matcher(before);
            if (more.find()) e = "x " + (more.group(2).equalsIgnoreCase("more") ? "+ " : "- ") + more.group(1);
            else if (WORDS_BEFORE.matcher(before).find()) return Optional.empty();
        }
        Matcher result = RESULT.matcher(text);
        if (!result.find(start.end())) return Optional.empty();
        String letter = "x";
        Matcher call = CALL.matcher(text);
        boolean named = call.find();
        if (named) letter = call.group(1) != null ? call.group(1) : call.group(2);
        // an equation written after the story ("Write an equation and solve it: 2n + 5 = 19") names the letter
        // (fix15: x = 7 was verified for it); one that names another letter than the text's, or says another thing, is refused
        List<String> written = writtenEquations(text.substring(result.end()));
        boolean agrees = written.size() <= 1;
        Optional<Statement> writtenEquation = Optional.empty();
        if (written.size() == 1) {
            try {
                writtenEquation = Optional.of(Parser.parse(written.get(0)));
                Set<String> letters = Exprs.variables(writtenEquation.get());
                agrees = letters.size() == 1 && (!named || letters.contains(letter));
                if (agrees) letter = letters.iterator().next();
            } catch (MathSyntaxException | RuntimeException unreadable) {
                agrees = false;
            }
        }
        e = e == null ? letter : e.replace("x", letter);
        String between = text.substring(start.end(), result.start());
        // "times it by 3 take away 4": a student's story with no commas is split before each operation's word
        for (String clause : between
                .split("(?i),|;|\\.(?!\\d)|\\band\\s+then\\b|\\bthen\\b|\\band\\b|(?<=\\d)\\s+(?=(?:add|subtract"
                        + "|take|times|multiply|divide|double|halve|triple|treble)\\b)")) {
            String c = clause.strip().toLowerCase(Locale.ROOT).replaceFirst("^(?:i|she|he|they|we|you)\\s+", "")
                    .replaceFirst("^(?:it|this|that|the\\s+number)\\s+is\\s+", ""); // "then it is divided by 4"
            if (c.isEmpty()) continue;
            Matcher m;
            if ((m = Pattern.compile("^(?:multipl(?:y|ies|ied)|times)" + IT + "\\s+by\\s+" + N + "$").matcher(c)).matches())
                e = times(m.group(1), e);
            else if ((m = Pattern.compile("^divides?" + IT + "\\s+by\\s+" + N + "$|^divided" + IT + "\\s+by\\s+" + N + "$")
                    .matcher(c))
                    .matches())
                e = over(e, m.group(1) != null ? m.group(1) : m.group(2));
            else if ((m = Pattern.compile("^add(?:s|ed)?\\s+" + N + "(?:\\s+to" + IT + ")?$|^" + N
                    + "\\s+is\\s+added(?:\\s+to" + IT + ")?$|^increased\\s+by\\s+" + N + "$").matcher(c)).matches())
                e = e + " + " + first(m);
            else if ((m = Pattern.compile("^(?:subtract(?:s|ed)?|takes?\\s+away)\\s+" + N + "(?:\\s+from" + IT + ")?$|^takes?\\s+"
                    + N + "\\s+away$|^" + N + "\\s+is\\s+(?:subtracted|taken\\s+away)(?:\\s+from" + IT
                    + ")?$|^(?:decreased|reduced)\\s+by\\s+" + N + "$").matcher(c)).matches())
                e = e + " - " + first(m);
            else if (c.matches("^doubles?" + IT + "$|^doubled" + IT + "$")) {
                e = times("2", e);
                words.add("2");
            } else if (c.matches("^(?:triples?|tripled|trebled?|trebles)" + IT + "$")) {
                e = times("3", e);
                words.add("3");
            } else if (c.matches("^halves" + IT + "$|^halved?" + IT + "$")) {
                e = over(e, "2");
                words.add("2");
            } else
                return Optional.empty(); // a clause this reader does not know: not a guess
        }
        if (e.equals(letter) || between.isBlank()) return Optional.empty();
        String equation = e + " = " + result.group(1);
        if (agrees && writtenEquation.isPresent()) agrees = said(writtenEquation.get(), equation);
        // "… The result is 6. What is double the number?" asks another number than the one the equation finds (read17:
        // x = 10 was verified)
        if (ProblemReader.ASKS_FOR_ANOTHER_NUMBER.matcher(text.substring(result.end())).find()) agrees = false;
        return Optional.of(new Equation(equation, letter, words, agrees));
    }

    /** The stretches of math after the story that are equations in a letter. */
    private static List<String> writtenEquations(String rest) {
        List<String> out = new ArrayList<>();
        for (TextMath.Run r : TextMath.runs(rest))
            if (r.text().contains("=") && r.text().matches("(?s).*(?<![A-Za-z])[A-Za-z](?![A-Za-z]).*")) out.add(r.text());
        return out;
    }

    /** Whether the written equation says what the story says (2n + 5 = 19 for "double it and add 5 and get 19"). */
    private static boolean said(Statement written, String story) {
        try {
            return written instanceof Statement.Equation w && Parser.parse(story) instanceof Statement.Equation s
                    && Equations.sameSolutions(w, s).outcome() == Verdict.Outcome.EQUIVALENT;
        } catch (MathSyntaxException | RuntimeException unreadable) {
            return false;
        }
    }

    /** The number of whichever alternative matched. */
    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g);
        throw new IllegalStateException("no number matched");
    }

    private static String times(String n, String e) {
        return e.matches("[a-z]") ? n + e : n + "(" + e + ")";
    }

    private static String over(String e, String n) {
        return e.matches("[a-z]") ? e + "/" + n : "(" + e + ")/" + n;
    }
}
