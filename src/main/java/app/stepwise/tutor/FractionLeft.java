package app.stepwise.tutor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A story in which a fraction of a whole is taken and then a fraction of what is left, asking what fraction is left
 * ("Ana eats 1/3 of a cake and then 1/4 of what is left. What fraction of the cake is left?"): (1 − 1/3) × (1 − 1/4).
 * Only the two fractions, the second said of the rest, and a question about what is left: a story that asks what was
 * eaten, what was taken the second time, or an amount of money is not read this way (read15).
 */
final class FractionLeft {
    private FractionLeft() {}

    private static final String FRACTION = "(?<![\\d./])(\\d+/\\d+)(?![\\d/])";
    /** The first fraction "of" something, a few words, the second fraction of what remains after the first. */
    private static final Pattern TWO_TAKINGS = Pattern.compile("(?i)" + FRACTION + "\\s+of\\s+(?:[\\p{L}',]+\\s+){1,10}?"
            + FRACTION
            + "\\s+of\\s+(?:what\\s+(?:is|was)\\s+left|what'?s\\s+left|whats\\s+left|what\\s+(?:remains|remained|is\\s+left\\s+over)"
            + "|the\\s+(?:rest|remainder|remaining)\\b|(?:the\\s+)?what\\s+is\\s+left)");
    /** The one question: what fraction (of the whole) is left, remains, is still there. */
    private static final Pattern ASKS_WHAT_IS_LEFT = Pattern.compile(
            "(?i)\\bwhat\\s+fraction\\b[^.?!\\d]*?\\b(?:(?:is|are|was)\\s+(?:still\\s+)?left|(?:does|do|did)\\s+\\w+\\s+(?:still\\s+)?have\\s+left"
                    + "|remains?|is\\s+remaining|(?:is|are)\\s+still\\s+\\w+|(?:is|are)\\s+left\\s+to\\s+\\w+)\\b\\s*\\??\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[./]\\d+)?");

    /** The start "(1 - a) × (1 - b)" where the whole text is such a story; empty otherwise. */
    static Optional<String> start(String normalised) {
        String t = normalised.strip();
        Matcher m = TWO_TAKINGS.matcher(t);
        if (!m.find() || !ASKS_WHAT_IS_LEFT.matcher(t).find()) return Optional.empty();
        // the two fractions are all the numbers of the story, and it asks one question
        if (NUMBER.matcher(t).results().count() != 2 || t.chars().filter(c -> c == '?').count() > 1 || t.contains("="))
            return Optional.empty();
        return Optional.of("(1 - " + m.group(1) + ") × (1 - " + m.group(2) + ")");
    }
}
