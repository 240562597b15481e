package app.stepwise.tutor;

import app.stepwise.lesson.Task;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the question of a typed-in text asks for something other than what a reading of it answers: a value found
 * from the solution (solve 3x + 5 = 20 "and hence find 2x + 1"), one of two roots, a coefficient of an expansion, the
 * difference of two numbers read as their sum, a change of price read as the new price, a resistor named by its value.
 * Such a reading verifies a solution of another problem (wbv18: each was verified with a wrong answer), so the deterministic
 * reader and the model's reading are both refused by it.
 */
final class AskedFor {
    private AskedFor() {}

    /** Whether the text asks for something the reading does not answer (the text as normalised by the reader). */
    static boolean somethingElse(String text, Worked w) {
        String lower = text.toLowerCase(Locale.ROOT).replace('−', '-');
        return switch (w.task()) {
            case SOLVE, SYSTEM -> oneOfTheAnswers(lower, w) || AFTER_SOLVING.matcher(lower).find()
                    || valueFromTheSolution(lower) || aProductOfTheUnknowns(lower, w) || aMeasureGivenANegativeRoot(lower, w)
                    || w.task() == Task.SYSTEM && w.answer().contains(",") && ONE_LETTER_ONLY.matcher(lower).find()
                    || rulesOutARoot(text, w)
                    || AnswerForm.notAsAsked(lower, w);
            case EXPAND, FACTOR, SIMPLIFY -> PART_OF_THE_EXPRESSION.matcher(lower).find();
            case EVALUATE -> differenceAsSomethingElse(lower, w.start()) || percentageAsked(lower, w)
                    || AnswerForm.notAsAsked(lower, w);
            case PHYSICS -> w.family().equals("resistors") && ONE_RESISTOR.matcher(question(lower)).find()
                    || Solvers.namesMoreThanTwoResistors(text) || CHANGED.matcher(lower).find();
            default -> false;
        };
    }

    /**
     * Whether the text says what the answer is not, where the reading gives two roots (see {@link #NOT_SO}); asked of the
     * text as typed too, since the reader's normalising drops "the answer is …" as a student's answer.
     */
    static boolean rulesOutARoot(String text, Worked w) {
        return (w.task() == Task.SOLVE || w.task() == Task.SYSTEM) && w.answer().contains(" or ")
                && NOT_SO.matcher(text.toLowerCase(Locale.ROOT).replace('−', '-')).find();
    }

    /** "the larger root", "which of its roots is negative", "the positive solution": one answer of a reading with two. */
    private static boolean oneOfTheAnswers(String lower, Worked w) {
        return w.answer().contains(" or ") && ONE_OF_TWO.matcher(lower).find();
    }

    private static final Pattern ONE_OF_TWO = Pattern.compile("\\b(?:larger|largest|smaller|smallest|bigger|biggest"
            + "|greater|greatest|lesser|least|higher|lower|positive|negative)\\s+(?:root|solution|value|answer|one)s?\\b"
            + "|\\bwhich\\s+(?:of\\s+(?:its|the|their)\\s+(?:two\\s+)?)?(?:roots?|solutions?|answers?)\\b"
            // "the larger of the two solutions", "the greater of its roots" (reader24: both were given)
            + "|\\b(?:larger|largest|smaller|smallest|bigger|biggest|greater|greatest|lesser|higher|lower)\\s+of\\s+"
            + "(?:the|its|their)\\s+(?:two\\s+)?(?:roots?|solutions?|values?|answers?)\\b");

    /**
     * "Find x only", "you only need to find y", "there is no need to find b": one letter of a pair asked for, where the
     * reading of the pair states both (read19: "x + y = 10, x − y = 4. Find x only." was answered x = 7, y = 3).
     */
    static final Pattern ONE_LETTER_ONLY = Pattern.compile("\\b(?:only|just)\\b[^.?!;\\n]{0,30}?\\b(?:find|need|want"
            + "|give|work\\s+out|calculate|determine|value\\s+of)\\s+(?:to\\s+find\\s+)?(?:the\\s+value\\s+of\\s+)?[a-z](?![a-z'])(?!\\s*(?:,|&|and\\b)\\s*[a-z]\\b)"
            + "|\\b(?:find|need|want|give|work\\s+out|calculate|determine|value\\s+of)\\s+(?:the\\s+value\\s+of\\s+)?[a-z]\\s+"
            + "(?:only|alone|on\\s+its\\s+own)\\b|\\b(?:find|work\\s+out|calculate|determine|give|state)\\s+only\\s+(?:the\\s+value\\s+of\\s+)?[a-z](?![a-z'])"
            + "(?!\\s*(?:,|&|and\\b)\\s*[a-z]\\b)|\\b(?:no\\s+need|(?:do\\s+not|don'?t|won'?t|will\\s+not)\\s+(?:need|have))\\s+to\\s+"
            + "(?:find|work\\s+out|calculate)\\s+(?:the\\s+value\\s+of\\s+)?[a-z](?![a-z'])");

