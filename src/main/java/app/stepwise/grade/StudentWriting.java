package app.stepwise.grade;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways students write a letter or a value that mean the maths plainly: a capital for the problem's letter ({@code X = 3}
 * where the problem is in x) and a value said in words ({@code x is 3}, {@code x equals 3}). Both were read as other
 * maths and a right line or answer marked wrong (grade14); each is rewritten only where nothing else can be meant.
 */
final class StudentWriting {
    private StudentWriting() {}

    /**
     * Digits grouped in threes with spaces, as many countries and SI write large numbers ({@code 5 600 000 Pa}), joined:
     * only groups of exactly three digits after a first group of one to three, so {@code 12 50} stays two numbers side by
     * side and is refused as before (grade24: "'6' is not part of a unit").
     */
    static String groupedDigits(String text) {
        return GROUPED.matcher(text).replaceAll(m -> m.group().replaceAll("[ \\u00A0\\u2009\\u202F]", ""));
    }

    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \\u00A0\\u2009\\u202F]\\d{3})+(?![\\d,])");

    /** The line with a lone capital written for a letter of the problem that has no capital of its own there. */
    static String capitals(String text, Set<String> names) {
        Matcher m = LONE_CAPITAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String small = m.group().toLowerCase(java.util.Locale.ROOT);
            boolean forLetter = names.contains(small) && !names.contains(m.group());
            m.appendReplacement(out, forLetter ? small : m.group());
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * "x is 3", "so x equals -2.5", "2x is 8, x is 4": a letter of the problem (or a number times it) given one number in
     * words, as {@code x = 3}, in each comma piece of the text (fix16: only a whole step was read, so the steps of
     * "2x is 8, x is 4" were words and the right answer wrong); else the text.
     */
    static String valueInWords(String text, Set<String> names) {
        String[] pieces = PIECE.split(text, -1);
        boolean said = false;
        for (int i = 0; i < pieces.length; i++) {
            Matcher m = VALUE_IN_WORDS.matcher(pieces[i]);
            if (!m.matches() || !names.contains(m.group(2))) continue;
            pieces[i] = (m.group(1) == null ? "" : m.group(1)) + m.group(2) + " = " + m.group(3);
            said = true;
        }
        return said ? String.join(", ", pieces) : text;
    }

    /** A comma between steps: not one between digits, which may be a decimal comma or a list of numbers. */
    private static final Pattern PIECE = Pattern.compile("\\s*,\\s*(?![\\s\\d])");

    /**
     * "2x = 8 x = 4", "x = 7 y = 2": two equations on one line with nothing between them, parted by a comma as the
     * student means (ans15: read as the chain 2x = 8x = 4, the right line was wrong). Only before a lone letter of the
     * problem (or its capital) with = after it, after a number or a bracket that ends an equation begun on the line.
     */
    static String separated(String text, Set<String> names) {
        Matcher m = NO_SEPARATOR.matcher(text);
        StringBuilder out = new StringBuilder();
        int done = 0;
        while (m.find()) {
            String letter = m.group(1);
            boolean ofProblem = names.contains(letter) || names.contains(letter.toLowerCase(java.util.Locale.ROOT));
            String segment = text.substring(Math.max(done, Math.max(text.lastIndexOf(',', m.start()),
                    text.lastIndexOf(';', m.start())) + 1), m.start());
            if (!ofProblem || segment.indexOf('=') < 0) continue;
            out.append(text, done, m.start()).append(", ");
            done = m.start(1);
        }
        return out.append(text.substring(done)).toString();
    }

    /**
     * "x = 4 (wrong)", "x = 5 (incorrect) x = 4": the student marks what is written as wrong; the bracket as typed, or
     * empty. Such an answer is not graded as given (ans15: the words were dropped as a comment and x = 4 marked right).
     */
    /**
     * "x = 3 (also x = 5)", "x = 3 (x = 5 works too)": a last bracket that gives a letter a value the answer before it
     * does not give is a second answer, not a comment; the bracket as typed. A bracket that calls that value wrong ("(x = 5
     * was wrong)", ans15) and a check of the answer's own value ("(x = 3: 9 - 2 = 7)") stay as they were (rev17's finding:
     * the second value was dropped as a comment and x = 3 marked right).
     */
    static java.util.Optional<String> anotherValueInBracket(String text) {
        Matcher bracket = LAST_BRACKET.matcher(text);
        if (!bracket.find() || WRONG_WORD.matcher(bracket.group(1)).find()) return java.util.Optional.empty();
        String before = text.substring(0, bracket.start()).replace(" ", "");
        Matcher value = LETTER_VALUE.matcher(bracket.group(1));
        while (value.find()) {
            String said = value.group(1).replace('−', '-');
            if (!before.matches("(?s).*=" + Pattern.quote(said) + "(?![\\d.]).*")) return java.util.Optional.of(bracket.group());
        }
        return java.util.Optional.empty();
    }

    static java.util.Optional<String> disclaimer(String text) {
        Matcher m = DISCLAIMER.matcher(text);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }

    /**
     * "x = 2,5 o x = -2,5", "x = 7 y y = 2" on a Spanish screen: "o" (or) and "y" (and) between two equations, said in the
     * words the parser reads (ans15: "o" was read as a letter multiplied, and the right answer was partly right). Only
     * before a letter with = after it, so {@code 2y = 4} and a problem in o keep their letters.
     */
    static String connectives(String text, java.util.Locale language) {
        if (!language.getLanguage().equals("es")) return text;
        String t = SPANISH_CONNECTIVE.matcher(text).replaceAll(m -> m.group(1).equals("o") ? " or " : " and ");
        // "3x = 9 entonces x = 3", "x vale 3": a step and a value said in Spanish words
        t = SPANISH_SO.matcher(t).replaceAll(" so ");
        return SPANISH_VALUE.matcher(t).replaceAll("$1 = ");
    }

    private static final Pattern ANSWER_BEFORE = Pattern.compile(
            "^\\s*(?:(?:the|my|final|la|mi)\\s+){0,2}(?:answer|respuesta)\\s*(?:is|es|=|:)\\s*(?=\\S)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANSWER_AFTER = Pattern.compile(
            "\\s+(?:is|es)\\s+(?:(?:the|my|final|la|mi)\\s+){1,2}(?:answer|respuesta)\\s*[.!]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * "The answer is x = 4", "x = 4 is my answer", "la respuesta es x = 4": the words that say this is the answer, dropped
     * (grade18: "the answer is x = 4" was wrong, read as letters multiplied); else the text.
     */
    static String withoutAnswerWords(String text) {
        return ANSWER_AFTER.matcher(ANSWER_BEFORE.matcher(text).replaceFirst("")).replaceFirst("");
    }

    private static final Pattern ORDERED_PAIR = Pattern.compile("^\\s*\\(\\s*([^,();=]+?)\\s*,\\s*([^,();=]+?)\\s*\\)\\s*$");

    /**
     * "(7, 2)" for a pair of equations in x and y: the point (x, y), as x = 7, y = 2 (grade18: "expected ')' to close the
     * bracket"). Only where the answer's letters are exactly x and y, whose order in a pair is not in doubt; else the text.
     */
    static String orderedPair(String text, Set<String> letters) {
        if (!letters.equals(Set.of("x", "y"))) return text;
        Matcher m = ORDERED_PAIR.matcher(text);
        return m.matches() ? "x = " + m.group(1) + ", y = " + m.group(2) : text;
    }

    /** The answer and the check a student wrote after it ({@code x = 3, check: 3(3) - 2 = 7}), each check one statement. */
    record OwnCheck(String answer, java.util.List<String> checks) {}

    /**
     * "x = 3, check: 3(3) - 2 = 7", "x = 3 (3 × 3 - 2 = 7 ✓)", "x = 3 ✓ 3×3 - 2 = 7": the answer, then the student's own
     * check of it (grade16: the check was read as part of the answer and the right answer was unreadable). A check is a
     * statement with "=" after the word check (comprobación), in a last bracket, or after a tick; empty where there is none.
     */
    static java.util.Optional<OwnCheck> ownCheck(String text) {
        String t = TICKS_AT_END.matcher(text.strip()).replaceFirst("");
        String answer;
        String check;
        Matcher word = CHECK_WORD.matcher(t);
        Matcher tick = TICK_BETWEEN.matcher(t);
        if (word.find() && word.start() > 0) {
            answer = t.substring(0, word.start());
            check = t.substring(word.end());
            if (word.group().contains("(") && check.endsWith(")")) check = check.substring(0, check.length() - 1);
        } else if (t.endsWith(")") && lastBracketOpens(t) > 0 && Character.isWhitespace(t.charAt(lastBracketOpens(t) - 1))) {
            int open = lastBracketOpens(t);
            answer = t.substring(0, open);
            check = t.substring(open + 1, t.length() - 1);
        } else if (tick.matches()) {
            answer = tick.group(1);
            check = tick.group(2);
        } else {
            return java.util.Optional.empty();
        }
        check = TICKS_AT_END.matcher(check.strip()).replaceFirst("");
        // "x = 3 (or x = 5)": a second value, not a check of the first (rev17: graded as x = 3 alone, right)
        if (ANOTHER_VALUE.matcher(check).lookingAt()) return java.util.Optional.empty();
        answer = answer.strip();
        if (answer.isEmpty() || check.indexOf('=') < 0 || answer.indexOf('=') < 0 && !answer.matches(".*\\d.*"))
            return java.util.Optional.empty();
        // "3 x 3 - 2 = 7": the value put in, so an x between two numbers is ×; "LHS = 7 = RHS", "LHS = 3(3) - 2 = 7": the
        // names of the sides dropped, and a side that is then one number alone says nothing to judge (grade17: words)
        java.util.List<String> checks = java.util.Arrays.stream(CHECKS_APART.split(check))
                .map(c -> {
                    String bare = SIDE_NAME.matcher(c).replaceAll("").strip();
                    return bare.length() < c.strip().length() && bare.indexOf('=') < 0 ? "" : bare;
                })
                .map(c -> PhysicsSteps.timesBeforeNumbers(c).strip()).filter(c -> !c.isEmpty()).toList();
        // words in it: a comment ("x = 5 was wrong"), not a check
        if (checks.stream().anyMatch(c -> LETTERS_WORD.matcher(c).find() || c.indexOf('=') < 0))
            return java.util.Optional.empty();
        return java.util.Optional.of(new OwnCheck(answer, checks));
    }

    /** Where the bracket that closes the text opens, or -1. */
    private static int lastBracketOpens(String t) {
        int depth = 0;
        for (int k = t.length() - 1; k >= 0; k--) {
            char c = t.charAt(k);
            if (c == ')') depth++;
            else if (c == '(' && --depth == 0) return k;
        }
        return -1;
    }

    private static final Pattern CHECK_WORD = Pattern.compile("(?iU)[,.;]?\\s*\\(?\\s*\\b(?:check(?:ing|ed)?|comprobaci[oó]n"
            + "|comprobando|compruebo|comprobamos)\\b\\s*:?\\s*");
    private static final Pattern ANOTHER_VALUE = Pattern.compile("(?i)(?:or|o)\\s");
    /** "LHS =", "= RHS", "L.H.S. =": the name of a side of the equation in a student's check. */
    private static final Pattern SIDE_NAME = Pattern.compile("(?i)(?<!\\p{L})[LR]\\.?H\\.?S\\.?(?!\\p{L})\\s*=\\s*"
            + "|\\s*=\\s*[LR]\\.?H\\.?S\\.?(?!\\p{L})");
    private static final Pattern TICKS_AT_END = Pattern.compile("\\s*[✓✔]+\\s*$");
    private static final Pattern TICK_BETWEEN = Pattern.compile("(.*?\\S)\\s*[✓✔]+\\s*(\\S.*=.*)");
    private static final Pattern CHECKS_APART = Pattern.compile("\\s+(?i:and)\\s+|\\s*;\\s*|,\\s+");
    /** A word of three letters or more that is no name the parser reads: the bracket is a comment, not a check. */
    private static final Pattern LETTERS_WORD = Pattern.compile("(?U)(?<!\\p{L})(?!(?:sqrt|sin|cos|tan|log|ln)\\b)\\p{L}{3,}");
    /**
     * "x = 2.5 o x = -2.5" typed on a screen that is not in Spanish: "o" between two equations, where the problem has no
     * letter o, is the Spanish "or", read as a letter multiplied into a chain (ans15: "you found 1 of the 2 solutions").
     */
    static boolean spanishOr(String text, Set<String> letters) {
        return !letters.contains("o") && SPANISH_CONNECTIVE.matcher(text).results().anyMatch(m -> m.group(1).equals("o"));
    }

    private static final Pattern SPANISH_SO = Pattern
            .compile("(?iU)\\s+(?:entonces|luego|por lo tanto|por tanto|as[ií] que|de donde)\\s+");
    private static final Pattern SPANISH_VALUE = Pattern
            .compile("(?iU)(?<![\\p{L}\\d])(\\p{L})\\s+(?:vale|es igual a|es)\\s+(?=[-−]?\\d)");
    private static final Pattern SPANISH_CONNECTIVE = Pattern.compile("(?<=[\\d)\\]\\p{L}])\\s+([oy])\\s+(?=\\p{L}\\s*=)");
    private static final Pattern NO_SEPARATOR = Pattern.compile("(?<=[\\d)\\]])\\s+(\\p{L})(?=\\s*=(?!=))");
    /**
     * A bracket of words only (no digit, no =) with a word that says wrong in it: (wrong), (incorrect?), (probably wrong),
     * (mal); "(x = 5 was wrong)" speaks of another value and stays a comment.
     */
    private static final Pattern LAST_BRACKET = Pattern.compile("[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern LETTER_VALUE = Pattern
            .compile("(?<![\\p{L}\\d_])\\p{L}\\s*=\\s*([-−]?\\d+(?:\\.\\d+)?(?:/\\d+)?)");
    /** Words that call a value wrong, in English and Spanish: shared by the disclaimer and the second-value rule. */
    private static final String WRONG_WORDS = "wrong|incorrect|not right|not correct|false|mistake|error|mal|incorrect[oa]"
            + "|fals[oa]|err[oó]ne[oa]|no es correct[oa]";
    private static final Pattern WRONG_WORD = Pattern.compile("(?iU)\\b(?:" + WRONG_WORDS + ")\\b");
    private static final Pattern DISCLAIMER = Pattern.compile("(?iU)[(\\[][^()\\[\\]\\d=]*\\b(?:" + WRONG_WORDS
            + "|ignore|scratch that|crossed out|tachad[oa])\\b[^()\\[\\]\\d=]*[)\\]]");
    private static final Pattern LONE_CAPITAL = Pattern.compile("(?<!\\p{L})\\p{Lu}(?!\\p{L})");
    private static final Pattern VALUE_IN_WORDS = Pattern.compile(
            "\\s*(?i:(?:so|then|therefore)\\s+)?(\\d+(?:\\.\\d+)?)?(\\p{L})\\s+(?i:is|equals|is equal to)\\s+(-?\\d+(?:\\.\\d+)?(?:/\\d+)?)\\s*");
}
