package app.stepwise.tutor;

import app.stepwise.lesson.Task;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model's math reading must pass, besides the deterministic reader's own checks, before the tutor trusts it
 * (mread19: each was seen verified with a wrong answer). The model writes a start; the solver verifies the solution of
 * that start, not of the text, so a start of another problem ("Evaluate 5x² when x = 3" read as the equation 5x² = 3)
 * verifies. These checks only ever refuse a reading; they never change one.
 */
final class ModelReadingChecks {
    private ModelReadingChecks() {}

    /** The reason a model's math reading is refused, or empty when it passes (the text as normalised with times signs). */
    static java.util.Optional<String> refusal(String math, Task task, String start, String unknown) {
        String lower = math.toLowerCase(Locale.ROOT).replace('−', '-');
        boolean solving = task == Task.SOLVE || task == Task.SYSTEM;
        if (solving && !equationsOfTheText(math, start)) return java.util.Optional.of("an equation the text does not state");
        if (solving && namesAnotherTask(lower)) return java.util.Optional.of("the text asks for another task");
        if (solving && !unknownAsked(lower, unknown))
            return java.util.Optional.of("another letter than the one asked");
        if (task == Task.EVALUATE && !ReadingCheck.usesEveryNumber(math, start, Set.of("100", "0")))
            return java.util.Optional.of("a number of the text used less often than stated");
        if (task == Task.EVALUATE && leftAskedPartRead(lower, start)) return java.util.Optional.of("what is left asked");
        if (task == Task.EVALUATE && changedTheOtherWay(lower, start))
            return java.util.Optional.of("a change read the other way");
        if (task == Task.EVALUATE && SEQUENCE.matcher(lower).find())
            return java.util.Optional.of("a story of two events, one reading");
        if (task == Task.EVALUATE && amountBeforeAsked(lower, start)) return java.util.Optional.of("the amount before asked");
        if (task == Task.EVALUATE && comparedNotSubtracted(lower, start))
            return java.util.Optional.of("a comparison asked, no difference read");
        if (task == Task.EVALUATE && subtractedTheOtherWay(lower, start))
            return java.util.Optional.of("a subtraction said in words read the other way");
        if (task == Task.EVALUATE && missingPartAsked(lower, start)) return java.util.Optional.of("what is missing asked");
        if (task == Task.EVALUATE && percentageAskedNotFound(lower, start))
            return java.util.Optional.of("a percentage asked, none worked out");
        if (task == Task.EVALUATE && A_PART.matcher(start).matches() && MORE_OR_LESS.matcher(lower).find()
                && !HOW_MUCH_CHANGE.matcher(lower).find())
            return java.util.Optional.of("a percentage more or less read as the part");
        if (task == Task.EVALUATE && A_PART.matcher(start).matches() && WHOLE_ASKED.matcher(lower).find())
            return java.util.Optional.of("the whole asked, a part read");
        if (task == Task.EVALUATE && otherGroupAskedNotSubtracted(lower, start))
            return java.util.Optional.of("the percentage of the others asked, none taken away");
        if (task == Task.EVALUATE && priceAskedPartRead(lower, start))
            return java.util.Optional.of("the price after a change asked, a part read");
        if (task == Task.EVALUATE && changeNotOverTheStart(lower, start))
            return java.util.Optional.of("a percentage change not over the amount it starts from");
        if (solving && letterValueGiven(lower, unknown)) return java.util.Optional.of("the letter's value is given");
        if (NUMBER_WORD.matcher(lower).find()) return java.util.Optional.of("a number said in words");
        return java.util.Optional.empty();
    }

