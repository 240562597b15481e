package app.stepwise.solve;

import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a physics problem as teachers write it that are no part of the problem (read18p): exam labels and marks
 * ("Question 4 (3 marks)", "Q2b)", "[2]"), "Show your working", a fact about units ("there are 60 seconds in a minute",
 * "1 km = 1000 m"), a hint that states no quantity ("Hint: find the friction force first.", "Remember P = VI."), a count
 * of people in a sentence of its own ("The bus has 40 passengers.") and a price ("it cost 40 pounds"). A hint that states
 * a quantity other than g is not guessed at: the text is not read. Labels, marks, rounding and "Show your working" are
 * {@link ExamFurniture}'s patterns (its physics variant).
 */
final class TeacherAsides {
    private TeacherAsides() {}

    /** The floor a room is on, a time of day by the clock, the year something was made. */
    private static final Pattern NO_QUANTITY = Pattern
            .compile("(?i)\\b(?:floor|storey|level)\\s+\\d+\\b|\\b\\d+\\s*o'?\\s?clock\\b"
                    + "|\\b(?:in|since)\\s+(?:1[89]\\d\\d|20\\d\\d)(?=\\s*[.,;)!?]|\\s*$)");

    /** A price said in words after what it costs: "cost 40 pounds", "it was bought for 300 dollars". */
    private static final Pattern PRICE = Pattern.compile("(?i)\\b(?:costs?|costing|paid|price\\s+(?:is|was|of)|worth"
            + "|(?:sold|bought)\\s+(?:it\\s+)?for)\\s+(?:about\\s+|only\\s+|just\\s+)?\\d+(?:\\.\\d+)?\\s*"
            + "(?:pounds|dollars|euros|pence|cents)\\b");
    /** A question about money: a price is then part of the problem. */
    private static final Pattern ASKS_MONEY = Pattern.compile("(?i)\\bhow\\s+much\\b[^.?!]*\\b(?:cost|pay|spend|charge)"
            + "|\\b(?:cost|price|bill|charge)\\b[^.!]*\\?|\\bkwh\\b|kilowatt[-\\s]hours?");

    /** Two amounts of one kind said to be the same: "60 seconds in a minute", "1 mm² = 0.000001 m²". */
    private static final String AMOUNT = "(\\d+(?:\\.\\d+)?)\\s*((?:square\\s+|cubic\\s+)?[A-Za-zΩμ][A-Za-z/]*(?:\\^\\d|[²³])?)";
    private static final Pattern UNIT_FACT = Pattern.compile("(?i)" + AMOUNT + "\\s*(?:=|in\\s+(?:a|an|one|every|each)\\b|"
            + "make\\s+(?:a|an|one)\\b|(?:is|are)\\s+(?:the\\s+same\\s+as\\s+)?)\\s*" + "(\\d+(?:\\.\\d+)?)?\\s*"
            + "((?:square\\s+|cubic\\s+)?[A-Za-zΩμ][A-Za-z/]*(?:\\^\\d|[²³])?)");

    /** A hint or reminder: it helps with the problem and is no part of it. */
    private static final Pattern HINT = Pattern.compile("(?i)^\\W*(?:hint|tip|note|remember|recall|reminder|top\\s+tip"
            + "|don'?t\\s+forget)\\b");
    /** The numbers a formula writes (½, the 1 of 1/R, powers, the 1 of R1): no quantity. */
    private static final Pattern FORMULA_NUMBER = Pattern
            .compile(
                    "½|\\b1\\s*/\\s*2\\b|\\b1\\s*/\\s*(?=[A-Za-z(])|(?<=[A-Za-z)])\\s*\\^\\s*\\d|[²³]|(?<=[A-Za-z_])\\d|\\b0\\.5\\s*(?=[A-Za-z×*])");
    /** g in a hint ("Remember g = 9.8 N/kg", "Use g = 10 m/s²"): the g of the formula, which the reader takes. */
    private static final Pattern G_STATED = Pattern.compile("(?i)(?<![A-Za-z])g\\s*(?:=|is|as|of)\\s*-?\\d+(?:\\.\\d+)?"
            + "\\s*(?:n\\s*/\\s*kg|m\\s*/\\s*s\\s*(?:\\^\\s*2|²)|m\\s*s\\^?-2|ms⁻²)?|(?:gravitational\\s+field\\s+strength"
            + "|acceleration\\s+due\\s+to\\s+gravity)\\s+(?:\\w+\\s+){0,3}?(?:is|=|of)\\s*\\d+(?:\\.\\d+)?\\s*(?:n\\s*/\\s*kg|m/s²|m/s\\^2)");

