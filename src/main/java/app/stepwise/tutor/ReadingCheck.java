package app.stepwise.tutor;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.solve.ExamFurniture;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    /**
     * Numbers in a text that are not part of the problem besides exam furniture ({@link ExamFurniture}): ordinals, a method
     * suggested alongside the problem, a worksheet's item numbers at a line's start.
     */
    private static final List<Pattern> NOT_THE_PROBLEM = List.of(Pattern.compile("\\b\\d+(?:st|nd|rd|th)\\b"),
            // a method suggested alongside the problem: "multiply every term by 12 and hence solve …"
            Pattern.compile("(?i)\\bmultiply(?:ing)?\\s+(?:through|every\\s+term|each\\s+term|all\\s+the\\s+terms|both\\s+sides)"
                    + "\\s+by\\s+\\d+\\b"),
            Pattern.compile("(?m)^\\s*(?:\\d{1,2}[.)]|\\(\\d{1,2}\\)|\\(?[a-hA-H]\\)|\\(?[ivx]{1,4}\\))\\s+"));

    /** The text without what is not part of the problem: exam furniture, then the rest, each replaced by a space. */
    private static String withoutWhatIsNotTheProblem(String text) {
        String t = ExamFurniture.withoutNumberedFurniture(text);
        for (Pattern p : NOT_THE_PROBLEM) t = p.matcher(t).replaceAll(" ");
        return t;
    }

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
        return numbers(withoutWhatIsNotTheProblem(powers(text)), physics ? QUANTITY_NUMBER : NUMBER);
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
        return mathCovers(text, start, allowed, true);
    }

    /**
     * {@link #mathCovers(String, String, Set)}, and with {@code numbersOnce} no number (outside {@code allowed}) is used
     * more often than the text states it: {@code (2x + 1)(2x + 1)} is not a reading of {@code (2x + 1)e^x}. A percentage
     * change uses its old amount twice ({@code (1500 - 1200)/1200 × 100}), so percentages are read without it. Every
     * function the text names (ln, sin, e^, √, …) is in the start as often as in the text, and the start names no other.
     */
    static boolean mathCovers(String text, String start, Set<String> allowed, boolean numbersOnce) {
        Set<String> inText = textNumbers(text, false), inStart = mathNumbers(start);
        for (String n : inText) if (!inStart.contains(n)) return false;
        for (String n : inStart)
            if (!inText.contains(n) && !allowed.contains(n) && !numbers(powers(text), NUMBER).contains(n))
                return false;
        if (numbersOnce) {
            Map<String, Integer> textCounts = counts(powers(text)), startCounts = counts(powers(start));
            for (var e : startCounts.entrySet())
                if (!allowed.contains(e.getKey()) && e.getValue() > textCounts.getOrDefault(e.getKey(), 0)) return false;
        }
        if (!sameFunctions(text, start) || ambiguous(text, start)) return false;
        for (String v : ProblemReader.variables(start)) if (!standsAsMath(text, v)) return false;
        return true;
    }

    /**
     * No number of the problem is used less often than the text states it: "Work out 2/3 of 6, then add 2" is not 2/3 × 6,
     * whose numbers are each in the text (review12: 4 was verified). Asked of arithmetic only: an equation's text may
     * state a number again in its instructions.
     */
    static boolean usesEveryNumber(String text, String start, Set<String> allowed) {
        String problem = withoutWhatIsNotTheProblem(powers(text));
        Map<String, Integer> startCounts = counts(powers(start));
        for (var e : counts(problem).entrySet())
            if (!allowed.contains(e.getKey()) && e.getValue() > startCounts.getOrDefault(e.getKey(), 0)) return false;
        return true;
    }

    private static Map<String, Integer> counts(String s) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) out.merge(canonical(m.group()), 1, Integer::sum);
        return out;
    }

    /**
     * The names the engine reads as functions, longest first (sinh before sin); each alias counts as the function it
     * names (cosec is csc, exp is e^, sqrt is √).
     */
    private static final List<String> FUNCTION_NAMES = List.of("arcsinh", "arccosh", "arctanh", "arcsin", "arccos",
            "arctan", "arcsec", "arccsc", "arccot", "arsinh", "arcosh", "artanh", "cosech", "cosec", "asinh", "acosh",
            "atanh", "sinh", "cosh", "tanh", "sech", "csch", "coth", "asin", "acos", "atan", "sqrt", "sin", "cos", "tan",
            "sec", "csc", "cot", "log", "exp", "abs", "ln");
    private static final Map<String, String> FUNCTION_ALIASES = Map.of("cosec", "csc", "cosech", "csch", "exp", "e^",
            "sqrt", "√", "asin", "arcsin", "acos", "arccos", "atan", "arctan", "arsinh", "arcsinh", "arcosh", "arccosh",
            "artanh", "arctanh");
    /** A letter that can stand glued to a function name as its argument or a factor: xsinx, 3xlnx, lnt. */
    private static final String GLUE_LETTERS = "xyztuvwθ";
    /** English words that read as a function glued to a letter. */
    private static final Set<String> WORDS_NOT_GLUE = Set.of("cost", "cosy", "costs");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-zθ]+");
    /** e raised to a power: e^x, xe^x, 5xe^(2x), not the e ending a word (the^2 is no exponential). */
    private static final Pattern E_POWER = Pattern.compile("(?<![A-Za-z]{2})e\\s*\\^");
    /** √ before something it takes the root of (√x, √(2x), √ 5), not a √ named in words ("leave √ in your answer"). */
    private static final Pattern ROOT_OF_SOMETHING = Pattern.compile("√(?=\\s*(?:[\\d(.]|[A-Za-zθ](?![A-Za-z])))");

    /**
     * The functions a text or a line of math names, each with how often: "3x ln x" names ln once, "xsinx + cos x" sin
     * and cos, "(2x+1)e^x" e^ once. A word ("using", "costs", "expand") names none, so only a word that is a function's
     * name, or function names glued to single letters (lnx, xsinx, sinxcosx), counts.
     */
    static Map<String, Integer> functions(String s) {
        String t = powers(s).replace("ˣ", "^x");
        Map<String, Integer> out = new TreeMap<>();
        Matcher e = E_POWER.matcher(t);
        while (e.find()) out.merge("e^", 1, Integer::sum);
        Matcher root = ROOT_OF_SOMETHING.matcher(t);
        while (root.find()) out.merge("√", 1, Integer::sum);
        Matcher w = LETTERS.matcher(t);
        while (w.find()) {
            String word = w.group().toLowerCase(java.util.Locale.ROOT);
            if (WORDS_NOT_GLUE.contains(word)) continue;
            List<String> named = gluedFunctions(word);
            for (String f : named) out.merge(FUNCTION_ALIASES.getOrDefault(f, f), 1, Integer::sum);
        }
        return out;
    }

    /** The function names a run of letters is made of, with glue letters between them; none when it is a word. */
    private static List<String> gluedFunctions(String word) {
        List<String> found = new ArrayList<>();
        int i = 0;
        boolean letterBefore = false;
        while (i < word.length()) {
            String f = null;
            for (String name : FUNCTION_NAMES)
                if (word.startsWith(name, i)) {
                    f = name;
                    break;
                }
            if (f != null) {
                found.add(f);
                i += f.length();
                letterBefore = false;
            } else if (GLUE_LETTERS.indexOf(word.charAt(i)) >= 0 && !letterBefore) {
                // one letter between functions (x in xsinx): two in a row are a word's
                letterBefore = true;
                i++;
            } else {
                return List.of();
            }
        }
        return found;
    }

    /** e to a number then a letter: e^2x is e²·x to the engine and e^(2x) to most who type it. */
    private static final Pattern E_NUMBER_THEN_LETTER = Pattern.compile(
            "(?<![A-Za-z]{2})e\\s*\\^\\s*-?\\s*\\d+(?:\\.\\d+)?\\s*[A-Za-zθ(√]");

    /**
     * Math that reads two ways, so no reading of it can be trusted: e^2x, and a function written without a bracket whose
     * argument, as the engine reads it, runs on over a bracket, another function or a power of e ({@code sin x e^x} is
     * sin(x·e^x) to the engine, sin x · e^x to most students; {@code ln x(x + 1)}), in the text's math or in the start.
     */
    static boolean ambiguous(String text, String start) {
        if (E_NUMBER_THEN_LETTER.matcher(powers(text)).find() || E_NUMBER_THEN_LETTER.matcher(powers(start)).find())
            return true;
        if (runsOn(start)) return true;
        for (TextMath.Run run : TextMath.runs(text)) {
            Optional<String> math = TextMath.parseable(run.text());
            if (math.isPresent() && runsOn(math.get())) return true;
        }
        return false;
    }

    /** A bare function (no bracket after its name) whose argument holds a bracketed sum, a function or a power of e. */
    private static boolean runsOn(String math) {
        Statement st;
        try {
            st = Statement.collapse(Parser.parse(math));
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
        List<Expr> sides = switch (st) {
            case Statement.Expression x -> List.of(x.expr());
            case Statement.Equation q -> List.of(q.lhs(), q.rhs());
            default -> List.of();
        };
        // a function whose argument is in brackets ends at the bracket: only a bare one (sin x, lnx, √x) runs on
        for (Expr side : sides)
            if (!runOnFunctions(side, new ArrayList<>()).isEmpty() && BARE_FUNCTION.matcher(math).find()) return true;
        return false;
    }

    /** A function name (sinh whole, not sin then h) or √ with no bracket after it. */
    private static final Pattern BARE_FUNCTION = Pattern
            .compile("(?>" + String.join("|", FUNCTION_NAMES) + "|√)\\s*+(?!\\()");

    /** The functions in {@code e} whose argument is a product with a sum, a function or e^ among its factors. */
    private static List<String> runOnFunctions(Expr e, List<String> out) {
        switch (e) {
            case Expr.Fn(var name, var arg) -> {
                if (arg instanceof Expr.Mul(var factors) && factors.stream().anyMatch(ReadingCheck::notASimpleFactor))
                    out.add(name);
                runOnFunctions(arg, out);
            }
            case Expr.Add(var terms) -> terms.forEach(t -> runOnFunctions(t, out));
            case Expr.Mul(var factors) -> factors.forEach(f -> runOnFunctions(f, out));
            case Expr.Div(var n, var d) -> {
                runOnFunctions(n, out);
                runOnFunctions(d, out);
            }
            case Expr.Pow(var b, var x) -> {
                runOnFunctions(b, out);
                runOnFunctions(x, out);
            }
            case Expr.Neg(var operand) -> runOnFunctions(operand, out);
            default -> {
            }
        }
        return out;
    }

    private static boolean notASimpleFactor(Expr f) {
        return switch (f) {
            case Expr.Add a -> true;
            case Expr.Fn fn -> true;
            case Expr.Pow(var base, var exponent) -> !(base instanceof Expr.Var || base instanceof Expr.Num);
            default -> false;
        };
    }

    /** The start names every function of the text as often as the text does, and no other. */
    static boolean sameFunctions(String text, String start) {
        return functions(text).equals(functions(start));
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
    /** A number written as a percentage: 25%, 25 %, 25 percent, 25 per cent. */
    private static final Pattern PERCENT_IN_TEXT = Pattern.compile(
            "(?<![A-Za-z_.\\d])(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);

    /** A number used as a percentage in a start: p/100, (100 - p), (100 + p). */
    private static final Pattern PERCENT_IN_START = Pattern.compile(
            "(?<![A-Za-z_.\\d])(\\d+(?:\\.\\d+)?)\\s*/\\s*100(?![\\d.])|\\(\\s*100\\s*[-+−]\\s*(\\d+(?:\\.\\d+)?)\\s*\\)");

    /**
     * Every number the start uses as a percentage is one the text writes as a percentage, and no percentage of the text
     * is used as an amount: "a $60 jacket reduced by 25%" is 60 × (100 - 25)/100, never 25 × (100 - 60)/100, though
     * both use the same numbers.
     */
    static boolean percentagesInTheirPlace(String text, String start) {
        Set<String> written = new HashSet<>(), used = new HashSet<>();
        Matcher m = PERCENT_IN_TEXT.matcher(text);
        while (m.find()) written.add(canonical(m.group(1)));
        m = PERCENT_IN_START.matcher(start);
        while (m.find()) used.add(canonical(m.group(1) != null ? m.group(1) : m.group(2)));
        if (!written.containsAll(used)) return false;
        for (String number : mathNumbers(start))
            if (written.contains(number) && !used.contains(number)) return false;
        return true;
    }

    /**
     * Numbers of a physics text that are no quantity of the problem (phys13): someone's age ("who is 9 years old"), the
     * name of a station, room or bus ("Radio 4", "platform 9"), a price where nothing asks a cost ("a ride costs £5").
     */
    private static final List<Pattern> NOT_A_QUANTITY = List.of(
            Pattern.compile("(?i)\\b\\d+\\s*(?:-\\s*)?years?\\s*(?:-\\s*)?old\\b|\\baged\\s+\\d+\\b"),
            Pattern.compile(
                    "(?i)\\b(?:radio|room|platform|bus|route|flight|apollo|channel|gate|lane|team|form|lab)\\s+\\d+[a-z]?\\b"));
    /** A price: £5, $2.50, 30p. */
    private static final Pattern MONEY = Pattern.compile("(?i)[£$€]\\s?\\d+(?:\\.\\d+)?|\\b\\d+(?:\\.\\d+)?p\\b");
    /** A question about money, or electricity sold by the kilowatt-hour: a price there is part of the problem. */
    private static final Pattern ASKS_COST = Pattern.compile("(?i)(?:how\\s+much|what|find|calculate|work\\s+out)[^.?!;]*\\b"
            + "(?:cost|price|pay|charge|bill|spend|save)|\\b(?:cost|price|bill)\\b[^.!;]*\\?|kwh|kilowatt[-\\s]hours?|\\bper\\s+unit\\b");
    /** A time of day (8:45, 7:30 pm): one alone is no duration; two give one, and stay numbers of the problem. */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\b\\.?)?");

    /** The text without the numbers that are no quantity of the problem (see {@link #NOT_A_QUANTITY}). */
    static String withoutAsides(String text) {
        String t = text;
        for (Pattern p : NOT_A_QUANTITY) t = p.matcher(t).replaceAll(" ");
        if (!ASKS_COST.matcher(t).find()) t = MONEY.matcher(t).replaceAll(" ");
        Matcher clock = CLOCK.matcher(t);
        if (clock.find() && !clock.find()) t = CLOCK.matcher(t).replaceAll(" ");
        return t;
    }

    /** The half of a formula written out, "E_k = 0.5 × m × v²", "s = ut + 0.5at²": no given. */
    private static final Pattern STATED_HALF = Pattern.compile("([=+]\\s*)0\\.5(?=\\s*(?:[×x*·]\\s*)?\\p{L})");

    static boolean physicsCovers(String text, Worked w) {
        // a formula stated with its half as 0.5 is the working's 1/2 (phys13)
        if (w.steps().stream().anyMatch(s -> s.math().contains("1/2"))) text = STATED_HALF.matcher(text).replaceAll("$1");
        Set<String> used = new HashSet<>();
        for (Given g : w.givens()) used.addAll(numbers(powers(g.value()), QUANTITY_NUMBER));
        for (String p : w.params().values()) used.addAll(numbers(powers(p), QUANTITY_NUMBER));
        for (Step s : w.steps()) used.addAll(numbers(powers(s.math()), QUANTITY_NUMBER));
        for (String n : textNumbers(withoutAsides(text), true)) {
            if (used.contains(n)) continue;
            if (n.equals("9.81") && used.contains("9.8")) continue; // read as the g of the formula
            return false;
        }
        return true;
    }
}