    /**
     * The reason a model's physics reading is refused, or empty when it passes (the text as normalised, lower case). A
     * given must occur in the text with its digits ({@link ModelReading#occursWithUnit}), so a number said in words is one
     * no physics reading of the model can have used: "Three identical 1.5 V cells … 0.9 A" read as R = 1.5 V / 0.9 A
     * (mread23), "its speed doubles", "ten waves pass in 5 s". The model's reading of such a text has left a number out.
     */
    static java.util.Optional<String> physicsRefusal(String lower, String family) {
        if (PHYSICS_NUMBER_WORD.matcher(lower).find()) return java.util.Optional.of("a number said in words");
        if (family.equals("speed") && SPEED_CHANGES.matcher(lower).find())
            return java.util.Optional.of("a speed that changes, read as a steady one");
        if (THERE_AND_BACK.matcher(lower).find()) return java.util.Optional.of("a path there and back");
        // "A 2 kg ball moves at 3 m/s. It then drops 1 m. Find its kinetic energy as it lands." (r19-048, out of scope):
        // two events told in order, which no one-formula family models
        if (SEQUENCE.matcher(lower).find()) return java.util.Optional.of("a story of two events, one reading");
        return java.util.Optional.empty();
    }

    private static final Pattern SAYS_PARALLEL = Pattern.compile("\\bparallel\\b|\\bside\\s+by\\s+side\\b");
    private static final Pattern SAYS_SERIES = Pattern.compile("\\bseries\\b|\\bend\\s+to\\s+end\\b|\\bone\\s+after\\s+the"
            + "\\s+other\\b");

    /**
     * A pair of resistors worked as a connection the text does not state. A reading names the givens and the unknown, not
     * the connection, and the family's first case with them is taken, which is the series one: "a 6 Ω resistor in parallel
     * with a 3 Ω resistor" read as R = 6 + 3 = 9 Ω (mread24). The worked formula's connection must be the one the text
     * says, and the text must say only that one.
     */
    static boolean connectionNotAsTold(String lower, app.stepwise.solve.Worked w) {
        if (!w.family().equals("resistors") || w.mathLines().isEmpty()) return false;
        boolean parallel = w.mathLines().get(0).replace(" ", "").startsWith("1/R");
        boolean saysParallel = SAYS_PARALLEL.matcher(lower).find(), saysSeries = SAYS_SERIES.matcher(lower).find();
        return parallel ? !saysParallel || saysSeries : !saysSeries || saysParallel;
    }

    /**
     * "What is the resistor?", "find the other resistor", "find the other one": one resistor of the pair asked, not their
     * total.
     */
    private static final Pattern ONE_OF_THE_PAIR_ASKED = Pattern
            .compile("\\b(?:the|this|that)\\s+(?:other\\s+|unknown\\s+|second\\s+|missing\\s+|first\\s+)?resistor\\b(?!s)"
                    + "|\\b(?:the|this|that)\\s+(?:other|unknown|second|missing|first)\\s+one\\b");
    /** "total", "combined", "effective": a total asked. */
    private static final Pattern TOTAL_WORD = Pattern.compile("\\b(?:total|combined|effective|equivalent|overall|single"
            + "|replace|together|altogether|pair|combination|circuit)\\b");
    /**
     * "gives 100 Ω in total", "75 Ω altogether", "together they give 12 Ω": a total the text states (hand25: a pair in
     * parallel, once worked in parallel, read the stated total as the second resistor).
     */
    private static final Pattern TOTAL_STATED = Pattern.compile("\\d\\s*(?:k\\s*)?(?:Ω|ω|ohms?)\\s+(?:in\\s+total|altogether"
            + "|overall|combined)\\b|\\b(?:together|between\\s+them)\\s*,?\\s+(?:they\\s+)?(?:give|make|have|provide)s?\\s+"
            + "(?:an?\\s+)?(?:(?:total|combined|effective)\\s+)?(?:resistance\\s+)?(?:of\\s+)?\\d");

    /**
     * A pair's total read where the text states the total and asks for one resistor: "A resistor in series with a 40 Ω
     * resistor gives 100 Ω in total. What is the resistor?" read as R = 40 Ω + 100 Ω (mread24's fresh set).
     */
    static boolean totalReadWhereOneAsked(String lower, app.stepwise.solve.Worked w) {
        if (!w.family().equals("resistors") || !w.start().equals("R")) return false; // a physics start is the unknown
        String asked = AskedFor.question(lower);
        return TOTAL_STATED.matcher(lower).find()
                || ONE_OF_THE_PAIR_ASKED.matcher(asked).find() && !TOTAL_WORD.matcher(asked).find();
    }