    /** People counted: no formula counts them. */
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(\\d+)\\s+(people|persons|passengers|pupils|students|children"
            + "|spectators|visitors|fans|players|workers|customers|friends|members|adults|teachers|of\\s+you)\\b");
    /** Words that make a count part of the problem: "each", "per", "in total". */
    private static final Pattern COUNT_MATTERS = Pattern.compile("(?i)\\b(?:each|every|per|total|altogether|all|both"
            + "|together|combined|identical|same|including)\\b|\\b(?:average|mean)\\b(?!\\s+(?:speed|velocity))");

    /** A sentence or a line: a full stop before a digit is a decimal point. */
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|\\.(?=\\d))*(?:[.!?]+|\\n|$)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** A hint in brackets inside a sentence: "Find the acceleration (hint: find the friction force first)." */
    private static final Pattern BRACKETED_HINT = Pattern.compile("(?i)\\((?=\\s*(?:hint|tip|note|remember|recall)\\b)[^()]*\\)");

    /** The words that ask, in any case. */
    private static final Pattern ASKING = Pattern.compile(PhysicsReader.CUE.pattern(), Pattern.CASE_INSENSITIVE);

    /** The text without its asides; empty where a hint states a quantity other than g, which is not guessed at. */
    static Optional<String> dropped(String text) {
        String t = NO_QUANTITY.matcher(ExamFurniture.withoutPhysicsFurniture(text)).replaceAll(" ");
        if (!ASKS_MONEY.matcher(t).find()) t = PRICE.matcher(t).replaceAll(" ");
        t = UNIT_FACT.matcher(t).replaceAll(m -> sameAmount(m) ? " " : Matcher.quoteReplacement(m.group()));
        boolean[] givesQuantity = {false};
        t = BRACKETED_HINT.matcher(t).replaceAll(m -> Matcher.quoteReplacement(hint(m.group(), givesQuantity)));
        StringBuilder out = new StringBuilder();
        Matcher s = SENTENCE.matcher(t);
        int last = 0;
        while (s.find()) {
            if (s.end() == s.start()) continue;
            String sentence = s.group();
            out.append(t, last, s.start());
            last = s.end();
            out.append(HINT.matcher(sentence).find() ? hint(sentence, givesQuantity) : peopleDropped(sentence, t));
        }
        out.append(t.substring(Math.min(last, t.length())));
        return givesQuantity[0] ? Optional.empty() : Optional.of(out.toString());
    }

    /**
     * A hint as it is kept: its words and formulas stay (a reminder that something starts from rest says so), but it asks
     * nothing ("Hint: find the friction force first." is no question: read18p); a hint that states a quantity other than
     * g sets the flag.
     */
    private static String hint(String hint, boolean[] givesQuantity) {
        String numbers = FORMULA_NUMBER.matcher(G_STATED.matcher(hint).replaceAll(" ")).replaceAll(" ");
        if (DIGIT.matcher(numbers).find()) givesQuantity[0] = true;
        return ASKING.matcher(hint).replaceAll(" ");
    }

    /** A count of people in a sentence with no other number, named nowhere else, where no word makes it count. */
    private static String peopleDropped(String sentence, String text) {
        Matcher p = PEOPLE.matcher(sentence);
        if (!p.find() || COUNT_MATTERS.matcher(text).find()) return sentence;
        String rest = sentence.substring(0, p.start()) + sentence.substring(p.end());
        String noun = p.group(2).toLowerCase(Locale.ROOT);
        if (DIGIT.matcher(rest).find()) return sentence;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.indexOf(noun) != lower.lastIndexOf(noun)) return sentence;
        return rest;
    }

    /** Whether the two amounts of a unit fact are one amount: 60 seconds and a minute, 1 km and 1000 m. */
    private static boolean sameAmount(java.util.regex.MatchResult m) {
        try {
            Quantity a = Quantity.parse(m.group(1) + " " + unitWords(m.group(2)));
            Quantity b = Quantity.parse((m.group(3) == null ? "1" : m.group(3)) + " " + unitWords(m.group(4)));
            return a.hasUnit() && b.hasUnit() && a.unit().sameDimension(b.unit()) && !a.unit().equals(b.unit())
                    && Math.abs(a.si() - b.si()) <= 1e-9 * Math.abs(a.si());
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static String unitWords(String unit) {
        String u = unit.strip();
        Matcher sq = Pattern.compile("(?i)^(square|cubic)\\s+(.*)$").matcher(u);
        if (sq.matches()) u = sq.group(2) + (sq.group(1).equalsIgnoreCase("square") ? "^2" : "^3");
        return u.replace("²", "^2").replace("³", "^3");
    }
}
