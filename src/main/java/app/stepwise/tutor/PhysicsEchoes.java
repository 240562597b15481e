package app.stepwise.tutor;

import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A given said again of the same thing (reader25): "A 3 kg cat sits on a wall. The three-kilogram cat jumps down at 4
 * m/s." The physics reader sees two masses and reads nothing; the second, after "the" (the same cat), is the first said
 * again. Only a definite reference is the same thing: "a two-kilogram ball" beside a 2 kg ball is another ball.
 */
final class PhysicsEchoes {
    private PhysicsEchoes() {}

    /** A quantity after "the", "this", "its" …: "the 3 kilogram cat" (numbers in words are digits by now). */
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|this|that|its|his|her|their)\\s+"
            + "(\\d+(?:\\.\\d+)?)[\\s-]*([A-Za-zΩ]+(?:/[A-Za-z]+)?(?:\\^?[23²³])?)\\b(?!\\s*(?:/|per\\b))");
    /** A number with its unit, anywhere. */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*([A-Za-zΩ]+(?:/[A-Za-z]+)?"
            + "(?:\\^?[23²³])?)\\b");

    /** The text with each quantity said again after a definite article dropped ("The 3 kilogram cat" → "The cat"). */
    static String dropped(String text) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Matcher m = DEFINITE.matcher(text); m.find();) {
            Optional<Quantity> echo = quantity(m.group(1), m.group(2));
            if (echo.isEmpty() || !statedBefore(text.substring(0, m.start(1)), echo.get())) continue;
            out.append(text, last, m.start(1));
            last = m.end(2);
            while (last < text.length() && text.charAt(last) == ' ' && out.length() > 0
                    && out.charAt(out.length() - 1) == ' ')
                last++;
        }
        return out.append(text.substring(last)).toString();
    }

    private static boolean statedBefore(String before, Quantity echo) {
        for (Matcher m = QUANTITY.matcher(before); m.find();) {
            Optional<Quantity> q = quantity(m.group(1), m.group(2));
            if (q.isPresent() && q.get().unit().sameDimension(echo.unit())
                    && Math.abs(q.get().si() - echo.si()) <= 1e-9 * Math.abs(echo.si()))
                return true;
        }
        return false;
    }

    private static Optional<Quantity> quantity(String number, String unit) {
        try {
            Quantity q = Quantity.parse(number + " " + unit);
            return q.hasUnit() && q.si() != 0 ? Optional.of(q) : Optional.empty();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