    /**
     * The speed changes (from rest, speeding up, braking, from 4 m/s to 12 m/s): d = v·t of the speed family holds for a
     * steady speed only, so "goes from rest to 8 m/s in 4 s, what distance" read as 8 m/s × 4 s = 32 m is wrong (16 m:
     * mread24). A start or an end at rest is a speed of 0 said in words, which no given of the model's can hold.
     */
    private static final Pattern SPEED_CHANGES = Pattern.compile("\\b(?:from|at)\\s+rest\\b|\\bspeed(?:s|ed|ing)?\\s+up\\b"
            + "|\\b(?:de)?accelerat\\w*|\\bslow(?:s|ed|ing)?\\s+(?:down|to)\\b|\\bbrak\\w*|\\bstop(?:s|ped|ping)?\\b"
            + "|\\bstandstill\\b|\\bfrom\\s+\\d+(?:\\.\\d+)?\\s*(?:m/s|km/h|mph)?\\s*to\\s+\\d");

    /**
     * An echo, a round trip: the distance travelled is twice the one stated or asked ("its echo returns after 0.4 s … how
     * deep is the sea?" read by the model as d = 1500 m/s × 0.4 s, 600 m, where the sea is 300 m deep: mread23).
     */
    private static final Pattern THERE_AND_BACK = Pattern.compile("\\b(?:echo\\w*|there\\s+and\\s+back|round[-\\s]trip"
            + "|back\\s+and\\s+forth|to\\s+and\\s+fro)\\b");

    private static final String NUM = "[-−]?\\d+(?:\\.\\d+)?(?:/\\d+)?";
    /** "3/8 less than 7/8", "subtract 5 from 12", "take 17 away from 50": the second number minus the first. */
    private static final Pattern SUBTRACTED = Pattern.compile("(" + NUM + ")\\s+(?:less|fewer|smaller)\\s+than\\s+(" + NUM + ")"
            + "|\\b(?:subtract|take|deduct|remove)\\s+(" + NUM + ")\\s+(?:away\\s+)?from\\s+(" + NUM + ")"
            + "|\\b(" + NUM + ")\\s+(?:taken\\s+|subtracted\\s+)(?:away\\s+)?from\\s+(" + NUM + ")");

