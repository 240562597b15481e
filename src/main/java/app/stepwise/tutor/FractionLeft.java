package app.stepwise.tutor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story in which two fractions of a whole are taken one after the other, asking what fraction is left or, where the
 * same person takes both, what fraction was taken:
 * <ul>
 * <li>the second of what is left ("Ana eats 1/3 of a cake and then 1/4 of what is left / the rest / the remainder"):
 * left (1 − 1/3) × (1 − 1/4), taken 1 − (1 − 1/3) × (1 − 1/4);
 * <li>both of the whole ("Ana eats 1/3 and then 1/4 of the cake", "… 1/5 of a pie and then 1/2 of the pie"): left
 * 1 − 1/3 − 1/4, taken 1/3 + 1/4 (read16).
 * </ul>
 * Only the two fractions (each less than one, together no more than the whole), one question, and that question: a
 * story that asks what was taken the second time, on one day, or by someone else, an amount of money, or a second
 * fraction of another whole is not read this way (read15, read16).
 */
final class FractionLeft {
    private FractionLeft() {}

    private static final String FRACTION = "(?<![\\d./])(\\d+/\\d+)(?![\\d/])";
    /** A word that names what is left of the whole, never the whole itself ("of the remaining cake", rev17). */
    private static final String REST_WORD = "rest|remainder|remaining|leftover|left-over";
    private static final String OF_WHAT_IS_LEFT = "\\s+of\\s+(?:what\\s+(?:is|was)\\s+left|what'?s\\s+left|whats\\s+left"
            + "|what\\s+(?:remains|remained|is\\s+left\\s+over)|the\\s+(?:rest|remainder|remaining)\\b|(?:the\\s+)?what\\s+is\\s+left"
            + "|(?:the|her|his|their|its|my|our|your)\\s+(?:" + REST_WORD + ")\\b)";
    /** The first fraction "of" something, a few words, the second fraction of what remains after the first. */
    private static final Pattern TWO_TAKINGS = Pattern.compile("(?i)" + FRACTION + "\\s+of\\s+(?:[\\p{L}',]+\\s+){1,10}?"
            + FRACTION + OF_WHAT_IS_LEFT);

    /** A word of the whole's name: not one that joins clauses or starts a phrase of time or place. */
    private static final String NAME_WORD = "(?!(?:and|then|but|so|on|in|at|during|for|to)\\b)[\\p{L}']+";
    /**
     * The first fraction, of the whole (up to four words: "a bag of flour"), a phrase of time or purpose ("on Monday",
     * "on a book"), then "and then", "and" or "then" and straight away the second fraction: no other verb between them,
     * so one person takes both.
     */
    private static final String FIRST_THEN = FRACTION + "(?:\\s+of\\s+((?:" + NAME_WORD + "\\s+){0,3}" + NAME_WORD + "))?"
            + "(?:\\s+(?:on|in|at|during|for)\\s+(?:[\\p{L}']+\\s+)?[\\p{L}']+)?,?\\s+(?:and\\s+then|and|then)\\s+" + FRACTION;
    /** The second fraction of the whole named again: "… and then 1/4 of the cake" (not "of the cake that is left"). */
    private static final Pattern TWO_PARTS = Pattern.compile("(?i)" + FIRST_THEN
            + "\\s+of\\s+(?:the|her|his|their|its|my|our|your)\\s+(?!(?:" + REST_WORD
            + "|others?)\\b)(\\p{L}+)(?!\\s+(?:that|which|left|remaining|still)\\b)");
    /** The second fraction of what is left, with only a name and a phrase of time between the two. */
    private static final Pattern ONE_TAKER_OF_THE_REST = Pattern.compile("(?i)" + FIRST_THEN + OF_WHAT_IS_LEFT);

