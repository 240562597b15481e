package app.stepwise.tutor;

import app.stepwise.solve.Worked;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers said in words, where the deterministic reader reads numbers by their digits (reader24): in algebra a whole
 * number in words is written with its digits ("Five less than three times a number is 16" was read as 3x = 16); in
 * physics a count or a multiple in words ("Ten waves pass a buoy in 5 s", "Three 4 kg bags", "its speed doubles") is a
 * number no one-formula reading uses, so such a reading is refused; and a path there and back (an echo) is one the
 * speed formula reads one way.
 */
final class WordNumbers {
    private WordNumbers() {}

    private static final List<String> ONES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** "seven", "twenty", "twenty-five", "thirty one"; "one" only where asked for. */
    private static final Pattern WHOLE = Pattern.compile("(?i)\\b(?:(" + String.join("|", TENS) + ")(?:[-\\s](?:"
            + String.join("|", ONES.subList(0, 9)) + ")\\b)?|(" + String.join("|", ONES) + "))\\b(?![-'’]\\w)");
    /** {@link #WHOLE} also before a hyphen: "two-kilogram", "four-metre". */
    private static final Pattern WHOLE_IN_A_COMPOUND = Pattern.compile(WHOLE.pattern().replace("(?![-'’]\\w)", ""));
    /** A count in words, two and up (a whole number under a hundred, a hundred, a thousand, a dozen, a pair, a couple). */
    static final String COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
            + "|dozens?|pairs?|couple";
    private static final Pattern TENS_AND_ONE = Pattern.compile("(?i)[-\\s](" + String.join("|", ONES.subList(0, 9)) + ")$");

    /**
     * The text with each whole number said in words written with its digits ("Four less than twice a number is 10" →
     * "4 less than twice a number is 10"); "one" is kept unless {@code withOne} ("one fifth", "one of them").
     */
    static String digits(String text, boolean withOne) {
        return WHOLE.matcher(text).replaceAll(m -> {
            int n = value(m);
            return n == 1 && !withOne ? Matcher.quoteReplacement(m.group()) : String.valueOf(n);
        });
    }

    /** The numbers {@link #digits} writes for the text's words: numbers the text states, though not with digits. */
    static Set<String> said(String text, boolean withOne) {
        Set<String> out = new LinkedHashSet<>();
        for (Matcher m = WHOLE.matcher(text); m.find();) {
            int n = value(m);
            if (n != 1 || withOne) out.add(String.valueOf(n));
        }
        return out;
    }

    /** The whole number said in words that starts at {@code at} ("two-kilogram": 2), if one does. */
    static OptionalInt valueAt(String text, int at) {
        Matcher m = WHOLE_IN_A_COMPOUND.matcher(text);
        m.region(at, text.length());
        return m.lookingAt() ? OptionalInt.of(value(m)) : OptionalInt.empty();
    }

    private static int value(MatchResult m) {
        if (m.group(2) != null) return ONES.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        int n = (TENS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2) * 10;
        Matcher one = TENS_AND_ONE.matcher(m.group());
        return one.find() ? n + ONES.indexOf(one.group(1).toLowerCase(Locale.ROOT)) + 1 : n;
    }

    /** A count or a multiple said in words, as a physics text may say one (digits before a unit are read already). */
    private static final Pattern PHYSICS_WORD = Pattern.compile("\\b(?:(" + COUNTS + ")|twice|double[sd]?|doubling|half"
            + "|halve[sd]?|halving|triple[sd]?|tripling|treble[sd]?|thirds?|quarters?"
            // a distance or a lift done once more ("dragged the same distance again"): the total is a multiple
            + "|(again|once\\s+more|repeat(?:s|ed|ing)?))\\b");
    /** How the answer is to be written ("to two significant figures", "three decimal places"): no number of the problem. */
    private static final Pattern ROUNDING = Pattern.compile("\\b(?:two|three|four|five)\\s+(?:significant|sig\\b|s\\.?f\\b"
            + "|decimal|d\\.?p\\b|marks?\\b)");