    /** "What is 3/8 less than 7/8?" read as 3/8 − 7/8 (mread23): the subtraction the words say, the other way round. */
    static boolean subtractedTheOtherWay(String lower, String start) {
        String s = start.replace('−', '-').replaceAll("\\s+", "");
        Matcher m = SUBTRACTED.matcher(lower);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
            String first = m.group(g).replace('−', '-'), second = m.group(g + 1).replace('−', '-');
            if (s.contains(first + "-" + second) || s.contains(first + "-(" + second)) return true;
        }
        return false;
    }

    /** "What must be added to 3/5 to make 1?", "what do I multiply 6 by to get 84": the missing part, not the sum. */
    private static final Pattern ADDED_TO_MAKE = Pattern
            .compile("\\badd(?:ed)?\\b[^.?!]{0,40}?\\bto\\s+(?:make|give|get|reach)\\b");
    private static final Pattern MULTIPLIED_TO_MAKE = Pattern
            .compile("\\bmultipl(?:y|ied)\\b[^.?!]{0,40}?\\bto\\s+(?:make|give|get|reach)\\b");

    /** The missing addend read as a sum (3/5 + 1, mread23), or the missing factor as a product. */
    static boolean missingPartAsked(String lower, String start) {
        return ADDED_TO_MAKE.matcher(lower).find() && !start.matches(".*[-−].*")
                || MULTIPLIED_TO_MAKE.matcher(lower).find() && !start.matches(".*[/÷].*");
    }

    /** "60 is what percent of 75", "as a percentage", "the percentage increase": a percentage is the answer. */
    private static final Pattern PERCENTAGE_ASKED = Pattern.compile("\\bwhat\\s+(?:percent|percentage|%)|\\bas\\s+a\\s+"
            + "percentage\\b|\\bpercentage\\s+(?:increase|decrease|change|rise|fall|profit|loss)\\b");

    /** A percentage asked and a start with no hundred in it (60/75 × 75 for "60 is what percent of 75": mread23). */
    static boolean percentageAskedNotFound(String lower, String start) {
        return PERCENTAGE_ASKED.matcher(lower).find() && !start.contains("100");
    }

    /**
     * "30 % more than 70", "20 % less", "10 % extra", "15 % off": the amount after a change, not the part ("15% off a £60
     * dress how much did she pay" read as 15/100 × 60: mread24).
     */
    private static final Pattern MORE_OR_LESS = Pattern.compile("%\\s*(?:more|less|fewer|extra|cheaper|dearer|higher"
            + "|lower|bigger|smaller|larger|off)\\b|\\bper\\s*cent\\s+(?:more|less|fewer|extra|off)\\b");
    /**
     * "How much more …", "how much do I save", "how much is taken off", "what is the discount": the change itself is asked,
     * which is the part (w18-077, read right).
     */
    private static final Pattern HOW_MUCH_CHANGE = Pattern.compile("\\bhow\\s+(?:much|many)\\s+(?:more|less|fewer|extra"
            + "|cheaper|dearer)\\b|\\bsave[sd]?\\b|\\bsaving\\b|\\bhow\\s+much\\b[^.?!]*\\boff\\b"
            + "|\\b(?:what|how\\s+much)\\s+(?:is|was|will\\s+be)\\s+the\\s+(?:discount|reduction|cut)\\b");

    /**
     * "40% of a number is 56", "24 is 15% of which number?", "30% of what is 12": the whole is asked, so a start that
     * works out the part of a number the text gives (40/100 × 56, 15/100 × 24: mread24) answers another question.
     */
    private static final Pattern WHOLE_ASKED = Pattern.compile("(?:%|\\bper\\s*cent)\\s*of\\s+(?:a|an|the|some|what"
            + "|which)\\s+(?:certain\\s+)?(?:number|amount|sum|quantity|total|value)\\b|(?:%|\\bper\\s*cent)\\s*of\\s+what\\b"
            + "|\\bof\\s+(?:which|what)\\s+(?:number|amount|sum|quantity|total|value)\\b");

    /** "What percentage stayed sitting?", "what percent do not walk", "… are still left": the other group's share. */
    private static final Pattern OTHER_GROUP = Pattern.compile("\\b(?:not|stay\\w*|still|others?|left|remain\\w*|rest)\\b"
            + "|n't\\b");

    /**
     * A percentage of the others asked (those who did not, stayed, are left) and a start that takes nothing away: "45 of the
     * 60 stood up. What percentage stayed sitting?" read as 45/60 × 100 (mread24). The share of the group the text counts
     * is not the share of the others.
     */
    static boolean otherGroupAskedNotSubtracted(String lower, String start) {
        return PERCENTAGE_ASKED.matcher(lower).find() && OTHER_GROUP.matcher(AskedFor.question(lower)).find()
                && !start.matches(".*[-−].*");
    }

    /** "from 80p", "from £24 to £27": the amount a change starts from. */
    private static final Pattern FROM_AMOUNT = Pattern.compile("\\bfrom\\s+[£$€]?(\\d+(?:\\.\\d+)?)");
    /** (A − B)/C: a change over the amount C. */
    private static final Pattern CHANGE_OVER = Pattern
            .compile("\\(\\s*[\\d.]+\\s*[-−]\\s*[\\d.]+\\s*\\)\\s*/\\s*(\\d+(?:\\.\\d+)?)");

    /**
     * A percentage change is the change over the amount it starts from; where the text says which ("went up by 20p from
     * 80p", "from 50 to 65"), a start that divides by another number ((80 − 20)/20 × 100: mread24) is of another change.
     */
    /** "How much does a ticket cost with the saving?", "what do you pay", "the sale price": the amount after a change. */
    private static final Pattern PRICE_ASKED = Pattern.compile("\\bhow\\s+much\\s+(?:does|do|did|will|would|is|are)\\b"
            + "[^.?!]*\\b(?:cost|costs|pay|paid|worth)\\b|\\b(?:new|sale|final|selling|reduced)\\s+price\\b"
            + "|\\bwhat\\s+(?:does|do|did|will|would)\\s+\\w+\\s+(?:cost|pay)\\b");
    /** "How much is the saving", "how much do I save", "how much tax": the change itself, which is a part. */
    private static final Pattern CHANGE_NAMED = Pattern.compile("\\bhow\\s+much\\s+(?:is|was|will\\s+be)\\s+the\\s+"
            + "(?:discount|saving|reduction|rise|increase|cut)\\b|\\bhow\\s+much\\s+(?:do|does|did|will|would|can)\\s+\\w+"
            + "\\s+save\\b|\\b(?:tax|vat|interest|tip|deposit|commission)\\b");

    /**
     * The price after a change asked, and a start that is a part: "'Save 20% on tickets!' A ticket normally costs £3.50.
     * How much does a ticket cost with the saving?" read as 20/100 × 3.50 (mread24's fresh set; "save" anywhere in the text
     * had let it through the "p % off" check).
     */
    static boolean priceAskedPartRead(String lower, String start) {
        String asked = AskedFor.question(lower);
        return (lower.contains("%") || lower.contains("percent")) && A_PART.matcher(start).matches()
                && PRICE_ASKED.matcher(asked).find() && !CHANGE_NAMED.matcher(asked).find();
    }

    static boolean changeNotOverTheStart(String lower, String start) {
        Matcher over = CHANGE_OVER.matcher(start);
        if (!over.find()) return false;
        Set<String> from = new LinkedHashSet<>();
        Matcher f = FROM_AMOUNT.matcher(lower);
        while (f.find()) from.add(f.group(1));
        return from.size() == 1 && !from.contains(over.group(1));
    }

    /**
     * "Find the value of 3x − 2 when x is −4": the letter's value is given, so there is nothing to solve for it; a model's
     * equation 3x − 2 = −4 is of another problem (the text's "is" is no equals sign for {@link #equationsOfTheText}).
     */
    static boolean letterValueGiven(String lower, String unknown) {
        if (unknown == null || !unknown.strip().matches("[a-z]")) return false;
        return Pattern.compile("\\b(?:when|if|where|for|with)\\s+" + unknown.strip() + "\\s+(?:is|equals|=)\\s*[-−]?\\s*\\d")
                .matcher(lower).find();
    }

    /** A count or a multiplier said in words ("one" left out: "one of 10 Ω", "one end"). */
    private static final Pattern PHYSICS_NUMBER_WORD = Pattern.compile("\\b(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|twice|double[sd]?|half|halve[sd]?|triple[sd]?"
            + "|treble[sd]?|thirds?|quarters?)\\b");

    /**
     * "Which is larger, 5/8 or 3/5, and by how much?", "By how much is 1000 greater than 647?": a comparison, whose answer
     * is a difference; a start with no subtraction (5/8 × 3/5, read by the model in mread23) answers another question.
     */
    static boolean comparedNotSubtracted(String lower, String start) {
        return COMPARISON.matcher(lower).find() && !start.matches(".*(?:[-−]|\\bminus\\b).*");
    }

    private static final Pattern COMPARISON = Pattern.compile("\\bby\\s+how\\s+(?:much|many)\\b"
            + "|\\bwhich\\s+(?:one\\s+|number\\s+|fraction\\s+)?(?:is|was)\\s+(?:the\\s+)?(?:larger|bigger|greater|smaller"
            + "|more|less|higher|lower)\\b");

    /**
     * Where the text states equations, each equation of the start is one of them (the same sides, either way round, up to
     * equivalence) or an expression of the text set to 0 ("the roots of f(x) = x² − 4"): "Evaluate 5x² when x = 3" is no
     * equation 5x² = 3, "the value of 2a + 3b when a = 4 and b = −1" no system 2a + 3b = 4, a = −1. A text with no
     * equals sign (a word problem) leaves the model to write it; the other checks hold there.
     */
    static boolean equationsOfTheText(String text, String start) {
        List<Statement.Equation> stated = new ArrayList<>();
        for (Statement s : statements(text)) if (s instanceof Statement.Equation e) stated.add(e);
        // "Q6. 3x + 4 =": an equals sign with no equation the reader can parse is no licence to write one
        if (stated.isEmpty() && !text.contains("=")) return true;
        for (String part : start.split(";")) {
            Statement s;
            try {
                s = Statement.collapse(Parser.parse(part.strip()));
            } catch (MathSyntaxException | RuntimeException e) {
                return false;
            }
            if (!(s instanceof Statement.Equation e)) return false;
            if (stated.stream().noneMatch(t -> same(t.lhs(), e.lhs()) && same(t.rhs(), e.rhs())
                    || same(t.lhs(), e.rhs()) && same(t.rhs(), e.lhs()))
                    && !(isZero(e.rhs())
                            && ModelReading.isAnExpressionOf(text, part.substring(0, part.indexOf('=')))))
                return false;
        }
        return true;
    }

    /** The statements the text's stretches of math parse as; "f(x) =" and "y =" before an expression leave it alone. */
    static List<Statement> statements(String normalisedText) {
        String body = normalisedText.replaceAll("\\b[a-zA-Z]\\s*\\(\\s*[a-z]\\s*\\)\\s*=", " = ");
        List<Statement> out = new ArrayList<>();
        for (TextMath.Run run : TextMath.runs(body)) {
            java.util.Optional<String> math = TextMath.parseable(run.text());
            if (math.isEmpty()) continue;
            try {
                out.add(Statement.collapse(Parser.parse(math.get())));
            } catch (MathSyntaxException | RuntimeException e) {
                // not math after all
            }
        }
        return out;
    }

    private static boolean same(Expr a, Expr b) {
        try {
            return Equivalence.of(a, b).equivalent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isZero(Expr e) {
        try {
            return Equivalence.of(e, Parser.parseExpression("0")).equivalent();
        } catch (MathSyntaxException | RuntimeException x) {
            return false;
        }
    }

    /** Words of another task than solving (expand, simplify, factorise, differentiate, evaluate, substitute). */
    private static final Pattern ANOTHER_TASK = Pattern.compile("\\b(?:expand|multiply\\s+out|simplif(?:y|ied)"
            + "|factori[sz]e|differentiate|derivative|evaluate|substitut\\w*)\\b");
    /** Words that ask for an equation to be solved. */
    private static final Pattern SOLVING = Pattern.compile(
            "\\b(?:solve|solving|solutions?|roots?|equations?|satisf\\w*|rearrange|subject)\\b");

    /** The text names another task and never asks for solving: "Simplify 4a + 3b − a + 2b, then find its value when …". */
    static boolean namesAnotherTask(String lower) {
        return ANOTHER_TASK.matcher(lower).find() && !SOLVING.matcher(lower).find();
    }

    /** "solve for w", "find x", "make t the subject": the letter the text asks for, when it names one. */
    private static final Pattern ASKED_LETTER = Pattern.compile("\\b(?:solve\\s+for|find|make|work\\s+out|calculate"
            + "|what\\s+is|what's|whats|determine)\\s+(?:the\\s+value\\s+of\\s+)?([a-z])"
            + "(?=\\s*(?:[.?!,;:]|$|\\s(?:when|if|in|from|given|for|such|so|and|the\\s+subject)\\b))");

    /** The reading solves for the letter the text asks for (when the text names exactly one). */
    static boolean unknownAsked(String lower, String unknown) {
        Set<String> asked = new LinkedHashSet<>();
        Matcher m = ASKED_LETTER.matcher(lower);
        while (m.find()) asked.add(m.group(1));
        if (asked.size() != 1 || unknown.isBlank() || unknown.contains(",")) return true;
        return asked.contains(unknown.strip());
    }

    /** "How many are left?", "what remains": the rest after a part is taken, not the part. */
    private static final Pattern LEFT_ASKED = Pattern.compile("\\b(?:left|left\\s+over|remain(?:s|ing|der)?|rest)\\b");
    /** 25/100 × 40, 40 × 25/100, 0.25 × 40: a part, nothing more. */
    private static final Pattern A_PART = Pattern.compile(
            "\\s*(?:[\\d.]+\\s*/\\s*100\\s*[×*·]\\s*[\\d.]+|[\\d.]+\\s*[×*·]\\s*[\\d.]+\\s*/\\s*100|0?\\.\\d+\\s*[×*·]\\s*[\\d.]+"
                    + "|[\\d.]+\\s*[×*·]\\s*0?\\.\\d+)\\s*");

    /** What is left asked, and a start that takes nothing away (a part of the amount, or parts put together). */
    static boolean leftAskedPartRead(String lower, String start) {
        return LEFT_ASKED.matcher(AskedFor.question(lower)).find()
                && (A_PART.matcher(start).matches() || !start.matches(".*[-−].*"));
    }

    /**
     * "… and then his sister eats 3/7 of it", "Increase 60 by 15 %, then decrease …": two events told in order, which
     * the model's one-line start has read as one operation of the wrong numbers (a difference of the two takers' parts).
     */
    private static final Pattern SEQUENCE = Pattern.compile("\\b(?:then|after\\s+that|afterwards|later|next)\\b");

    private static final Pattern DOWN = Pattern.compile("\\b(?:discount\\w*|reduc\\w*|decreas\\w*|off|sale|cut|fall\\w*"
            + "|drop\\w*|loss|lower\\w*)\\b");
    private static final Pattern UP = Pattern.compile("\\b(?:increas\\w*|rise[sn]?|rising|raise[sd]?|up|profit|gain\\w*"
            + "|vat|tax|interest|tip|mark-?up|grow\\w*)\\b");
    /** 90 × (100 + 30)/100, × 1.3, (1 + 0.3): the amount after a rise; (100 − 30), (1 − 0.3): after a fall. */
    private static final Pattern RISE_FORM = Pattern
            .compile("\\(\\s*100\\s*\\+|\\(\\s*1\\s*\\+|\\b1\\.\\d+\\s*[×*]|[×*]\\s*1\\.\\d+");
    private static final Pattern FALL_FORM = Pattern.compile("\\(\\s*100\\s*[-−]|\\(\\s*1\\s*[-−]");

    /** "a discount of 30 %" read as 90 × (100 + 30)/100 (es14-d, in Spanish), or a rise read as a fall. */
    static boolean changedTheOtherWay(String lower, String start) {
        boolean down = DOWN.matcher(lower).find(), up = UP.matcher(lower).find();
        return down && !up && RISE_FORM.matcher(start).find() || up && !down && FALL_FORM.matcher(start).find();
    }

    /** "the price without VAT", "before the discount", "what did the shop pay": the amount before a change. */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:without|excluding|exclusive\\s+of|before)\\s+(?:the\\s+)?"
            + "(?:vat|tax|increase|rise|discount|reduction|sale|cut|mark-?up|profit|loss)\\b|\\bwhat\\s+did\\s+(?:the\\s+)?\\w+"
            + "\\s+(?:pay|cost)\\b|\\bcost\\s+price\\b|\\bincluding\\s+(?:vat|tax)\\b");

    static boolean amountBeforeAsked(String lower, String start) {
        return lower.contains("%") || lower.contains("percent")
                ? BEFORE.matcher(lower).find() && !AskedFor.divides(start)
                : false;
    }

    /**
     * A multiplier said in words ("twice as many", "half of what is left", "doubled", "a third of", "three times"): a
     * number of the problem that no start of the model's has (its digits are not in the text), so a start that passes
     * the number checks has left it out.
     */
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:half|halve[sd]?|twice|double[sd]?|triple[sd]?"
            + "|treble[sd]?|thirds?|quarters?|dozens?|(?:two|three|four|five|six|seven|eight|nine|ten)\\s+times"
            + "|in\\s+a\\s+row|consecutive)\\b");
}