    /** The one question: what fraction (of the whole) is left, remains, is still there; "what is left" (read16). */
    private static final Pattern ASKS_WHAT_IS_LEFT = Pattern.compile(
            "(?i)\\b(?:what\\s+fraction|how\\s+much|what)\\b[^.?!\\d]*?\\b(?:(?:is|are|was)\\s+(?:still\\s+)?left|(?:does|do|did)\\s+(?<who>\\w+)\\s+(?:still\\s+)?have\\s+left"
                    // "how much has she got left?" (read17's fresh miss)
                    + "|(?:has|have|had)\\s+(?<owner>\\w+)\\s+(?:still\\s+)?got\\s+left"
                    + "|remains?|is\\s+remaining|(?:is|are)\\s+still\\s+\\w+|(?:is|are)\\s+left\\s+to\\s+\\w+)\\b\\s*\\??\\s*$");
    /** The other question: what fraction (of the whole) has she taken, in all; group 1 names who. */
    private static final Pattern ASKS_WHAT_WAS_TAKEN = Pattern.compile(
            "(?i)\\b(?:what\\s+fraction|how\\s+much(?:\\s+money)?)\\s+(?:of\\s+(?:the|her|his|their|its|my|a|an)\\s+\\p{L}+\\s+)?(?:has|have|had|did|does|do)\\s+(\\p{L}+)\\s+"
                    + "(?:eaten|eat|read|painted|paint|used|use|spent|spend|drunk|drink|drank|sold|sell|given\\s+away|give\\s+away"
                    + "|mowed|mown|mow|cleaned|clean|finished|finish|filled|fill|watered|water|planted|plant|walked|walk|cycled"
                    + "|cycle|run|ran|covered|cover|done|do)"
                    + "(?:\\s+(?:altogether|in\\s+total|in\\s+all|so\\s+far))?\\s*\\??\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[./]\\d+)?");

    /** An amount of money: "$80", "£120", "45 dollars", "40 euros". */
    private static final Pattern AMOUNT = Pattern.compile("(?i)[£$€]\\s*(\\d+(?:\\.\\d+)?)(?![\\d,/]|\\.\\d)"
            + "|(?<![\\d./])(\\d+(?:\\.\\d+)?)\\s*(?:dollars|pounds|euros|pence|cents|rupees|pesos|rand)\\b");
    /** The first fraction taken of the money: "1/3 of her money" (the amount written there), "1/4 of it" (written before). */
    private static final Pattern OF_THE_MONEY = Pattern.compile("(?i)" + FRACTION
            + "\\s+of\\s+(?:(?:her|his|their|my|your|the)\\s+money\\b|it\\b|this\\b)");
    /** One fraction of the money spent, then the question: "Nadia spends 3/8 of her 40 euros on a game." */
    private static final Pattern ONE_TAKING = Pattern.compile("(?i)" + FRACTION + "\\s+of\\s+(?:(?:her|his|their|my|your|the)"
            + "\\s+money|it|this)(?:\\s+on\\s+(?:[\\p{L}']+\\s+){0,3}?[\\p{L}']+)?\\s*[.;]\\s*[^.;]*$");

    /**
     * A story of money (read17): "Mia spends 1/3 of her 60 dollars and then 1/2 of the remainder. How much money is left?",
     * "Sam had £120. He spent 1/3 of it …": the amount times the fraction left (or spent), asked "how much". One amount,
     * the whole of which the first fraction is taken; one fraction alone only in a story of one taking.
     */
    private static Optional<String> ofMoney(String t) {
        Matcher amount = AMOUNT.matcher(t);
        if (!amount.find()) return Optional.empty();
        String value = amount.group(1) != null ? amount.group(1) : amount.group(2);
        int at = amount.start();
        String story = t.substring(0, at) + "money" + t.substring(amount.end());
        if (amount.find() || !Pattern.compile("(?i)\\bhow\\s+much\\b").matcher(t).find()) return Optional.empty();
        Matcher first = OF_THE_MONEY.matcher(story);
        // the amount is the whole: written where the first fraction is taken of it, or before it
        if (!first.find() || at > first.end()) return Optional.empty();
        Optional<String> parts = ofTheWhole(story);
        if (parts.isEmpty() && NUMBER.matcher(story).results().count() == 1 && ONE_TAKING.matcher(story).find()
                && story.chars().filter(c -> c == '?').count() <= 1) {
            if (asksWhatIsLeft(story)) parts = Optional.of("1 - " + first.group(1));
            else if (asksWhatWasTaken(story)) parts = Optional.of(first.group(1));
        }
        return parts.map(p -> value + " × " + (p.startsWith("(") && !p.contains(") + ") ? p : "(" + p + ")"));
    }