    /**
     * Something the answer is not ("the answer is not negative", "x cannot be negative", "it isn't -4", x ≠ 3): a root
     * ruled out, where the reading gives two (read19: "Solve y² = 25. Remember the answer is not negative." was answered
     * y = 5 or y = -5).
     */
    private static final Pattern NOT_SO = Pattern.compile("\\b(?:it|answers?|solutions?|roots?|values?|(?<![a-z'])[a-z])\\s+"
            + "(?:is\\s+not|isn'?t|are\\s+not|aren'?t|can\\s*not\\s+be|can'?t\\s+be|must\\s+not\\s+be|mustn'?t\\s+be"
            + "|should\\s+not\\s+be|shouldn'?t\\s+be|will\\s+not\\s+be|won'?t\\s+be|is\\s+never|may\\s+not\\s+be"
            + "|(?:does|do)\\s+not\\s+equal|(?:doesn|don)'?t\\s+equal)\\b|≠|!=|=/=");

    /** "the product of the roots", "the sum of the two solutions": a number made of the answers, not the answers. */
    private static final Pattern AFTER_SOLVING = Pattern.compile("\\b(?:sum|product|difference|mean|average|total)\\s+of\\s+"
            + "(?:the\\s+|its\\s+|both\\s+|these\\s+)?(?:two\\s+)?(?:roots|solutions|answers|values)\\b");

    /** "find", "what is", "write down the value of" … before the expression asked for. */
    private static final Pattern ASK = Pattern.compile("\\b(?:find|work\\s+out|calculate|write\\s+down|state|give|evaluate"
            + "|determine|deduce|what\\s+is|what's|whats)\\s+(?:the\\s+value\\s+of\\s+)?([^.?!;:\\n]*)");

    /**
     * The unknown is a length, a width, a side … ("x is a length", "a square of side x cm", "the width w of the garden")
     * and the reading's answer has a negative root beside another: a measure is never negative, so the answer a teacher
     * expects is the other root alone, and both roots shown as verified would be wrong (session 18: "Solve x^2 - 2x - 8 = 0.
     * Hint: x is a length." gave x = 4 or x = -2).
     */
    private static boolean aMeasureGivenANegativeRoot(String lower, Worked w) {
        String x = w.unknown();
        if (!x.matches("[a-z]") || !w.answer().contains(" or ") || !w.answer().matches("(?s).*=\\s*[-−].*")) return false;
        return saysAMeasure(lower, x) || saysACount(lower, x);
    }

    /** The text says the letter is a length, a width, a side … ("x is a length", "a square of side x cm"). */
    static boolean saysAMeasure(String lower, String x) {
        String letter = "(?<![a-z'])" + x + "(?![a-z'(])";
        return saysAMeasureOutright(lower, x) || Pattern.compile(
                // "the width w", "a side of length x", but not "the length is x + 5": there the length is x + 5, not x
                "\\b" + MEASURE + "\\s+(?:of\\s+(?:the\\s+)?\\w+\\s+)?(?:is\\s+|of\\s+)?" + letter
                        + "(?!\\s*(?:[-+−*/^×÷²³(]|\\d|plus|minus|times))"
                        + "|" + letter + "\\s*(?:" + LENGTH_UNIT + ")\\b")
                .matcher(lower).find();
    }

    /**
     * The text says outright that the letter is a length ("x is a length", "let x be the side of the square"), the one
     * form in which the positive root alone is read as the answer (AskedAnswer). The looser forms of saysAMeasure ("the
     * width w", "x cm") keep a reading with a negative root refused, as before read21: one of them, read that way, gave a
     * wrong answer shown as verified on a sealed set (lead's merge check, session 21; the text was not read).
     */
    static boolean saysAMeasureOutright(String lower, String x) {
        String letter = "(?<![a-z'])" + x + "(?![a-z'(])";
        return Pattern.compile(letter + "\\s+(?:is|be|represents|stands\\s+for)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?" + MEASURE)
                .matcher(lower).find();
    }