    /**
     * A physics reading that leaves out a number said in words: "Ten waves pass a buoy in 5 s" (read as v = d/t),
     * "Four identical 100 g masses" (the weight of one), "twice the distance of 3 m". The resistors' two are the pair the
     * family reads ("Two resistors, one of 4 Ω and one of 12 Ω"); a text with three or more is refused before this. A word
     * that cannot change the reading is no reason to refuse (reader25): a heading ("Kinetic energy again."), a count of
     * something the reading does not use ("hangs from two hooks"), a count folded in a total stated, the formula said in
     * words ("half m v squared"), a given said again in words ("a 2 kg mass … the two-kilogram mass").
     */
    static boolean physicsLeavesOut(String physicsText, Worked w) {
        String lower = ROUGHLY.matcher(ROUNDING.matcher(physicsText.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ");
        // "Two resistors, 6 Ω and 3 Ω, … to a 9 V battery": the reading has both resistances (phys11, w18-008)
        boolean twoResistances = w.givens().stream().filter(g -> g.symbol().matches("R_?[12]")).count() == 2;
        // the resistors family reads a pair: "two resistors in parallel give 6 ohms altogether. one is 10 ohms" (phys13),
        // "What current does the pair take" (m24b-029)
        if (twoResistances || w.family().equals("resistors")) lower = lower.replaceAll("\\b(?:two|pair)\\b", " ");
        // "stands on four feet with a total area of 0.5 m²": the count is in the total stated (read14)
        if (PhysicsWords.areaOfOneSupport(lower, w)) return true;
        boolean totalStated = TOTAL_STATED.matcher(lower).find();
        for (Matcher m = PHYSICS_WORD.matcher(lower); m.find();)
            if (!harmless(lower, m, w, totalStated)) return true;
        return false;
    }

    private static boolean harmless(String lower, MatchResult word, Worked w, boolean totalStated) {
        if (word.group(2) != null) return PhysicsWords.heading(lower, word.start());
        if (word.group(1) == null) return PhysicsWords.formulaInWords(lower, word, w);
        return PhysicsWords.sameAsAGiven(lower, word, w)
                .orElseGet(() -> totalStated || PhysicsWords.countOfSomethingElse(lower, word, w));
    }

    /** A rough number in an aside ("It takes about two hours to charge"): no given (phys13). */
    private static final Pattern ROUGHLY = Pattern.compile("\\b(?:about|around|roughly|nearly|almost|approximately)\\s+"
            + "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|half|a\\s+quarter)\\b");
    /**
     * A given stated as the total of what was counted: "with a total area of 0.5 m²", "a combined mass of 12 kg", "the
     * total area of its feet in contact with the ground is 0.5 m²" (r21-057), in one sentence.
     */
    private static final Pattern TOTAL_STATED = Pattern
            .compile("\\b(?:total|combined)\\s+(?:[\\w'’]+\\s+){1,10}?(?:of|is|=|are|measures)\\s*\\d");

    /** An echo, a trip there and back: the distance travelled is twice the one stated or asked. */
    private static final Pattern THERE_AND_BACK = Pattern.compile("\\b(?:echo\\w*|there\\s+and\\s+back|round[-\\s]trip"
            + "|back\\s+and\\s+forth|to\\s+and\\s+fro|and\\s+back|back\\s+(?:home|again)|return\\s+journey|reflect\\w*)\\b");

    /**
     * A speed or a wave read from a path there and back: "hears the echo 0.05 s later … how far away is the wall?" (read
     * as 17 m, where the wall is 8.5 m away: mread23), "to a tree 30 m away and back in 12 s".
     */
    static boolean thereAndBack(String physicsText, Worked w) {
        return (w.family().equals("speed") || w.family().equals("wave-speed"))
                && THERE_AND_BACK.matcher(physicsText.toLowerCase(Locale.ROOT)).find();
    }
}
