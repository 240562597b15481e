package app.stepwise.tutor;

import app.stepwise.lesson.Task;
import app.stepwise.solve.Worked;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
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

    private static final String COUNT = "(\\d+|one|two|three|four|five|six)";
    private static final Pattern PLACES = Pattern.compile("\\b" + COUNT + "\\s*(?:decimal\\s+places?|d\\.\\s?p\\b\\.?|dp\\b)");
    private static final Pattern FIGURES = Pattern.compile("\\b" + COUNT
            + "\\s*(?:significant\\s+fig(?:ure)?s?|sig\\.?\\s*figs?|s\\.\\s?f\\b\\.?|sf\\b)");
    private static final Pattern NEAREST = Pattern.compile("\\bnearest\\s+(whole(?:\\s+number)?|integer|unit|tenth|hundredth"
            + "|thousandth|penny|pence|cent|ten|hundred|thousand|10|100|1000|0\\.1|0\\.01|0\\.001)\\b");
    private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    /** A number of the answer: a decimal, a fraction or a whole number (not a power's exponent). */
    private static final Pattern VALUE = Pattern.compile("(?<![\\w.^/])-?\\d+(?:\\.\\d+)?(?:\\s*/\\s*\\d+)?(?![\\w.^])");

    private static boolean roundingNotMet(String text, Worked w) {
        Optional<Rounding> asked = rounding(text);
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
        Optional<Rounding> asked = rounding(text);
        Matcher m = LEADING_VALUE.matcher(answer);
        return asked.isPresent() && m.find() && !asked.get().met(m.group(1));
    }

    /** What a rounding instruction asks: at most {@code places} decimal places, or {@code figures} significant figures,
     * or a multiple of {@code step} (the nearest ten). */
    record Rounding(int places, int figures, int step) {
        /** The value rounded as asked (half up, as schools round). */
        BigDecimal apply(BigDecimal value) {
            return asked().apply(value);
        }

        /** The same rounding, as a physics problem keeps it ({@link app.stepwise.solve.AskedRounding}). */
        app.stepwise.solve.AskedRounding asked() {
            return new app.stepwise.solve.AskedRounding(places, figures, step);
        }

        boolean met(String value) {
            if (value.contains("/")) {
                String[] nd = value.split("/");
                BigDecimal n = new BigDecimal(nd[0]), d = new BigDecimal(nd[1]);
                if (d.signum() == 0) return false;
                try {
                    value = n.divide(d).toPlainString(); // 7/2 is 3.5: to 1 decimal place as it stands
                } catch (ArithmeticException recurring) {
                    return false; // 10/3: an exact fraction where a rounded decimal is asked
                }
            }
            BigDecimal v = new BigDecimal(value).stripTrailingZeros();
            if (places >= 0 && Math.max(v.scale(), 0) > places) return false;
            if (figures > 0 && v.signum() != 0 && v.precision() > figures) return false;
            return step <= 1 || v.scale() <= 0 && v.toBigInteger().mod(java.math.BigInteger.valueOf(step)).signum() == 0;
        }
    }

    static Optional<Rounding> rounding(String text) {
        Matcher p = PLACES.matcher(text);
        if (p.find()) return Optional.of(new Rounding(count(p.group(1)), 0, 1));
        Matcher f = FIGURES.matcher(text);
        if (f.find()) return Optional.of(new Rounding(-1, count(f.group(1)), 1));
        Matcher n = NEAREST.matcher(text);
        if (!n.find()) return Optional.empty();
        return Optional.of(switch (n.group(1)) {
            case "tenth", "0.1" -> new Rounding(1, 0, 1);
            case "hundredth", "penny", "pence", "cent", "0.01" -> new Rounding(2, 0, 1);
            case "thousandth", "0.001" -> new Rounding(3, 0, 1);
            case "ten", "10" -> new Rounding(0, 0, 10);
            case "hundred", "100" -> new Rounding(0, 0, 100);
            case "thousand", "1000" -> new Rounding(0, 0, 1000);
            default -> new Rounding(0, 0, 1);
        });
    }

    /** "to 2 significant figures", "correct to 1 d.p.": the words of the rounding asked. */
    private static final Pattern ROUNDING_WORDS = Pattern
            .compile("\\s*(?:(?:correct|accurate|rounded)\\s+)?(?:to\\s+)?(?:the\\s+)?(?:"
                    + PLACES.pattern() + "|" + FIGURES.pattern() + "|" + NEAREST.pattern() + ")");

    /** The text without its rounding words (each ends its phrase): "give its speed in km/h to 2 s.f." → "… in km/h." */
    static String withoutRounding(String text) {
        return ROUNDING_WORDS.matcher(text).replaceAll(".");
    }

    private static int count(String c) {
        return c.matches("\\d+") ? Integer.parseInt(c) : WORDS.get(c);
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