    /**
     * The text says the letter counts things ("n is the number of people", "let n be the number of coins"): never negative
     * (read21: "n is the number of people in a room and n² = 81" was answered n = 9 or n = -9).
     */
    static boolean saysACount(String lower, String x) {
        String letter = "(?<![a-z'])" + x + "(?![a-z'(])";
        return Pattern
                .compile(letter + "\\s+(?:is|be|represents|stands\\s+for|means)\\s+(?:the\\s+)?(?:total\\s+)?number\\s+of\\b"
                        + "|\\bnumber\\s+of\\s+\\w+(?:\\s+\\w+)?\\s+(?:is\\s+)?" + letter
                        + "(?!\\s*(?:[-+−*/^×÷²³(]|\\d|plus|minus|times))")
                .matcher(lower).find();
    }

    /** A length only: the convention that a negative root is dropped is firm for sides and distances (a time or an age
     * before now can be negative in a story). */
    private static final String MEASURE = "(?:length|width|breadth|height|depth|side|radius|diameter|distance|perimeter)s?\\b";
    private static final String LENGTH_UNIT = "mm|cm|km|metres?|meters?|centimetres?|centimeters?|millimetres?";

    /**
     * An expression of the letters asked for after solving, not a letter alone: "find 4x", "the value of x + 10", "-x",
     * "y squared", "x + y", "3 times y". An equation after the cue is the one to solve ("what is 3x + 5 = 20"), and a letter
     * followed by words ("x when 2x = 8", "x in 3x = 12", "x to 2 d.p.") is the letter itself.
     */
    private static boolean valueFromTheSolution(String lower) {
        Matcher m = ASK.matcher(lower);
        while (m.find()) {
            // "find the value of p + q given that p + q = 9 and p − q = 5": what is asked ends where its condition starts
            String asked = CONDITION.matcher(m.group(1)).replaceFirst("").strip();
            if (asked.contains("=")) continue;
            if (EXPRESSION_OF_A_LETTER.matcher(asked).lookingAt()) return true;
        }
        return false;
    }

    /**
     * "Find xy", "work out 2ab", "the product of x and y": a number made of two unknowns of the reading, which a reading
     * that states the unknowns does not give (mread19: "x + y = 12, x − y = 2. Find xy." was answered x = 7, y = 5).
     */
    private static boolean aProductOfTheUnknowns(String lower, Worked w) {
        java.util.Set<String> unknowns = ProblemReader.variables(w.start().replace(';', '+').replace("=", "+"));
        Matcher m = ASK.matcher(lower);
        while (m.find()) {
            Matcher two = TWO_LETTERS.matcher(m.group(1).strip());
            if (!two.lookingAt()) continue;
            String a = two.group(1) != null ? two.group(1) : two.group(3), b = two.group(1) != null ? two.group(2) : two.group(4);
            if (!a.equals(b) && unknowns.contains(a) && unknowns.contains(b)) return true;
        }
        return false;
    }

    /** Two letters multiplied or combined: xy, 2ab, x²y, "the product of x and y", "the sum of a and b". */
    private static final Pattern TWO_LETTERS = Pattern
            .compile("(?:\\d+(?:\\.\\d+)?\\s*)?([a-z])(?:\\^?\\d|[²³])?([a-z])(?![a-z'])"
                    + "|the\\s+(?:sum|product|difference|quotient|total|mean|average)\\s+of\\s+([a-z])\\s+and\\s+([a-z])(?![a-z'])");

    /** The condition after what is asked: "given that …", "if …", "when …", "where …", "such that …" (read20). */
    private static final Pattern CONDITION = Pattern.compile("\\s+(?:given|if|when|where|such\\s+that|so\\s+that)\\b.*$");

    private static final Pattern EXPRESSION_OF_A_LETTER = Pattern.compile(
            // 4x, 2x + 1, -x, 3 times y, twice x, half of x
            "(?:[-+]\\s*|\\d+(?:\\.\\d+)?\\s*(?:times\\s+|×\\s*|\\*\\s*)?|(?:twice|double|half\\s+of|triple|treble)\\s+)"
                    + "[a-z](?![a-z'])"
                    // x + 10, x^2, x squared, x + y, x/2, x²
                    + "|[a-z](?![a-z'])\\s*(?:[-+*/^×÷²³]\\s*(?:\\d|[a-z](?![a-z]))|[²³]|squared\\b|cubed\\b"
                    + "|(?:plus|minus|times)\\s+(?:\\d|[a-z]\\b))"
                    + "|the\\s+(?:square|cube|reciprocal|square\\s+root)\\s+of\\s+[a-z](?![a-z'])");

    /** "state the coefficient of x", "the constant term": a part of the expanded or factorised expression. */
    private static final Pattern PART_OF_THE_EXPRESSION = Pattern
            .compile("\\bcoefficients?\\b|\\bconstant\\s+term\\b|\\bhow\\s+many\\s+terms\\b");

