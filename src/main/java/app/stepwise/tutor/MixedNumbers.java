package app.stepwise.tutor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed numbers as people type them in a problem's text, read exactly or not at all (ADR 0008, mixed14): 2 1/2, 2½,
 * 2 and 1/2, two and a half, 1 and three quarters are each one number, (2 + 1/2), never 1/2 with the 2 dropped nor
 * 2 × 1/2. After a joining word "and" joins two numbers ("the product of 3 and 1/4" is 3 × 1/4); where it may do
 * either ("the sum of 2 and 1/2 and 3/4") the text reads two ways and is not read.
 */
final class MixedNumbers {
    private MixedNumbers() {}

    private static final List<String> WHOLE_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    private static final List<String> PART_WORDS = List.of("half", "third", "quarter", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth");
    private static final String WHOLE = "(\\d+|" + String.join("|", WHOLE_WORDS) + ")";
    /** The part after "and": a typed fraction (1/2, 3/4 from "three quarters") or "a half", "a quarter", "one third". */
    private static final String PART = "(\\d+/\\d+(?![\\d/])|(?:a|one)\\s+(?:" + String.join("|", PART_WORDS) + "))";
    private static final Pattern WHOLE_AND_PART = Pattern.compile("(?i)(?<![\\d./^\\p{L}])" + WHOLE + "\\s+and\\s+" + PART);
    /** Words after which "and" joins two numbers: "the product of 3 and 1/4", "add 2 and 1/2", "between 1 and 1/2". */
    private static final String JOINING = "(?:(?:sum|product|difference|quotient|total|average|mean|ratio|lcm|hcf)\\s+of"
            + "|add|multiply|between|both|compare)\\s+(?:the\\s+numbers\\s+)?";
    private static final Pattern AFTER_JOINING = Pattern.compile("(?i)\\b" + JOINING + "$");
    /** After a joining word, a second "and", "by" or "to" makes "2 and 1/2" a mixed number as much as two numbers. */
    private static final Pattern TWO_WAYS = Pattern.compile("(?i)\\b" + JOINING + WHOLE + "\\s+and\\s+" + PART
            + "\\s+(?:and|by|to|from|with)\\b");

    /**
     * Whether the text has a whole number and a fraction joined by "and" that read as a mixed number as well as two
     * numbers: "the sum of 2 and 1/2 and 3/4", "multiply 2 and 1/2 by 3", "add 2 and 1/2 to 3/4".
     */
    static boolean readsTwoWays(String text) {
        return TWO_WAYS.matcher(text).find();
    }

    /**
     * "2 and 1/2", "two and a half", "1 and 3/4" written as the mixed number 2 1/2, which TextMath reads as (2 + 1/2);
     * after a joining word ("the product of 3 and 1/4") "and" joins two numbers and is left as it is.
     */
    static String withoutAnd(String text) {
        Matcher m = WHOLE_AND_PART.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean joined = AFTER_JOINING.matcher(text.substring(0, m.start())).find();
            m.appendReplacement(out, Matcher.quoteReplacement(joined ? m.group() : whole(m.group(1)) + " " + part(m.group(2))));
        }
        return m.appendTail(out).toString();
    }

    private static String whole(String word) {
        int i = WHOLE_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
        return i < 0 ? word : Integer.toString(i + 1);
    }

    private static String part(String part) {
        if (Character.isDigit(part.charAt(0))) return part;
        String word = part.toLowerCase(Locale.ROOT).replaceFirst("^(?:a|one)\\s+", "");
        return "1/" + (PART_WORDS.indexOf(word) + 2);
    }

    private static final Pattern READ_MIXED = Pattern.compile("\\((\\d+) \\+ (\\d+)/(\\d+)\\)");

    /**
     * A mixed number as read, (2 + 1/2), written as the decimal it is (2.5), for the physics reader, whose givens are
     * decimals: "2 1/2 hours" is 2.5 hours. One whose decimal does not end (3 1/3) is left as it is, and so not read.
     */
    static String asDecimals(String normalised) {
        return asDecimals(READ_MIXED, normalised);
    }

    private static final Pattern MIXED_PERCENT = Pattern.compile(READ_MIXED.pattern() + "(?=\\s*(?:%|per\\s?cent\\b))");

    /** A mixed percentage as its decimal, as percentages are read: "12 1/2%" is 12.5% (33 1/3% is left, and not read). */
    static String percentsAsDecimals(String normalised) {
        return asDecimals(MIXED_PERCENT, normalised);
    }

    private static String asDecimals(Pattern mixed, String normalised) {
        return mixed.matcher(normalised).replaceAll(m -> {
            BigInteger whole = new BigInteger(m.group(1)), num = new BigInteger(m.group(2)), den = new BigInteger(m.group(3));
            if (den.signum() == 0) return Matcher.quoteReplacement(m.group());
            try {
                BigDecimal value = new BigDecimal(whole).add(new BigDecimal(num).divide(new BigDecimal(den)));
                return value.stripTrailingZeros().toPlainString();
            } catch (ArithmeticException neverEnds) {
                return Matcher.quoteReplacement(m.group());
            }
        });
    }
}
