package app.stepwise.tutor;

import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentage problems said in words, beyond "p % of q": one amount as a percentage of another ("27 out of 40 as a
 * percentage"), an amount increased or decreased by a percentage ("£80 reduced by 15 %: the sale price"), and the
 * percentage change from one amount to another ("40 members, now 52: by what percentage has it gone up?"). Each becomes
 * one arithmetic expression; anything less clear-cut (a reverse percentage, a change with no direction, more numbers
 * than the pattern uses) reads as nothing.
 */
final class PercentageWords {
    private PercentageWords() {}

    /** The expression to work out and the reading in words. */
    record Reading(String start, Message summary) {}

    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern AS_PERCENTAGE_OF = Pattern.compile(
            NUMBER + "\\s+(?:[a-z]+\\s+)?(?:as\\s+a\\s+percentage\\s+of|out\\s+of)\\s+[£$€¥₹]?" + NUMBER + "(?!\\d|\\.\\d)");
    private static final Pattern WHAT_PERCENT = Pattern.compile(
            "what\\s+(?:percent|percentage|%)\\s+(?:is|of)\\s+[£$€¥₹]?" + NUMBER
                    + "\\s+(?:[a-z]+\\s+)?(?:of|out\\s+of)\\s+[£$€¥₹]?"
                    + NUMBER + "(?!\\d|\\.\\d)");
    /** "What percentage of 225 is 108?": the whole first. */
    private static final Pattern WHAT_PERCENT_OF_WHOLE = Pattern.compile(
            "what\\s+(?:percent|percentage)\\s+of\\s+[£$€¥₹]?" + NUMBER + "\\s+(?:[a-z]+\\s+)?(?:is|are)\\s+[£$€¥₹]?" + NUMBER
                    + "(?!\\d|\\.\\d)");
    /**
     * An amount changed by a percentage, said as an instruction: "increase 45 by 8 %", "reduce £80 by 15 percent",
     * "work out 710 increased by 17.5 %", "take 24 % off 23". The new amount is what is asked.
     */
    private static final Pattern CHANGE_BY = Pattern.compile(
            "^(?:(?:work out|calculate|find|what is)\\s+)?(?:(increase|decrease|reduce)\\s+[£$€¥₹]?" + NUMBER
                    + "\\s+by\\s+" + NUMBER + "\\s*(?:%|percent|per cent)|[£$€¥₹]?" + NUMBER
                    + "\\s+(increased|decreased|reduced)\\s+by\\s+" + NUMBER + "\\s*(?:%|percent|per cent)|take\\s+" + NUMBER
                    + "\\s*(?:%|percent|per cent)\\s+off\\s+[£$€¥₹]?" + NUMBER + ")\\s*[.?]?$");
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?(?!\\d)(\\s*%|\\s+per\\s*cent)?");
    private static final Pattern UP = Pattern.compile(
            "\\bincreas|\\bwent up\\b|\\bgone up\\b|\\bgoes up\\b|\\bgo up\\b|\\brises?\\b|\\brose\\b|\\braised?\\b|\\bgrows?\\b|\\bgrew\\b"
                    + "|\\bvat\\b(?=[^.?!]*\\badded\\b)|\\bvat\\b[^.?!]*\\bincluding\\b|\\bincluding vat\\b"); // VAT added (session 12)
    private static final Pattern DOWN = Pattern.compile(
            "\\bdecreas|\\breduc|\\bdiscount|%\\s*off\\b|\\bper\\s*cent\\s+off\\b|\\bsale\\b|\\bfell\\b|\\bfalls?\\b|\\bdropped\\b|\\bdrops?\\b|\\bwent down\\b|\\bgone down\\b|\\bgoes down\\b|\\bloses?\\b|\\blost\\b");
    /** The new amount is asked for, not the change itself. */
    private static final Pattern NEW_AMOUNT = Pattern.compile(
            "\\bnew\\b|\\bnow\\b|\\bafter\\b|\\bleft\\b|\\bremain|\\bsale price\\b|\\bfinal\\b|\\bbecomes?\\b|\\bto pay\\b|\\bwill it cost\\b"
                    // session 12: "How much does it cost in the sale?", "the price including VAT"
                    + "|\\bdoes it cost\\b|\\bin the sale\\b|\\bincluding\\b");
    /** A reverse percentage or a question about the change: not the patterns here. */
    private static final Pattern OTHER_QUESTION = Pattern.compile(
            "\\boriginal|\\bhow much (?:is|was) (?:the )?(?:discount|saving|reduction|increase)|\\bhow much (?:less|more|off)\\b|\\bsaved?\\b|\\binterest\\b|\\bper (?:year|annum|month)\\b|\\beach year\\b|\\bevery year\\b|\\bcompound");

    /**
     * "What was it before the sale?" asks the old amount; said before the question ("a coat was £65 before the sale") it
     * only names the amount the percentage is taken from (read14).
     */
    private static final Pattern BEFORE_THE = Pattern.compile("\\bbefore the\\b");

    private static final Pattern OLD_AMOUNT = Pattern
            .compile("\\bwas\\b|\\bwere\\b|\\bbefore\\b|\\bprevious|\\bat first\\b|\\bto begin with\\b"
                    // review12: "How much does it cost without VAT / excluding VAT / without the discount?" asks the old amount
                    + "|\\bwithout\\b|\\bexcluding\\b|\\bexclusive\\b|\\bex\\.? vat\\b|\\bbefore vat\\b");
    /**
     * The amount given is already the new one: "£480 including VAT", "£250 in the sale", "£60 after a 20% discount", "now
     * costs £60", "the sale price is £68" (review12: with session 12's "does it cost" and "in the sale" as questions of the
     * new amount, these were read as the old amount and changed again).
     */
    private static final Pattern GIVEN_IS_NEW = Pattern.compile("[£$€¥₹]?\\d+(?:\\.\\d+)?(?!\\s*%|\\d|\\.\\d)[^.?!;,%\\d]{0,30}?"
            + "\\b(?:in\\s+(?:the|a)(?:\\s+[a-z]+)?\\s+sale|including|incl?\\.?\\s+vat|after|with\\s+vat)\\b"
            + "|\\b(?:now|sale\\s+price|new\\s+price|reduced\\s+price|discounted\\s+price|price\\s+in\\s+the\\s+sale)"
            + "\\s+(?:\\w+\\s+){0,2}?[£$€¥₹]?\\d");
    private static final Pattern BY_AN_AMOUNT = Pattern.compile("\\bby\\s+[£$€¥₹]?\\d");
    private static final Pattern CUE = Pattern.compile("\\b(?:what|how|find|work out|calculate|determine|give|write)\\b");

    /** The question: from its last cue word ("how much", "find", "work out") to the end, or the whole text. */
    static String question(String lower) {
        Matcher m = CUE.matcher(lower);
        int at = -1;
        while (m.find()) at = m.start();
        return at < 0 ? lower : lower.substring(at);
    }

    private static final Pattern MEASURED = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?\\s*(" + "mm|cm|m|km|g|kg|mg|ml|l|s|h|p"
            + "|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|metres?|meters?|grams?|kilograms?|litres?"
            + "|liters?|pence|pounds?|dollars?|cents?|kilometres?|miles?|tonnes?)\\b");

    /** Every amount with a unit has the same unit (or none has one). */
    static boolean sameUnits(String lower) {
        Matcher m = MEASURED.matcher(lower);
        String unit = null;
        int measured = 0;
        while (m.find()) {
            measured++;
            String u = m.group(1).replaceAll("s$", "");
            if (unit != null && !unit.equals(u)) return false;
            unit = u;
        }
        return measured != 1 || !lower.matches("(?s).*\\b(?:an?|one)\\s+(?:hour|minute|day|week|year|metre|kilogram)\\b.*");
    }

    /** Bought for one amount and sold for another, the percentage profit or loss asked for. */
    private static final Pattern BOUGHT = Pattern.compile("\\b(?:bought|buys|buy|paid|pays)\\b");
    private static final Pattern SOLD = Pattern.compile("\\b(?:sold|sells|sell)\\b");
    private static final Pattern PROFIT_ASKED = Pattern
            .compile("\\b(?:percentage|percent)\\s+(profit|loss|gain)\\b|\\b(profit|loss|gain)\\s+as\\s+a\\s+percentage\\b");

    /**
     * fix11 (alg11): "bought a car for £12 000 and sold it for £9 600; what is the percentage loss?": the percentage change
     * from the price paid to the price sold for, only where the price paid comes first in the text and the word asked
     * (profit, loss) is the direction of the numbers.
     */
    static Optional<Reading> profit(String lower, List<String[]> numbers) {
        Matcher asked = PROFIT_ASKED.matcher(lower);
        Matcher bought = BOUGHT.matcher(lower), sold = SOLD.matcher(lower);
        if (!asked.find() || !bought.find() || !sold.find() || numbers.stream().anyMatch(x -> !x[1].isEmpty()))
            return Optional.empty();
        Matcher n = ANY_NUMBER.matcher(lower);
        List<Integer> at = new ArrayList<>();
        while (n.find()) at.add(n.start());
        // the price paid after "bought" and before "sold", the price sold for after "sold"
        if (!(bought.start() < at.get(0) && at.get(0) < sold.start() && sold.start() < at.get(1))) return Optional.empty();
        String word = asked.group(1) != null ? asked.group(1) : asked.group(2);
        String b = numbers.get(0)[0], a = numbers.get(1)[0];
        BigDecimal before = new BigDecimal(b), after = new BigDecimal(a);
        boolean up = after.compareTo(before) > 0;
        if (before.signum() <= 0 || after.compareTo(before) == 0 || up != !word.equals("loss")) return Optional.empty();
        String start = up ? "(" + a + " - " + b + ")/" + b + " × 100" : "(" + b + " - " + a + ")/" + b + " × 100";
        return Optional.of(new Reading(start, Message.of(up ? "reading.percentChangeUp" : "reading.percentChangeDown", b, a)));
    }

    /** A count is asked ("how many pupils …?"), not a percentage. */
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow\\s+many\\b(?!\\s+(?:percent|per\\s*cent|%))");
    /** A percentage that is the subject of its clause: "35% of them were …", "40% walk", not "35% of the total". */
    private static final Pattern PERCENT_OF_THEM = Pattern.compile(NUMBER
            + "\\s*(?:%|percent|per cent)(?:\\s+of\\s+(?:them|these|those|this|it))?\\s+(?!of\\b|more\\b|less\\b|fewer\\b|off\\b)[a-z]");
    /** The percentage is a share of something not given (a reverse percentage): "119 tickets, which is 35% of all". */
    private static final Pattern SHARE_OF_UNKNOWN = Pattern
            .compile("\\b(?:is|was|are|were|represents?|makes?\\s+up|equals?|being)\\s+"
                    + NUMBER
                    + "\\s*(?:%|percent|per cent)|\\bof\\s+(?:the\\s+)?(?:total|all|whole)\\b|\\btotal\\b|\\baltogether\\b|\\bin\\s+all\\b"
                    + "|\\boriginal|\\bat\\s+first\\b|\\bto\\s+begin\\b");

    private static final Pattern THE_REST = Pattern.compile(
            "\\b(?:not|never|rest|remaining|remain|left|other|others|more|fewer|less|than|else)\\b|n't\\b|\\bdont\\b|\\bdidnt\\b");

    /** Whether the question asks how many of something there are. */
    static boolean countAsked(String lower) {
        return HOW_MANY.matcher(question(lower)).find();
    }

    /**
     * alg13: a count stated first and a percentage of it after, the part asked: "A school sold 340 tickets and 35% of them
     * were bought by teachers. How many …?", "In a class of 30 pupils, 40% walk to school. How many …?". Only a part that
     * comes out whole: a count of 41.65 means the reading is not the problem's.
     */
    private static Optional<Reading> partOfCount(String lower, List<String[]> numbers) {
        if (!numbers.get(0)[1].isEmpty() || numbers.get(1)[1].isEmpty() || !countAsked(lower)) return Optional.empty();
        if (SHARE_OF_UNKNOWN.matcher(lower).find()) return Optional.empty();
        // "how many do not walk?", "how many are left?": the rest, not the part the percentage names
        if (THE_REST.matcher(question(lower)).find()) return Optional.empty();
        Matcher m = PERCENT_OF_THEM.matcher(lower);
        if (!m.find() || !m.group(1).equals(numbers.get(1)[0])) return Optional.empty();
        String whole = numbers.get(0)[0], rate = numbers.get(1)[0];
        BigDecimal part = new BigDecimal(whole).multiply(new BigDecimal(rate)).divide(new BigDecimal(100));
        if (new BigDecimal(whole).scale() > 0 || part.stripTrailingZeros().scale() > 0) return Optional.empty();
        return Optional.of(new Reading(rate + "/100 × " + whole, Message.of("reading.percent", rate, whole)));
    }

    private static final Pattern WHOLE_OF = Pattern.compile("\\b(?:out\\s+)?of\\s+(?:the\\s+)?" + NUMBER + "(?!\\d|\\.\\d)");
    private static final Pattern WHAT_PERCENTAGE = Pattern.compile("\\bwhat\\s+(?:percentage|percent|per cent|%)");
    private static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("of", "out", "the", "and", "are", "is", "was",
            "were", "in", "had", "has", "have", "more", "less", "times", "per");

    /**
     * read14: a whole named by "of N" and one part of it, the part's percentage asked: "A team of 25 players has 15 girls.
     * What percentage of the team are girls?", "Of 80 people asked, 20 said yes. What percent said yes?". Only where
     * the question names the part by the word that follows its number (girls, said), never the rest or another part.
     */
    private static Optional<Reading> shareOfWhole(String lower, List<String[]> numbers) {
        if (!numbers.get(0)[1].isEmpty() || !numbers.get(1)[1].isEmpty()) return Optional.empty();
        String question = question(lower);
        String statement = lower.substring(0, lower.length() - question.length());
        Matcher whole = WHOLE_OF.matcher(statement);
        if (!WHAT_PERCENTAGE.matcher(question).find() || !whole.find() || THE_REST.matcher(question).find())
            return Optional.empty();
        String total = whole.group(1);
        String part = numbers.get(0)[0].equals(total) ? numbers.get(1)[0] : numbers.get(0)[0];
        if (part.equals(total) || new BigDecimal(part).compareTo(new BigDecimal(total)) >= 0) return Optional.empty();
        Matcher named = Pattern.compile("(?<![\\w.])" + Pattern.quote(part) + "\\s+([a-z]+)").matcher(statement);
        if (!named.find() || NOT_A_NAME.contains(named.group(1))
                || !Pattern.compile("\\b" + named.group(1) + "\\b").matcher(question).find())
            return Optional.empty();
        return Optional.of(new Reading(part + "/" + total + " × 100", Message.of("reading.percentOf", part, total)));
    }

    /** The reading of a lower-case normalised text, when it is one of the three patterns and nothing more. */
    static Optional<Reading> read(String lower) {
        List<String[]> all = new ArrayList<>();
        Matcher each = ANY_NUMBER.matcher(lower);
        while (each.find()) all.add(new String[]{each.group().replaceAll("[^\\d.]", ""), each.group(1) == null ? "" : "%"});
        // (a reverse percentage stays unread: the project trains it as out of scope, OutOfScope's percentages-beyond)
        if (all.size() == 2 && sameUnits(lower)) {
            Optional<Reading> r = profit(lower, all);
            if (r.isPresent()) return r;
        }
        if (OTHER_QUESTION.matcher(lower).find() || BEFORE_THE.matcher(question(lower)).find()) return Optional.empty();
        List<String[]> numbers = new ArrayList<>(); // {value, "%" or ""}
        Matcher n = ANY_NUMBER.matcher(lower);
        while (n.find()) numbers.add(new String[]{n.group().replaceAll("[^\\d.]", ""), n.group(1) == null ? "" : "%"});
        if (numbers.size() != 2) return Optional.empty();
        // 45 minutes as a percentage of 2 hours, from 50 cm to 2 m: amounts in different units are not compared here
        if (!sameUnits(lower)) return Optional.empty();
        boolean percentWords = lower.contains("percent") || lower.contains("%");
        Matcher of = AS_PERCENTAGE_OF.matcher(lower);
        Matcher what = WHAT_PERCENT.matcher(lower);
        if (percentWords && numbers.get(0)[1].isEmpty() && numbers.get(1)[1].isEmpty() && (of.find() || what.find())) {
            Matcher m = of.hasMatch() ? of : what;
            String part = m.group(1), whole = m.group(2);
            if (new BigDecimal(whole).signum() == 0) return Optional.empty();
            return Optional.of(new Reading(part + "/" + whole + " × 100", Message.of("reading.percentOf", part, whole)));
        }
        Matcher whole = WHAT_PERCENT_OF_WHOLE.matcher(lower);
        if (numbers.get(0)[1].isEmpty() && numbers.get(1)[1].isEmpty() && whole.find()) {
            if (new BigDecimal(whole.group(1)).signum() == 0) return Optional.empty();
            return Optional.of(new Reading(whole.group(2) + "/" + whole.group(1) + " × 100",
                    Message.of("reading.percentOf", whole.group(2), whole.group(1))));
        }
        Optional<Reading> share = shareOfWhole(lower, numbers);
        if (share.isPresent()) return share;
        Matcher change = CHANGE_BY.matcher(lower.strip());
        if (change.matches()) {
            boolean increase;
            String amount, rate;
            if (change.group(1) != null) {
                increase = change.group(1).equals("increase");
                amount = change.group(2);
                rate = change.group(3);
            } else if (change.group(5) != null) {
                increase = change.group(5).equals("increased");
                amount = change.group(4);
                rate = change.group(6);
            } else {
                increase = false;
                rate = change.group(7);
                amount = change.group(8);
            }
            if (!increase && new BigDecimal(rate).compareTo(new BigDecimal(100)) >= 0) return Optional.empty();
            return Optional.of(new Reading(amount + " × (100 " + (increase ? "+ " : "- ") + rate + ")/100",
                    Message.of(increase ? "reading.percentIncrease" : "reading.percentDecrease", amount, rate)));
        }
        boolean up = UP.matcher(lower).find(), down = DOWN.matcher(lower).find();
        if (!up && !down) return partOfCount(lower, numbers);
        if (up == down) return Optional.empty(); // both directions
        long withPercent = numbers.stream().filter(x -> !x[1].isEmpty()).count();
        String question = question(lower);
        // the question asks for the new amount ("how much is it now"), not the old one ("what was it before?")
        if (withPercent == 1 && NEW_AMOUNT.matcher(question).find() && !OLD_AMOUNT.matcher(question).find()
                && !GIVEN_IS_NEW.matcher(lower.substring(0, lower.length() - question.length())).find()) {
            String rate = numbers.get(0)[1].isEmpty() ? numbers.get(1)[0] : numbers.get(0)[0];
            String amount = numbers.get(0)[1].isEmpty() ? numbers.get(0)[0] : numbers.get(1)[0];
            if (down && new BigDecimal(rate).compareTo(new BigDecimal(100)) >= 0) return Optional.empty();
            return Optional.of(new Reading(amount + " × (100 " + (up ? "+ " : "- ") + rate + ")/100",
                    Message.of(up ? "reading.percentIncrease" : "reading.percentDecrease", amount, rate)));
        }
        // "increased by 20 to 120" gives the change, not the old amount
        if (withPercent == 0 && lower.contains("percent") && !BY_AN_AMOUNT.matcher(lower).find()) {
            BigDecimal before = new BigDecimal(numbers.get(0)[0]), after = new BigDecimal(numbers.get(1)[0]);
            // the first amount is the old one; the direction the words give must be the direction of the numbers
            if (before.signum() <= 0 || after.compareTo(before) == 0 || up != after.compareTo(before) > 0)
                return Optional.empty();
            String b = numbers.get(0)[0], a = numbers.get(1)[0];
            String start = up ? "(" + a + " - " + b + ")/" + b + " × 100" : "(" + b + " - " + a + ")/" + b + " × 100";
            return Optional
                    .of(new Reading(start, Message.of(up ? "reading.percentChangeUp" : "reading.percentChangeDown", b, a)));
        }
        return Optional.empty();
    }
}