    /** "How much bigger is 3/4 than 2/3", "the difference between 7 and -3": a subtraction. */
    private static final Pattern DIFFERENCE = Pattern.compile("\\bhow\\s+(?:much|many)\\s+(?:more|bigger|larger|greater"
            + "|less|fewer|smaller|taller|shorter|longer|heavier|lighter|older|younger|further|higher|lower)\\b"
            + "|\\bdifference\\s+between\\b|\\bhow\\s+far\\s+apart\\b");

    /** A difference asked, and a reading with no subtraction in it (read as a sum). */
    private static boolean differenceAsSomethingElse(String lower, String start) {
        return DIFFERENCE.matcher(lower).find() && !start.matches(".*(?:[-−]|\\bminus\\b).*");
    }

    /** The question names a resistor by its value: "the resistance of the 10 Ω resistor", "smaller than the 5 Ω resistor". */
    private static final Pattern ONE_RESISTOR = Pattern
            .compile("\\bthe\\s+\\d+(?:\\.\\d+)?\\s*(?:[km]?[Ωω]|(?:kilo)?ohms?|k\\s*ohms?)\\s+resistor(?!s)");

    /** "its speed is then doubled", "the mass is halved": a quantity that changes, which no one-formula family models. */
    private static final Pattern CHANGED = Pattern
            .compile("\\b(?:doubled|doubles|halved|halves|tripled|triples|trebled|trebles|quadrupled|quadruples)\\b");

    /** The last sentence that asks (or the whole text). */
    static String question(String lower) {
        String[] sentences = lower.split("(?<=[.?!])\\s+");
        for (int k = sentences.length - 1; k >= 0; k--)
            if (sentences[k].matches("(?s).*(?:\\?|\\b(?:find|what|how|calculate|work out|determine)\\b).*")) return sentences[k];
        return lower;
    }

    /** The percentage question asks for the change, or the amount before it, and the reading answers something else. */
    private static boolean percentageAsked(String lower, Worked w) {
        if (!w.family().equals("percentages")) return false;
        // a percentage change said positive (an increase from 80 to 100 is 25 %): never a negative answer from positive numbers
        if (w.answer().strip().matches("[-−].*") && !NEGATIVE_NUMBER.matcher(lower).find()) return true;
        String asked = question(lower);
        if (BEFORE.matcher(asked).find() && !DIVIDES.matcher(w.start()).find()) return true;
        return CHANGE_ASKED.matcher(asked).find() && NEW_AMOUNT.matcher(w.start()).find();
    }

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("(?<![\\w)])-\\s*\\d");

    /** "what was it before", "find the original price", "how much did it cost at first" (not "it was 600 before"). */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:what|how\\s+much)\\s+(?:was|were|did|had)\\b[^.?!,]*"
            + "\\b(?:before|at\\s+first|to\\s+(?:start|begin)\\s+with)\\b|\\b(?:what|find|how\\s+much)\\b[^.?!,]*\\boriginal(?:ly)?\\b");

    /** A division by the multiplier of the change: 120/0.8, 70/(1 − 30/100), 130 × 100/(100 + 30). */
    private static final Pattern DIVIDES = Pattern.compile("/\\s*\\(|/\\s*0?\\.\\d|/\\s*1\\.\\d");

    /** Whether a start divides by the multiplier of a change (the amount before it). */
    static boolean divides(String start) {
        return DIVIDES.matcher(start).find();
    }

    /** "how much is the rise", "by how much", "how much do I save", "how much is taken off": the change itself. */
    private static final Pattern CHANGE_ASKED = Pattern.compile("\\bhow\\s+much\\s+(?:is|was|will|would)\\s+(?:be\\s+)?"
            + "(?:the|his|her|their|its|my|your)?\\s*(?:rise|raise|increase|decrease|discount|reduction|saving|profit|loss"
            + "|interest|tax|vat|tip|cut)\\b|\\bby\\s+how\\s+much\\b|\\bhow\\s+much\\b.*\\bsave[sd]?\\b"
            + "|\\bhow\\s+much\\b.*\\b(?:off|taken\\s+off|knocked\\s+off)\\b");

    /** A start that gives the amount after the change: 2000 × (100 + 5)/100, 60 × 1.05, 50 × (1 − 0.1) (0.95 × 60 and 0.05 × 60
     * look alike: not told apart). */
    private static final Pattern NEW_AMOUNT = Pattern
            .compile("\\(\\s*100\\s*[-+−]|\\(\\s*1\\s*[-+−]|\\b1\\.\\d+\\s*[×*]|[×*]\\s*1\\.\\d+");
}
