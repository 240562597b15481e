package app.stepwise.solve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Exam furniture around a problem: a question's label ("Question 5", "Q3b)", "Exercise 4."), its marks ("(3 marks)", "[2]",
 * "[Total 4 marks]"), a rounding instruction ("to 2 decimal places", "3 s.f.") and "Show your working". None of it is the
 * problem. The patterns live here only (furn19: three readers had grown three spellings of them). Each reader keeps the
 * variant it was measured with; the differences are deliberate:
 * <ul>
 * <li>{@link #withoutMarks}, on every text before it is read (phr18): marks said with the word ("(3 marks)", "[Total 5
 * marks]"), or a bare "[2]"/"(2)" after the last sentence. Nothing else: the text as typed is read with it, so "Work out
 * 4 × (3) + 1" keeps its (3) and labels are left to the readers.</li>
 * <li>{@link #withoutMathFurniture}, a math text that was not read as typed (read18m): wider marks ("[Total: 4 marks]",
 * "Total for question 3 is 4 marks", "(3marks)", "[2]" anywhere, "(2)" ending any line after a full stop), but never a
 * LaTeX root's index ({@code \sqrt[3]}, √[3]); a label only at the start of a line and only before words or the line's
 * end ("Question 5\nSolve …", "Q2b) Expand …"), never "Q2 = 5".</li>
 * <li>{@link #withoutPhysicsFurniture}, a physics text (read18p): any whole number in round brackets ("(2)"), marks and
 * labels anywhere ("part 2" too) unless a unit of time follows the number (then it is a duration), rounding instructions
 * and "Show your working": none of them is a quantity or the question.</li>
 * <li>{@link #withoutNumberedFurniture}, the numbers a reading need not account for (ReadingCheck): the labels of a book
 * too ("page 12", "chapter 3", "Year 9", "exercise 4.2.1"), rounding with its "correct to a", marks in either bracket.
 * Only the numbers that are left matter there, so it may be wide.</li>
 * </ul>
 */
public final class ExamFurniture {
    private ExamFurniture() {}

    /** Marks counted in words, anywhere: "3 marks". */
    private static final String MARKS_IN_WORDS = "\\b\\d+\\s+marks?\\b";
    /** A rounding instruction's number and unit: "2 decimal places", "3 s.f.", "1 dp". */
    private static final String ROUNDING = "\\b\\d+\\s*(?:decimal\\s+places?|d\\.\\s?p\\.|d\\.p\\b|dp\\b|significant\\s+figures?"
            + "|sig\\.?\\s*figs?|s\\.\\s?f\\.|s\\.f\\b|sf\\b)";
    /** "Q3", "q12b", not part of a word or a number ("HQ3", "2.Q1"). */
    private static final String Q_LABEL = "(?<![\\w.])[Qq]\\d+[a-z]?\\b";

    // withoutMarks (phr18)
    /** "(3 marks)", "[1 mark]", "[Total 5 marks]", and a bare "[2]" or "(2)" after the last sentence. */
    private static final Pattern MARKS = Pattern.compile(
            "(?i)[(\\[](?:total\\s+)?\\d{1,2}\\s+marks?[)\\]]|(?<=[.?!])\\s*[(\\[]\\d{1,2}[)\\]]\\s*$");

    // withoutMathFurniture (read18m)
    /** Marks: "(3 marks)", "[2 marks]", "[2]", "[Total: 4 marks]"; not a LaTeX root's index (\sqrt[3]). */
    private static final Pattern MATH_MARKS = Pattern
            .compile("(?i)\\(\\s*(?:total\\s*:?\\s*)?\\d{1,2}\\s*(?:marks?|puntos?)\\s*\\)"
                    + "|(?<![\\w\\\\√^])\\[\\s*(?:total\\s*:?\\s*)?\\d{1,2}(?:\\s*marks?)?\\s*]"
                    + "|\\btotal\\s+(?:for\\s+question\\s+\\d{1,3}\\s+is\\s+)?:?\\s*\\d{1,2}\\s*marks?\\b");
    /** A bare number in brackets ending a line after the sentence ends: "Solve x/5 + 3 = 7. (2)". */
    private static final Pattern MATH_MARKS_AT_LINE_END = Pattern
            .compile("(?m)(?<=[.?!])[ \\t]*\\(\\s*\\d{1,2}\\s*\\)[ \\t]*$");
    /**
     * An exam label at the start of a line: "Question 5", "Q2b)", "Question 3(a):", "Exercise 4.", "Problem 2 -", and in
     * Spanish "Pregunta 2" (read19).
     */
    private static final Pattern MATH_LABEL = Pattern
            .compile("(?im)^([ \\t]*)(?:question|exercise|problem|task|q|pregunta|ejercicio|problema|actividad)[ \\t]*\\.?"
                    + "[ \\t]*\\d{1,3}"
                    + "(?:[a-h]|[ \\t]*\\([a-h]\\)|[ \\t]*\\((?:i{1,3}|iv|vi{0,3})\\))?(?:[ \\t]*[.):]|[ \\t]+-)?(?=[ \\t]*(?:$|[A-Za-z]{2}))");

    // withoutPhysicsFurniture (read18p), in this order
    private static final List<Pattern> PHYSICS = List.of(
            Pattern.compile("(?i)\\(\\s*\\d+\\s*(?:marks?)?\\s*\\)|" + MARKS_IN_WORDS),
            Pattern.compile("(?i)\\b(?:question|exercise|problem|part|task)\\s*\\.?\\s*\\d+[a-z]?\\b"
                    + "(?!\\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?)\\b)"),
            Pattern.compile(Q_LABEL + "\\)?"),
            Pattern.compile("(?i)" + ROUNDING),
            Pattern.compile("(?i)\\bshow\\s+(?:all\\s+)?(?:of\\s+)?(?:your\\s+|the\\s+)?working(?:\\s+out)?\\b"));

    // withoutNumberedFurniture (ReadingCheck), in this order
    private static final List<Pattern> NUMBERED = List.of(
            Pattern.compile("(?i)(?:(?:correct\\s+)?to\\s+)?(?:an?\\s+)?" + ROUNDING),
            Pattern.compile("(?i)[\\[(]\\s*\\d+\\s*marks?\\s*[\\])]|" + MARKS_IN_WORDS),
            Pattern.compile("(?i)\\b(?:question|exercise|ex|problem|page|chapter|section|lesson|unit|week|year|grade|part"
                    + "|set|worksheet|task|level)\\s*\\.?\\s*\\d+(?:\\.\\d+)*[a-z]?\\b"),
            Pattern.compile(Q_LABEL));

    /**
     * The text without an exam's marks (phr18: "(3 marks)" was read as the expression 3akmrs, and "Solve 3x + 5 = 20. [2]"
     * was not read at all), stripped.
     */
    public static String withoutMarks(String text) {
        return MARKS.matcher(text).replaceAll(" ").strip();
    }

    /** A math text without its marks and the labels that start its lines; not stripped, the text itself where it has none. */
    public static String withoutMathFurniture(String text) {
        return withoutMathLabels(withoutMathMarks(text));
    }

    /** The first half of {@link #withoutMathFurniture}: the marks in words or brackets. */
    public static String withoutMathMarks(String text) {
        return MATH_MARKS.matcher(text).replaceAll(" ");
    }

    /** The second half of {@link #withoutMathFurniture}: a bare "(2)" ending a line, and the labels that start lines. */
    public static String withoutMathLabels(String text) {
        String t = MATH_MARKS_AT_LINE_END.matcher(text).replaceAll("");
        return MATH_LABEL.matcher(t).replaceAll("$1");
    }

    /** A physics text without labels, marks, rounding instructions and "Show your working", each replaced by a space. */
    static String withoutPhysicsFurniture(String text) {
        return replacedBySpaces(text, PHYSICS);
    }

    /** A text without the furniture whose numbers are not the problem's (labels of a book too), each replaced by a space. */
    public static String withoutNumberedFurniture(String text) {
        return replacedBySpaces(text, NUMBERED);
    }

    private static String replacedBySpaces(String text, List<Pattern> furniture) {
        String t = text;
        for (Pattern p : furniture) t = p.matcher(t).replaceAll(" ");
        return t;
    }
}
