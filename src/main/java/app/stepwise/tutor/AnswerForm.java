package app.stepwise.tutor;

import app.stepwise.grade.AskedRounding;
import app.stepwise.lesson.Task;
import app.stepwise.solve.Worked;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a math text asks for its answer in a form the reading does not give it in: rounded ("to 2 decimal places",
 * "3 s.f.", "to the nearest whole number") where the reading's answer has more figures or is a recurring fraction, or
 * in a unit other than the one the text works in ("x is a length in centimetres … give x in millimetres"). The solvers
 * give exact answers in the text's own unit, so such a reading would show another number as verified (mread19: "Round
 * 3.14159 × 2 to 2 decimal places." was answered 6.28318, "give x in millimetres" x = 4). An exact surd is left as it
 * is: it is the value itself, not another number (the grader takes a student's rounded decimal for it).
 */
final class AnswerForm {
    private AnswerForm() {}

    /** Whether the text (lower case) asks for a rounding or a unit that the reading's answer does not have. */
    static boolean notAsAsked(String lower, Worked w) {
        String text = lower.replace('−', '-');
        // physics states its units itself, and its answer to 3 significant figures: fewer asked is another number (read20:
        // "… to 2 significant figures" was answered 147 J)
        if (w.task() == Task.PHYSICS) return leadingValueNotRounded(text, w.answer());
        return roundingNotMet(text, w) || anotherUnitAsked(text);
    }

    // ---- rounding

    /** A number of the answer: a decimal, a fraction or a whole number (not a power's exponent). */
    private static final Pattern VALUE = Pattern.compile("(?<![\\w.^/])-?\\d+(?:\\.\\d+)?(?:\\s*/\\s*\\d+)?(?![\\w.^])");

    private static boolean roundingNotMet(String text, Worked w) {
        Optional<AskedRounding> asked = AskedRounding.first(text);
        if (asked.isEmpty()) return false;
        String answer = w.answer();
        if (answer.contains("√") || answer.contains("sqrt")) return false; // an exact surd: the value itself
        // an expression's coefficients are not an answer's value
        if (w.task() != Task.SOLVE && w.task() != Task.SYSTEM && w.task() != Task.EVALUATE) return false;
        Matcher m = VALUE.matcher(answer.replaceAll("\\b[a-zA-Z]\\s*=", " "));
        while (m.find())
            if (!asked.get().met(m.group().replace(" ", ""))) return true;
        return false;
    }

    private static final Pattern LEADING_VALUE = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)(?![\\d./^])");

    /** The quantity's number (147 of "147 J") has more figures than the rounding asked. */
    private static boolean leadingValueNotRounded(String text, String answer) {
        Optional<AskedRounding> asked = AskedRounding.first(text);
        Matcher m = LEADING_VALUE.matcher(answer);
        return asked.isPresent() && m.find() && !asked.get().met(m.group(1));
    }

    // ---- units

    /** Units a math text may work in, by kind and name: words anywhere, symbols only beside a number. */
    private record Unit(String kind, String name, String words, String symbol) {}

    private static final java.util.List<Unit> UNITS = java.util.List.of(
            new Unit("length", "mm", "millimet(?:re|er)s?", "mm"), new Unit("length", "cm", "centimet(?:re|er)s?", "cm"),
            new Unit("length", "km", "kilomet(?:re|er)s?", "km"), new Unit("length", "m", "met(?:re|er)s?", "m"),
            new Unit("mass", "kg", "kilograms?|kilos?", "kg"), new Unit("mass", "g", "grams?", "g"),
            new Unit("mass", "t", "tonnes?|tons?", "t"),
            new Unit("money", "p", "pence|penny|pennies", "p"), new Unit("money", "£", "pounds?|quid", "£"),
            new Unit("money", "c", "cents?", "c"), new Unit("money", "$", "dollars?", "\\$"),
            new Unit("money", "€", "euros?", "€"),
            new Unit("time", "s", "seconds?|secs?", "s"), new Unit("time", "min", "minutes?|mins?", "min"),
            new Unit("time", "h", "hours?|hrs?", "h"), new Unit("time", "day", "days?", "d"),
            new Unit("volume", "ml", "millilit(?:re|er)s?", "ml"), new Unit("volume", "l", "lit(?:re|er)s?", "l"));

    private static String unitNames() {
        StringBuilder b = new StringBuilder();
        for (Unit u : UNITS) b.append(b.isEmpty() ? "" : "|").append(u.words()).append('|').append(u.symbol());
        return b.toString();
    }

    /** "give x in millimetres", "write your answer in pence", "what is that in cm", "how many minutes". */
    private static final Pattern ASKED_IN = Pattern.compile("\\b(?:give|giving|write|writing|express|expressing|state|leave"
            + "|answer|put|convert|what|how\\s+(?:much|far|long|tall|wide|high|heavy))\\b(?:[^.?!\\n]|(?<=\\d)\\.(?=\\d)){0,50}?"
            + "\\b(?:in|into)\\s+"
            + "(?:units\\s+of\\s+)?(" + unitNames() + ")(?![\\w'])|\\bhow\\s+many\\s+(" + unitNames() + ")(?![\\w'])");

    /** Whether the text asks for a unit and works elsewhere in another unit of the same kind. */
    private static boolean anotherUnitAsked(String text) {
        Matcher m = ASKED_IN.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String word = m.group(g);
            Optional<Unit> asked = UNITS.stream().filter(u -> word.matches(u.words() + "|" + u.symbol())).findFirst();
            if (asked.isEmpty()) continue;
            // the text without the unit asked: any other unit of its kind is one the text works in
            String rest = text.substring(0, m.start(g)) + " " + text.substring(m.end(g));
            for (Unit u : UNITS)
                if (u.kind().equals(asked.get().kind()) && !u.name().equals(asked.get().name()) && says(rest, u)) return true;
        }
        return false;
    }

    /** The unit in the text: its word anywhere, its symbol after a number (4 cm) or, for money, before one (£2.40). */
    private static boolean says(String text, Unit u) {
        String s = u.symbol();
        return Pattern.compile("(?<![\\w'])(?:" + u.words() + ")(?![\\w'])"
                + "|\\d\\s*(?:" + s + ")(?![\\w'/²³^])" + (u.kind().equals("money") ? "|(?:" + s + ")\\s*\\d" : ""))
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
