package app.stepwise.math;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Worksheet numbering written before the maths: "Q3", "7.", "(a)", "b)", "3)", "(ii)". It is never maths, whether a problem
 * (the reader) or an answer and its working (the grader) starts with it: fix15 found "(a) 7k + 2" read as 7ak + 2, grade16
 * "(a)\nx = 4" in the answer box read as (a)·x = 4. One rule for both, here.
 */
public final class ItemLabels {
    private ItemLabels() {}

    private static final String HEAD = "(?:[Qq]\\d+[.):]?|\\d{1,2}[.)]|\\(?[a-hA-H]\\)|\\(?[ivx]{1,4}\\))";

    /**
     * A label, then space, then no operator: "(a) + (a) + 3a" is maths. A minus against what follows it is the sign of the
     * item's first term, a number or a letter ("(iii) -8 + 15 − 4 =" was verified as i³ + 3: read16; "Simplify (a) -a + 3a"
     * as a − a + 3a = 3a, "(b) -x + 4x − 3" as b + 3x − 3: rev17); a minus with space after it is an operation.
     */
    public static final String LABEL = HEAD + "\\s+(?![+×÷*/=^·<>≤≥]|[-−](?!\\S))";

    private static final Pattern AT_LINE_START = Pattern.compile("(?m)^([ \\t]*)" + LABEL);
    private static final Pattern ALONE = Pattern.compile("\\s*" + HEAD + "\\s*");

    /** The text with a label at the start of any line dropped (the spaces before it kept). */
    public static String dropped(String text) {
        return AT_LINE_START.matcher(text).replaceAll("$1");
    }

    /**
     * The text with a label at the start of any line dropped, as {@link #dropped}, except a bracketed letter before a
     * bracket that has that letter in it: in a student's answer or working "(x) (x + 5)" is x(x + 5), a factor, not item
     * (x) (rev17: the right factorisation was marked wrong). A problem's text keeps {@link #dropped}: there "(a) (x + 2)²"
     * is item (a).
     */
    public static String droppedFromWork(String text) {
        return AT_LINE_START.matcher(text).replaceAll(m -> {
            Matcher letter = BRACKETED_LETTER.matcher(m.group().strip());
            int lineEnd = text.indexOf('\n', m.end());
            String rest = text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd);
            boolean factor = letter.matches() && rest.startsWith("(") && rest.contains(letter.group(1));
            return Matcher.quoteReplacement(factor ? m.group() : m.group(1));
        });
    }

    private static final Pattern BRACKETED_LETTER = Pattern.compile("\\((\\p{L})\\)");

    /**
     * Whether a bracketed letter that may be a label stands before an operation, the letter nowhere else on its line
     * ("Simplify (a) - (x + 2) + 3x"): item (a) with a minus sign, or the letter a in brackets, which nobody writes. A
     * reader does not guess (rev17: it verified a + 2x − 2). "(a) + (a) + 3a" names a again, and "(x)" is the letter x.
     */
    public static boolean labelOrLetter(String text) {
        Matcher m = BRACKET_BEFORE_OPERATION.matcher(text);
        while (m.find()) {
            int lineEnd = text.indexOf('\n', m.end());
            if (!text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd).contains(m.group(1))) return true;
        }
        return false;
    }

    private static final Pattern BRACKET_BEFORE_OPERATION = Pattern
            .compile("(?<![\\p{L}\\p{N})^_])\\(([a-hA-H]|[iv]{1,4})\\)[ \\t]+[-−+×÷*/^·]");

    /** Whether the text is a label and nothing else ("(a)" on its own line). */
    public static boolean isLabel(String text) {
        return ALONE.matcher(text).matches();
    }
}
