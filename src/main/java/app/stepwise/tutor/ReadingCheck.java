package app.stepwise.tutor;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reading accounts for the whole problem, whoever made it (the deterministic reader or the model): every
 * number the text states is used by the reading, every number the reading uses is in the text, and every letter of
 * its math stands in the text as math. A solver verifies its solution of the problem <em>as read</em>; this check is
 * what stops a reading of a different problem (half of a mixed number, one equation of a system, a student's own
 * answer taken as part of the question, a given left out) from being marked verified.
 */
final class ReadingCheck {
    private ReadingCheck() {}

    /** Numbers in a text that are not part of the problem: labels, marks, rounding instructions, ordinals. */
    private static final List<Pattern> NOT_THE_PROBLEM = List.of(
            Pattern.compile(
                    "(?i)(?:(?:correct\\s+)?to\\s+)?(?:an?\\s+)?\\b\\d+\\s*(?:decimal\\s+places?|d\\.\\s?p\\.|d\\.p\\b|dp\\b"
                            + "|significant\\s+figures?|sig\\.?\\s*figs?|s\\.\\s?f\\.|s\\.f\\b|sf\\b)"),
            Pattern.compile("(?i)[\\[(]\\s*\\d+\\s*marks?\\s*[\\])]|\\b\\d+\\s+marks?\\b"),
            Pattern.compile("(?i)\\b(?:question|exercise|ex|problem|page|chapter|section|lesson|unit|week|year|grade|part"
                    + "|set|worksheet|task|level)\\s*\\.?\\s*\\d+(?:\\.\\d+)*[a-z]?\\b"),
            Pattern.compile("(?<![\\w.])[Qq]\\d+[a-z]?\\b"), Pattern.compile("\\b\\d+(?:st|nd|rd|th)\\b"),
            // a method suggested alongside the problem: "multiply every term by 12 and hence solve …"
            Pattern.compile("(?i)\\bmultiply(?:ing)?\\s+(?:through|every\\s+term|each\\s+term|all\\s+the\\s+terms|both\\s+sides)"
                    + "\\s+by\\s+\\d+\\b"),
            Pattern.compile("(?m)^\\s*(?:\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-hA-H]\\)|\\(?[ivx]{1,4}\\))\\s+"));

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_.\\d])\\d+(?:\\.\\d+)?");
    /** In physics a number after {@code ^} is a unit's power (m/s^2) or a power of ten, part of the quantity. */
    private static final Pattern QUANTITY_NUMBER = Pattern.compile("(?<![A-Za-z_.\\d^])\\d+(?:\\.\\d+)?");

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Superscript digits written as powers, so that x² and x^2 state the same numbers. */
    static String powers(String s) {
        StringBuilder out = new StringBuilder();
        boolean inPower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = SUPERSCRIPTS.indexOf(c);
            if (c == '⁻' && i + 1 < s.length() && SUPERSCRIPTS.indexOf(s.charAt(i + 1)) >= 0) {
                out.append(inPower ? "-" : "^-"); // t⁻² is t^-2
                inPower = true;
            } else if (d >= 0) {
                if (!inPower) out.append('^');
                out.append((char) ('0' + d));
                inPower = true;
            } else {
                out.append(c);
                inPower = false;
            }
        }
        return out.toString();
    }

    /** The problem's own numbers in a (normalised) text, labels and instructions left out. */
    static Set<String> textNumbers(String text, boolean physics) {
        String t = powers(text);
        for (Pattern p : NOT_THE_PROBLEM) t = p.matcher(t).replaceAll(" ");
        return numbers(t, physics ? QUANTITY_NUMBER : NUMBER);
    }

    /** The numbers in a line of math. */
    static Set<String> mathNumbers(String math) {
        return numbers(powers(math), NUMBER);
    }

    private static Set<String> numbers(String s, Pattern p) {
        Set<String> out = new HashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(canonical(m.group()));
        return out;
    }

    private static String canonical(String number) {
        return new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    /**
     * A math reading accounts for the text: each number of the text is in the start, each number of the start is in the
     * text (apart from {@code allowed}, such as the 100 of a percentage or the 0 of "the roots of"), and each letter of
     * the start stands in the text outside a word.
     */
    static boolean mathCovers(String text, String start, Set<String> allowed) {
        Set<String> inText = textNumbers(text, false), inStart = mathNumbers(start);
        for (String n : inText) if (!inStart.contains(n)) return false;
        for (String n : inStart)
            if (!inText.contains(n) && !allowed.contains(n) && !numbers(powers(text), NUMBER).contains(n))
                return false;
        for (String v : ProblemReader.variables(start)) if (!standsAsMath(text, v)) return false;
        return true;
    }

    /** A letter of the math occurs in the text as math: in one of the text's stretches of math (TextMath.runs). */
    static boolean standsAsMath(String text, String variable) {
        String v = variable.replace("_", "");
        for (TextMath.Run run : TextMath.runs(text))
            for (String w : run.text().split("\\s+")) if (w.replace("_", "").contains(v)) return true;
        return false;
    }

    /**
     * A physics reading accounts for the text: each number of the text is one of its givens or stands in its working
     * (g = 9.8 where the formula takes g).
     */
    static boolean physicsCovers(String text, Worked w) {
        Set<String> used = new HashSet<>();
        for (Given g : w.givens()) used.addAll(numbers(powers(g.value()), QUANTITY_NUMBER));
        for (String p : w.params().values()) used.addAll(numbers(powers(p), QUANTITY_NUMBER));
        for (Step s : w.steps()) used.addAll(numbers(powers(s.math()), QUANTITY_NUMBER));
        for (String n : textNumbers(text, true)) {
            if (used.contains(n)) continue;
            if (n.equals("9.81") && used.contains("9.8")) continue; // read as the g of the formula
            return false;
        }
        return true;
    }
}