    /** The start of the story's working (see the class comment) where the whole text is such a story; empty otherwise. */
    static Optional<String> start(String normalised) {
        Optional<String> money = ofMoney(normalised.strip()).or(() -> ofThings(normalised.strip()));
        return money.isPresent() ? money : ofTheWhole(normalised.strip()).filter(p -> !AMOUNT.matcher(normalised).find());
    }

    /** A count of things: a number and the word after it ("24 sweets", "60 sheep"). */
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\d./£$€])(\\d+)\\s+(\\p{L}{3,})\\b");

    /**
     * A story of a count of things asked "how many" (session 18): "Sara had a bag of 24 sweets. She ate 3/8 of them. How
     * many has she got left?" is read as the same story told of money (the count is the amount, "of them" or "of the
     * sweets" is "of it"); one count only, and no money in it.
     */
    private static Optional<String> ofThings(String t) {
        Matcher count = COUNT.matcher(t);
        if (AMOUNT.matcher(t).find() || !count.find() || !Pattern.compile("(?i)\\bhow\\s+many\\b").matcher(t).find())
            return Optional.empty();
        String thing = Pattern.quote(count.group(2));
        String story = t.substring(0, count.start()) + count.group(1) + " dollars" + t.substring(count.end());
        if (COUNT.matcher(story.substring(count.start() + count.group(1).length() + 8)).find()) return Optional.empty();
        story = story.replaceAll("(?i)\\bof\\s+(?:them|these|those|(?:the|her|his|their|my|your)\\s+" + thing + ")\\b", "of it")
                .replaceAll("(?i)\\bhow\\s+many(?:\\s+" + thing + ")?\\b", "how much");
        return ofMoney(story);
    }

    /**
     * The story asks what is left, of the one who took the parts where it names who has it left ("How much does she have
     * left?"; session 18: "… How much does Tom have left?" in Leila's story was verified as hers).
     */
    private static boolean asksWhatIsLeft(String t) {
        Matcher left = ASKS_WHAT_IS_LEFT.matcher(t);
        if (!left.find()) return false;
        String who = left.group("who") != null ? left.group("who") : left.group("owner");
        return who == null || bySameTaker(t, who);
    }

    private static boolean asksWhatWasTaken(String t) {
        Matcher taken = ASKS_WHAT_WAS_TAKEN.matcher(t);
        return taken.find() && bySameTaker(t, taken.group(1));
    }

    /** The fraction of the whole left or taken, where the whole text is a story of two fractions of it. */
    private static Optional<String> ofTheWhole(String t) {
        // the two fractions are all the numbers of the story, and it asks one question
        if (NUMBER.matcher(t).results().count() != 2 || t.chars().filter(c -> c == '?').count() > 1 || t.contains("="))
            return Optional.empty();
        boolean left = asksWhatIsLeft(t);
        boolean takenAsked = asksWhatWasTaken(t);
        if (!left && !takenAsked) return ofTheRestWho(t);
        Matcher rest = TWO_TAKINGS.matcher(t), oneTaker = ONE_TAKER_OF_THE_REST.matcher(t);
        // the first fraction with or without its whole ("eats 1/3 and then 1/4 of the remaining cake", rev17)
        String[] takings = rest.find()
                ? new String[]{rest.group(1), rest.group(2)}
                : oneTaker.find() ? new String[]{oneTaker.group(1), oneTaker.group(3)} : null;
        if (takings != null && parts(takings[0], takings[1])) {
            String product = "(1 - " + takings[0] + ") × (1 - " + takings[1] + ")";
            if (left) return Optional.of(product);
            // what was taken: only where nothing but a name and a time stands between the two takings (read16)
            return ONE_TAKER_OF_THE_REST.matcher(t).find() ? Optional.of("1 - " + product) : Optional.empty();
        }
        Matcher whole = TWO_PARTS.matcher(t);
        if (!whole.find() || !parts(whole.group(1), whole.group(3)) || !sameWhole(whole.group(2), whole.group(4)))
            return Optional.empty();
        String a = whole.group(1), b = whole.group(3);
        if (left) return atMostOne(a, b) ? Optional.of("1 - " + a + " - " + b) : Optional.empty();
        return Optional.of(a + " + " + b);
    }

    /** "3/5 of the class walk and 1/4 of the rest cycle": the second group's fraction of the rest, and what it does. */
    private static final Pattern REST_GROUP = Pattern.compile("(?i)" + FRACTION + "\\s+of\\s+(?:[\\p{L}',]+\\s+){1,10}?"
            + FRACTION
            + "\\s+of\\s+(?:the\\s+(?:rest|remainder|others)|what\\s+is\\s+left)\\s+((?:[\\p{L}']+\\s*){1,4}?)\\s*[.;!?]");
    /** "What fraction (of the class) cycles?": group 1 says what the group asked about does. */
    private static final Pattern ASKS_WHAT_FRACTION_DOES = Pattern.compile(
            "(?i)\\bwhat\\s+fraction\\s+(?:of\\s+(?:the|her|his|their|its|all\\s+the)\\s+\\p{L}+\\s+)?((?:[\\p{L}']+\\s*){1,4}?)\\s*\\??\\s*$");

    /**
     * The fraction of the whole in the second group, where the question asks what fraction does what that group does
     * ("… and 1/4 of the rest cycle. What fraction of the class cycles?": (1 − 3/5) × 1/4; read17).
     */
    private static Optional<String> ofTheRestWho(String t) {
        Matcher rest = REST_GROUP.matcher(t);
        Matcher asked = ASKS_WHAT_FRACTION_DOES.matcher(t);
        if (!rest.find() || !asked.find() || asked.start() < rest.end() || !parts(rest.group(1), rest.group(2)))
            return Optional.empty();
        return stems(rest.group(3)).equals(stems(asked.group(1)))
                ? Optional.of("(1 - " + rest.group(1) + ") × " + rest.group(2))
                : Optional.empty();
    }

    /** The words with a plural or third-person s dropped: "cycles" and "cycle" say the same. */
    private static java.util.List<String> stems(String words) {
        return Arrays.stream(words.toLowerCase(Locale.ROOT).strip().split("\\s+")).map(w -> w.replaceFirst("s$", "")).toList();
    }

    /** Each fraction a part: less than the whole. */
    private static boolean parts(String a, String b) {
        return fraction(a)[0] < fraction(a)[1] && fraction(b)[0] < fraction(b)[1];
    }

    /** Two parts of the same whole that together are no more than it (1/2 and then 2/3 of the cake is no story). */
    private static boolean atMostOne(String a, String b) {
        long[] x = fraction(a), y = fraction(b);
        return x[0] * y[1] + y[0] * x[1] <= x[1] * y[1];
    }

    private static long[] fraction(String f) {
        String[] nd = f.split("/");
        return new long[]{Long.parseLong(nd[0]), Long.parseLong(nd[1])};
    }

    /** The whole named after the second fraction is the first's ("a bag of flour" … "the bag"), where the first names one. */
    private static boolean sameWhole(String first, String second) {
        return first == null
                || Arrays.asList(first.toLowerCase(Locale.ROOT).split("\\s+")).contains(second.toLowerCase(Locale.ROOT));
    }

    /** "What fraction has she eaten?": a pronoun, or the name the story starts with, asks about the one who took both. */
    private static boolean bySameTaker(String text, String who) {
        if (who.matches("(?i)she|he|they|you|we|i|it")) return true;
        int first = text.indexOf('/');
        return Character.isUpperCase(who.charAt(0))
                && Pattern.compile("\\b" + Pattern.quote(who) + "\\b").matcher(text.substring(0, first)).find();
    }
}
