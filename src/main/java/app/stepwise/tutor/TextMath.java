package app.stepwise.tutor;

import app.stepwise.math.ItemLabels;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Numbers;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The math in a problem's text: LaTeX ({@code \frac{a}{b}}, {@code $…$}, {@code $$…$$}) and unicode (− × ÷ ² ½) turned
 * into engine syntax, and the stretches of the text that read as math found between the words.
 */
final class TextMath {
    private TextMath() {}

    private static final Pattern FRAC = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
    private static final Pattern SQRT = Pattern.compile("\\\\sqrt\\s*\\{([^{}]*)\\}");
    /** Every fraction Unicode writes in one character, as the engine reads them (mixed14: ⅖, ⅙, ⅚ … were left out). */
    private static final java.util.Map<Character, String> VULGAR = app.stepwise.math.Numbers.vulgarFractions();
    private static final Pattern MIXED_VULGAR = Pattern.compile("(?<![\\d.^])(\\d+)\\s?([" + vulgarCharacters() + "])");

    private static String vulgarCharacters() {
        StringBuilder out = new StringBuilder();
        VULGAR.keySet().forEach(out::append);
        return out.toString();
    }
    // alg13: a full stop may end the sentence after the number ("from 12 500 to 14 000."); a decimal point may not follow
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.,/^])(\\d{1,3})[ \u2009\u202f](\\d{3})(?![\\d,/^]|\\.\\d)"
            // review12: a count, then each thing's number and unit ("3 500 kg crates", "2 100 Ω resistors") is no thousands
            + "(?!\\s*[\\p{L}Ωμ°/²³^]{1,6}\\s+(?:crates|boxes|blocks|masses|weights|resistors|bricks|bags|sacks|cars|trolleys"
            + "|balls|lamps|bulbs|cells|batteries|loads|parcels|packages|containers|stones|rocks|heaters|pallets|beams|logs)\\b)");
    private static final Pattern STUDENT_ANSWER = Pattern.compile(
            "(?i)\\b(?:i\\s+(?:got(?!\\s+\\d+(?:\\.\\d+)?\\s*(?:out\\s+of|/)\\s*\\d)|keep\\s+getting|think\\s+(?:it'?s|its|the\\s+answer\\s+is))|my\\s+answer\\s+(?:is|was)"
                    + "|is\\s+it|the\\s+answer\\s+(?:is|was))\\s+(?=[^.?!\\n]*[\\d=])[^.?!\\n]*\\??");
    private static final Pattern CLAIMED_RESULT = Pattern.compile(
            "(?i)(\\b(?:says|said|claims|claimed|thinks|thought|reckons|believes)\\s+(?:that\\s+)?[^.?!\\n]*?)\\s+(?:comes?\\s+to|came\\s+to|makes|gives|works\\s+out\\s+(?:as|to|at))\\s+-?\\d+(?:\\.\\d+)?(?![\\d/])(?=[^?!\\n]*[.?!]?\\s*(?:is\\s+(?:she|he|they|it|that|this)|are\\s+they|was\\s+(?:she|he|it))\\s+(?:right|correct))");
    /**
     * alg13: "Bea says that 2 + 3 × 4 is 20. Work out the correct value.": the claimed value is to be corrected, not used;
     * only where the text asks whether it is right or for the correct value.
     */
    private static final Pattern CLAIMED_IS = Pattern.compile(
            "(?i)(\\b(?:says|said|claims|claimed|thinks|thought|reckons|believes|wrote|writes)\\s+(?:that\\s+)?[^.?!\\n=]*?[\\d)])"
                    + "\\s+(?:is|equals)\\s+-?\\d+(?:\\.\\d+)?(?![\\d/]|\\.\\d)(?=[^?!\\n]*?[.?!]?\\s*(?:(?:is|are|was)\\s+(?:she|he|they|it|that|this)"
                    + "\\s+(?:right|correct)|(?:work\\s+out|find|what\\s+is|give|calculate|write\\s+down)\\s+the\\s+(?:correct|right|actual|true)"
                    + "\\s+(?:value|answer|result)))");
    /**
     * A student's lower-case "i" before an English word ("… = 20 i dont get it", "i'm stuck") is the pronoun, not a
     * letter of the maths (session 13: the corpus's student register made "= −12 i" a product with i).
     */
    private static final Pattern PRONOUN_I = Pattern.compile(
            "(?<![\\w^*/+\\-=(.])i(?=['’](?:m|ve|ll|d)\\b|\\s+(?:dont|don't|don’t|do|did|didnt|didn't|am|have|had|need|keep|kept"
                    + "|can|cant|can't|can’t|cannot|got|get|think|thought|just|still|really|tried|try|know|want|would|was|will"
                    + "|found|wrote|put|also|only|must|should|could|guess|feel|understand|missed|forgot|always|never|hate"
                    + "|dunno|wanna|gotta)\\b)");

    // the space may be a no-break one (pasted text): the first pass of MIXED runs before those become plain spaces
    private static final Pattern MIXED = Pattern.compile("(?<![\\d./^])(\\d+)[\\s\\u00a0]+(\\d+)/(\\d+)(?![\\d/])");

    private static final Pattern FRACTION_OF = Pattern.compile(
            "(?<![\\d./^])(\\d+/\\d+)\\s+of\\s+(?=\\d+(?:/\\d+|\\.\\d+)?(?:\\s*[.?!,]|\\s*$))",
            Pattern.CASE_INSENSITIVE);
    /** "2/3 of 3/4 of a pizza": a fraction of a fraction of a thing in a story (read14). */
    private static final Pattern FRACTION_OF_FRACTION = Pattern.compile(
            "(?<![\\d./^])(\\d+/\\d+)\\s+of\\s+(?:the\\s+)?(\\d+/\\d+)(?=\\s+of\\b)");
    /** A story that asks about another part than the fraction named: what is left, the rest, the total. */
    private static final Pattern ANOTHER_PART = Pattern.compile(
            "(?i)\\b(?:left|remain\\w*|rest|still|others?|more|less|altogether|total|together|in\\s+all|not|dont|didnt)\\b|n't\\b");
    private static final String BETWEEN_NUMBERS = "(?<=[\\d)])\\s+(?:%s)\\s+(?=-?\\s?[\\d(])";
    private static final java.util.Map<Pattern, String> OPERATION_WORDS = java.util.Map.of(
            Pattern.compile(String.format(BETWEEN_NUMBERS, "divided\\s+by"), Pattern.CASE_INSENSITIVE), " ÷ ",
            Pattern.compile(String.format(BETWEEN_NUMBERS, "times|multiplied\\s+by"), Pattern.CASE_INSENSITIVE), " × ",
            Pattern.compile(String.format(BETWEEN_NUMBERS, "plus"), Pattern.CASE_INSENSITIVE), " + ",
            Pattern.compile(String.format(BETWEEN_NUMBERS, "minus"), Pattern.CASE_INSENSITIVE), " - ");

    /** A single letter, a number or a closing bracket: what "squared" or "plus" can follow in math said in words. */
    private static final String OPERAND_BEFORE = "(?<=(?<![A-Za-z])[b-zA-HJ-Z]|[\\d)²³]|\\^\\d)";
    private static final String BETWEEN_TERMS = OPERAND_BEFORE + "\\s+(?:%s)\\s+(?=-?\\s?(?:[\\d(]|[b-zA-HJ-Z](?![A-Za-z])))";
    private static final java.util.Map<Pattern, String> LETTER_OPERATION_WORDS = java.util.Map.of(
            Pattern.compile(String.format(BETWEEN_TERMS, "times|multiplied\\s+by"), Pattern.CASE_INSENSITIVE), " × ",
            Pattern.compile(String.format(BETWEEN_TERMS, "plus"), Pattern.CASE_INSENSITIVE), " + ",
            Pattern.compile(String.format(BETWEEN_TERMS, "minus"), Pattern.CASE_INSENSITIVE), " - ");
    private static final Pattern POWER_WORDS = Pattern.compile(
            "(?<![A-Za-z])([b-zA-HJ-Z]|\\d+(?:\\.\\d+)?|\\))\\s+(squared|cubed)\\b", Pattern.CASE_INSENSITIVE);
    /** "2 to the power of 5", "x raised to the power of -3" (read14). */
    private static final Pattern TO_THE_POWER = Pattern.compile(
            "(?i)(?<![A-Za-z])([b-zA-HJ-Z]|\\d+(?:\\.\\d+)?|\\))\\s+(?:raised\\s+)?to\\s+the\\s+power\\s+(?:of\\s+)?(-?\\d+)\\b");
    /** "wrt x", "w.r.t. t": with respect to (read14). */
    private static final Pattern WRT = Pattern.compile("(?i)\\bw\\.?r\\.?t\\.?(?=\\s+[a-z]\\b)");
    private static final Pattern ROOT_WORDS = Pattern.compile(
            "(?i)\\b(?:the\\s+)?square\\s+root\\s+of\\s+(\\d+(?:\\.\\d+)?|[b-zA-HJ-Z])(?![\\w^(]|\\.\\d)");
    /** "half of y", "half of 12"; the article of "half of a number" is no letter (read15: it was read as a/2). */
    private static final Pattern HALF_OF = Pattern.compile(
            "\\b(?i:half)\\s+of\\s+(\\d+(?:\\.\\d+)?|[b-zA-HJ-Z])(?![\\w^(]|\\.\\d)");

    private static final Pattern SIGN_WORD = Pattern.compile("(?i)\\b(?:minus|negative)\\s+(?=\\d|\\()");
    /**
     * What "minus" can follow as an operation: a number, a closing bracket, a power, a one-letter name or "a number"
     * (with its comma: "twice a number, minus 5, is 17": read16).
     */
    private static final Pattern ENDS_WITH_OPERAND = Pattern.compile("(?s).*(?:[\\d)²³]|(?<![A-Za-z])[A-Za-z]|(?i:\\bnumber),?)");

    /** "minus 3", "negative 5": a sign where no number, bracket or letter comes before it to subtract from. */
    static String signWords(String t) {
        Matcher m = SIGN_WORD.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean operation = ENDS_WITH_OPERAND.matcher(t.substring(0, m.start()).stripTrailing()).matches();
            m.appendReplacement(out, operation ? Matcher.quoteReplacement(m.group()) : "-");
        }
        return m.appendTail(out).toString();
    }

    /** "x squared" is x^2, "n cubed" n^3, "the square root of 196" √(196), "half of y" y/2 (a letter or a number only). */
    static String mathWords(String t) {
        t = TO_THE_POWER.matcher(t).replaceAll("$1^$2");
        t = WRT.matcher(t).replaceAll("with respect to");
        t = POWER_WORDS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + (m.group(2).equalsIgnoreCase("squared") ? "^2" : "^3")));
        t = ROOT_WORDS.matcher(t).replaceAll(m -> Matcher.quoteReplacement("√(" + m.group(1) + ")"));
        return HALF_OF.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "/2"));
    }

    private static final List<String> ONES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");
    private static final List<String> PARTS = List.of("half", "third", "quarter", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth");
    private static final Pattern FRACTION_WORDS = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](half|halves|thirds?|quarters?|fifths?"
                    + "|sixths?|sevenths?|eighths?|ninths?|tenths?|elevenths?|twelfths?)\\b");

    private static String numerator(String word) {
        return Integer.toString(ONES.indexOf(word.toLowerCase()) + 1);
    }

    private static String denominator(String word) {
        String w = word.toLowerCase().replaceAll("s$", "").replace("halve", "half");
        return Integer.toString(PARTS.indexOf(w) + 2);
    }

    /** A worksheet item label right after the instruction ("Simplify (a) 7k + 2"); the label rule is {@link ItemLabels}. */
    private static final Pattern LABEL_AFTER_INSTRUCTION = Pattern.compile("(?im)^([ \\t]*(?:simplify|solve|expand|factori[sz]e"
            + "|evaluate|work\\s+out|calculate|differentiate|integrate)\\s*:?[ \\t]+)" + ItemLabels.LABEL);

    private static final String COLUMN_NUMBER = "\\d+(?:\\.\\d+)?(?:/\\d+)?";
    /**
     * A number alone on its line, then an operator and a number alone on the next: one sum set out in a column (read17;
     * x already read so). A minus needs a space after it: "-15" alone on a line is a negative number, another item.
     */
    private static final Pattern COLUMN = Pattern
            .compile("(?m)^([ \\t]*" + COLUMN_NUMBER + ")[ \\t]*\\n[ \\t]*([×*÷+]|[-−](?=[ \\t]))"
                    + "[ \\t]*(" + COLUMN_NUMBER + ")[ \\t]*$");
    /** A number and an operator ending a line, and the next line a number (and where the answer goes). */
    private static final Pattern OPERATOR_AT_LINE_END = Pattern.compile("(?m)^([ \\t]*" + COLUMN_NUMBER + ")[ \\t]*([×*÷+\\-−])"
            + "[ \\t]*\\n[ \\t]*(" + COLUMN_NUMBER + ")(?=[ \\t]*(?:=[ \\t]*)?$)");

    /** The text with LaTeX and unicode math written the way the engine reads it. */
    static String normalise(String text) {
        String t = PRONOUN_I.matcher(text).replaceAll("I").replace("$$", " ").replace("$", " ").replace("\\(", " ")
                .replace("\\)", " ").replace("\\[", " ")
                .replace("\\]", " ");
        for (int i = 0; i < 10; i++) {
            String before = t;
            t = FRAC.matcher(t).replaceAll(m -> Matcher.quoteReplacement("((" + m.group(1) + ")/(" + m.group(2) + "))"));
            t = SQRT.matcher(t).replaceAll(m -> Matcher.quoteReplacement("sqrt(" + m.group(1) + ")"));
            t = t.replaceAll("\\^\\{([^{}]*)\\}", "^($1)").replaceAll("_\\{([^{}]*)\\}", "_$1");
            t = t.replaceAll("\\\\(?:text|mathrm|mathbf|operatorname)\\s*\\{([^{}]*)\\}", "$1");
            if (t.equals(before)) break;
        }
        t = t.replace("\\left", "").replace("\\right", "").replace("\\cdot", "×").replace("\\times", "×").replace("\\div", "÷")
                .replace("\\pi", "π").replace("\\rho", "ρ").replace("\\lambda", "λ").replace("\\mu", "μ").replace("\\,", " ")
                .replace("\\;", " ").replace("\\!", "").replace("\\quad", " ").replace("\\sin", "sin").replace("\\cos", "cos")
                .replace("\\tan", "tan").replace("\\ln", "ln").replace("\\log", "log").replace("\\%", "%").replace("\\pm", "±")
                .replace("\\Omega", "Ω");
        // relations and integrals: an inequality in LaTeX is not an equation, an integral is not an expression to simplify
        t = t.replaceAll("\\\\(?:leq?|leqslant)(?![A-Za-z])", "≤").replaceAll("\\\\(?:geq?|geqslant)(?![A-Za-z])", "≥")
                .replaceAll("\\\\(?:lt)(?![A-Za-z])", "<").replaceAll("\\\\(?:gt)(?![A-Za-z])", ">")
                .replaceAll("\\\\neq?(?![A-Za-z])", "≠").replaceAll("\\\\int(?![A-Za-z])", "∫").replace("\\", " ");
        t = t.replace('{', '(').replace('}', ')').replace('[', '(').replace(']', ')');
        // worksheet numbering: "Q3", "7.", "(a)", "b)", "3)", "(ii)" at the start of the text or of any line, or right after
        // the instruction ("Simplify (a) 7k + 2 − 3k − 8"), is never math (fix15: "Simplify\n(a) 7k + 2 …" was read as 7ak …);
        // a bracket followed by an operator is math: "(a) + (a) + 3a"
        t = ItemLabels.dropped(t);
        t = LABEL_AFTER_INSTRUCTION.matcher(t).replaceAll("$1");
        // a sum set out in a column, the operator starting the second line ("  27\n×  3"), or ending the first ("7 ×\n8 =")
        t = COLUMN.matcher(t).replaceAll("$1 $2 $3");
        t = OPERATOR_AT_LINE_END.matcher(t).replaceAll("$1 $2 $3");
        // fractions in words: "five-sixths", "three quarters", "a half" after a number word
        t = FRACTION_WORDS.matcher(t).replaceAll(m -> numerator(m.group(1)) + "/" + denominator(m.group(2)));
        // a mixed number said with "and": "2 and 1/2", "two and a half" is 2 1/2, read below as (2 + 1/2) (mixed14: the 2 was dropped)
        t = MixedNumbers.withoutAnd(t);
        // powers and roots said in words: "x squared", "n cubed", "the square root of 196", "half of y"
        t = mathWords(t);
        // a sign said in words: "minus 3 times 4" is -3 × 4, "x + 7 = minus 2" (mixed14: the minus was dropped)
        t = signWords(t);
        // operations said in words between two numbers: "5/8 divided by 15/16", "-12 times -4 minus 50"
        for (var w : OPERATION_WORDS.entrySet()) t = w.getKey().matcher(t).replaceAll(w.getValue());
        // a fraction of a number or of a fraction is a product: "Find 2/3 of 5/8" is (2/3) × (5/8) (session 12: not read)
        // and so is a fraction of a fraction of a thing: "Sam ate 2/3 of 3/4 of a pizza" is (2/3) × (3/4) of it (read14),
        // unless the story asks about the rest ("what fraction is left?" is 1 minus the product)
        if (!ANOTHER_PART.matcher(t).find()) t = FRACTION_OF_FRACTION.matcher(t).replaceAll("$1 × $2");
        t = FRACTION_OF.matcher(t).replaceAll("$1 × ");
        // and between a letter (or a power) and a number or a letter: "x^2 plus 5", "x cubed times x squared"
        for (var w : LETTER_OPERATION_WORDS.entrySet()) t = w.getKey().matcher(t).replaceAll(w.getValue());
        // a fraction next to ÷ is one number: 2/3 ÷ 8/9 means (2/3) ÷ (8/9)
        // (a full stop after the fraction ends the sentence: "find 3/4 ÷ 9/10. Remember …")
        // a mixed number first (session 11: 2 1/4 ÷ 1 1/2 was read as 2 × (1/4) ÷ (1 × (1/2)), the answer 1, not 3/2)
        t = MIXED.matcher(t).replaceAll("($1 + $2/$3)");
        t = Numbers.bracketFractionsBesideProducts(t);
        // a whole number before a vulgar fraction is a mixed number: 2½ is 2 + 1/2, not 2 × 1/2
        t = MIXED_VULGAR.matcher(t).replaceAll(m -> "(" + m.group(1) + " + " + VULGAR.get(m.group(2).charAt(0)) + ")");
        for (var v : VULGAR.entrySet()) t = t.replace(String.valueOf(v.getKey()), "(" + v.getValue() + ")");
        t = t.replace('′', '\'').replace('’', '\'').replace('−', '-').replace('–', '-').replace("…", " ")
                .replace('\u00a0', ' ').replace("“", "\"").replace("”", "\"");
        t = MixedNumbers.percentsAsDecimals(MIXED.matcher(t).replaceAll("($1 + $2/$3)"));
        t = ReadingCheck.powers(t).replace("ˣ", "^x").replace("ⁿ", "^n");
        // subscript digits are a name's: R₁ is R1
        for (char c = '₀'; c <= '₉'; c++) t = t.replace(c, (char) ('0' + (c - '₀')));
        // thousands written with a space (19 300 kg/m³) are one number
        for (int i = 0; i < 3; i++) t = THOUSANDS.matcher(t).replaceAll("$1$2");
        // what a student says they got is their answer, not part of the problem
        t = STUDENT_ANSWER.matcher(t).replaceAll(" ");
        // "Amara says that 20 − 8 − 5 comes to 17. Is she right?": the result someone claims is to be checked, not used
        t = CLAIMED_RESULT.matcher(t).replaceAll("$1");
        t = CLAIMED_IS.matcher(t).replaceAll("$1");
        return t;
    }

    /** Words that can stand inside math: function names and the letters themselves are handled separately. */
    private static final Set<String> MATH_WORDS = Set.of("sin", "cos", "tan", "ln", "log", "exp", "sqrt", "or");

    /** A stretch of text that may be math, with where it starts. */
    record Run(String text, int index) {}

    /** The maximal stretches of math-like words: "Solve 3x + 5 = 20 for x." gives "3x + 5 = 20" and "x". */
    static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+(\\s*)").matcher(text);
        while (word.find()) {
            String w = word.group().strip();
            // a line break, or a wide gap as on a worksheet ("y = sin(3x)     dy/dx = ?"), ends a stretch of math
            boolean end = word.group(1).contains("\n") || word.group(1).length() >= 4;
            if (w.matches("[;,]") && !ends.isEmpty()) {
                ends.set(ends.size() - 1, true); // "a = 2b + 3 ;  3a − 4b = 13": two equations
                continue;
            }
            while (!w.isEmpty() && ".,;:?!\"".indexOf(w.charAt(w.length() - 1)) >= 0) {
                w = w.substring(0, w.length() - 1);
                end = true;
            }
            while (!w.isEmpty() && w.charAt(0) == '"') w = w.substring(1);
            if (w.isEmpty()) {
                if (end && !ends.isEmpty()) ends.set(ends.size() - 1, true);
                continue;
            }
            words.add(w);
            ends.add(end);
        }
        boolean[] math = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) math[i] = mathy(words.get(i));
        // a short run of letters next to an operator is a product of letters: "at" in v = u + at
        for (int i = 0; i < words.size(); i++) {
            if (math[i] || !words.get(i).matches("[A-Za-z]{2,3}|A|I")) continue;
            boolean before = i > 0 && words.get(i - 1).matches("[-+=×*/÷]") && !ends.get(i - 1);
            boolean after = i + 1 < words.size() && words.get(i + 1).matches("[-+=×*/÷]") && !ends.get(i);
            if (before || after) math[i] = true;
        }
        StringBuilder cur = new StringBuilder();
        int index = 0;
        for (int i = 0; i < words.size(); i++) {
            if (math[i]) {
                if (!cur.isEmpty()) cur.append(' ');
                cur.append(words.get(i));
                if (ends.get(i)) {
                    out.add(new Run(cur.toString(), index++));
                    cur.setLength(0);
                }
            } else if (!cur.isEmpty()) {
                out.add(new Run(cur.toString(), index++));
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) out.add(new Run(cur.toString(), index));
        return out;
    }

    static boolean mathy(String w) {
        if (w.matches("\\d+(?:st|nd|rd|th)")) return false; // the 10th term
        if (w.matches(".*[0-9=+*/^()×÷·√π²³⁴±<>≤≥-].*") && !w.matches("[A-Za-z]+-[A-Za-z]+")) return true;
        if (w.matches("[A-Za-zα-ωρλμθ](_\\w+)?'?")) return !w.equals("A") && !w.equals("I");
        if (MATH_WORDS.contains(w.toLowerCase())) return true;
        // a function glued to its letter is math: lnx, sinx, xlnx (left out, "3x lnx" was read as 3x)
        if (!ReadingCheck.functions(w).isEmpty()) return true;
        return w.matches("[a-z]{2,3}") && w.chars().allMatch(c -> "xyzabcmnpqrstuvwk".indexOf(c) >= 0)
                && !Set.of("as", "at", "an", "am", "us", "my", "up", "we", "by", "be", "me", "so", "to", "is", "it", "in", "on",
                        "no", "of", "or", "any", "can", "may", "was", "way", "new", "now", "set", "sum", "put", "cut", "bus",
                        "run", "rat", "cat", "car", "man", "men", "sky", "tax", "ten", "two", "yes", "you", "the", "and", "are",
                        "but", "not", "use", "its", "per", "try", "say", "pay", "saw", "sat", "ask", "art", "war").contains(w);
    }

    /** The run parsed as math, trimmed of words at either end that do not belong to it; empty when nothing reads. */
    static java.util.Optional<String> parseable(String run) {
        String r = run.strip().replaceAll("\\s*=\\s*[?_]+$", "").replaceAll("\\s*=\\s*$", "").replaceAll("^=\\s*", "");
        String[] ws = r.split(" ");
        for (int len = ws.length; len >= 1; len--) {
            for (int from = 0; from + len <= ws.length; from++) {
                String c = String.join(" ", java.util.Arrays.copyOfRange(ws, from, from + len));
                if (c.isBlank()) continue;
                try {
                    Parser.parse(c);
                    return java.util.Optional.of(c);
                } catch (MathSyntaxException | RuntimeException e) {
                    // shorter
                }
            }
        }
        return java.util.Optional.empty();
    }

    static boolean isEquation(String s) {
        try {
            return Statement.collapse(Parser.parse(s)) instanceof Statement.Equation;
        } catch (MathSyntaxException e) {
            return false;
        }
    }
}
