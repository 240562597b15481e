package app.stepwise.solve;

import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;
import app.stepwise.solve.PhysicsFamilies.Case;
import app.stepwise.solve.PhysicsFamilies.Formula;
import app.stepwise.solve.PhysicsFamilies.QuantitySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a physics problem however it is worded: every number with a unit in the text is a given whose dimension says
 * what it can be (4 kg a mass, 12 m/s a speed, "4 metres per second" too; "m = 0.4 kg" names its symbol), the question
 * names the unknown ("find the acceleration", "p = ?"), and the one-formula case whose givens and unknown fit exactly
 * is solved and verified. Nothing is guessed: a given that fits no case, or two cases that fit equally, read as nothing.
 */
final class PhysicsReader {
    private PhysicsReader() {}

    /** A number with its unit as written, where it stands, and the symbol written before it (m = 4 kg), if any. */
    record Found(String written, Unit unit, double si, int at, String symbol) {}

    /** A unit of resistance as written: Ω, kΩ, ohm, ohms, kilohm, kohm (read16: "5 kohm", "1 kilohm" were not read). */
    private static final String OHMS = "(?:[kmM]?[Ωω]|(?:kilo|mega)?ohms?|k(?:il)?ohms?|megohms?)";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.^])(-?\\d+(?:\\.\\d+)?(?:\\s*(?:×|x|\\*)\\s*10\\^?\\(?-?\\d+\\)?)?)(?![\\w.]*\\^)");
    private static final Pattern SYMBOL_BEFORE = Pattern.compile("(?<![A-Za-z_])([A-Za-zρλμ](?:_?[A-Za-z0-9]{1,3})?)\\s*=\\s*$");

    /** Words after a number that are English, not units ("24 m/s in 8 s" is not metres per second-inch). */
    private static final java.util.Set<String> STOP = java.util.Set.of("in", "at", "of", "and", "to", "for", "on", "by", "a",
            "an", "the", "with", "from", "is", "it", "its", "has", "was", "s,");

    /** Unit names written as words; any other word of four or more letters is English ("60 W lamp" is 60 watts). */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?i)(?:kilo|milli|centi|mega|micro)?(?:metres?|meters?|seconds?|grams?|grammes?|newtons?|joules?|watts?|ohms?"
                    + "|volts?|amps?|amperes?|hertz|pascals?|hours?|minutes?|tonnes?|litres?|liters?|kilos?)|squared|cubed|k(?:il)?ohms?|megohms?"
                    + "|mins?|secs?|hrs?|miles?|feet|foot|inch(?:es)?|pounds?|kelvin|degrees?|celsius|kgs");

    private static boolean unitWord(String w) {
        String letters = w.replaceAll("\\^.*$", "");
        return !letters.matches("[A-Za-z]{4,}") || UNIT_NAME.matcher(letters).matches();
    }

    static List<Found> quantities(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String num = m.group(1);
            // a unit is on its number's line: "Question 5\nA stone …" is no current of 5 A (read18p)
            String after = text.substring(m.end()).replaceFirst("(?s)\\n.*", "");
            String[] words = after.strip().split("\\s+");
            int most = Math.min(4, words.length);
            for (int w = 0; w < most; w++)
                if (words[w].matches(".*[.,;:?!]$") && !words[w].matches("\\d+\\.")) {
                    most = w + 1; // a unit ends with its sentence or clause
                    break;
                }
            Found best = null;
            for (int k = most; k >= 1 && best == null; k--) {
                if (k < words.length && words[k].startsWith("=")) continue; // "a = -2 m/s^2 t = 3 s": t names the next given
                String unit = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)).replaceAll("[.,;:?!)]+$", "");
                unit = symbolCase(unit.replace(" per ", "/").replace("per ", "/").replace(" squared", "^2")
                        .replace(" cubed", "^3").replace("²", "^2").replace("³", "^3"));
                if (java.util.Arrays.stream(unit.split("[\\s/]+")).anyMatch(w -> STOP.contains(w) || !unitWord(w))) continue;
                if (unit.isBlank() || unit.endsWith("/") || !Character.isLetter(unit.charAt(0)) && unit.charAt(0) != 'Ω'
                        && unit.charAt(0) != '°')
                    continue;
                try {
                    Quantity q = Quantity.parse(num + " " + unit);
                    // "20 ohm" is 20 Ω: written with the symbol, as the generator writes it (session 12: restated as "a
                    // resistance of 20 ohm", model 2.6.0 converted it as 20 kΩ)
                    String as = OHM_WORD.matcher(unit).matches() ? "Ω" : unit;
                    if (q.hasUnit()) best = new Found(num + " " + as, q.unit(), q.si(), m.start(), symbolBefore(text, m.start()));
                } catch (MathSyntaxException | RuntimeException e) {
                    // fewer words
                }
            }
            if (best == null) {
                try {
                    Quantity q = Quantity.parse(num);
                    best = new Found(num, Unit.ONE, q.si(), m.start(), symbolBefore(text, m.start()));
                } catch (MathSyntaxException e) {
                    continue;
                }
            }
            out.add(best);
        }
        return out;
    }

    private static final Pattern OHM_WORD = Pattern.compile("(?i)ohms?");

    /**
     * Unit symbols typed in lower case that can be nothing else (phys13: "660 hz", "24 n", "2 kw", "9 v", "in kj"): the
     * symbol's own case. Not mhz, mw or mj, which are milli units as written and mega units as meant.
     */
    private static final Map<String, String> LOWER_CASE_SYMBOLS = Map.ofEntries(Map.entry("hz", "Hz"),
            Map.entry("khz", "kHz"), Map.entry("n", "N"), Map.entry("kn", "kN"), Map.entry("j", "J"), Map.entry("kj", "kJ"),
            Map.entry("w", "W"), Map.entry("kw", "kW"), Map.entry("pa", "Pa"), Map.entry("kpa", "kPa"), Map.entry("v", "V"),
            Map.entry("kv", "kV"), Map.entry("ma", "mA"), Map.entry("kph", "km/h"), Map.entry("kmh", "km/h"));

    /** The unit with each lower-case symbol of {@link #LOWER_CASE_SYMBOLS} in its own case: "n/kg" is N/kg. */
    static String symbolCase(String unit) {
        StringBuilder out = new StringBuilder();
        for (Matcher m = Pattern.compile("[A-Za-z]+|[^A-Za-z]+").matcher(unit); m.find();)
            out.append(LOWER_CASE_SYMBOLS.getOrDefault(m.group(), m.group()));
        return out.toString();
    }

    private static String symbolBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 12), at);
        if (G_IN_WORDS.matcher(before).find()) return "g";
        if (G_NAMED.matcher(text.substring(Math.max(0, at - 60), at)).find()) return "g";
        Matcher total = TOTAL_SYMBOL_BEFORE.matcher(before); // longer than the 8 characters a symbol is looked for in
        if (total.find()) return total.group(1);
        // the end of a word is no symbol: "kinetic energy = 0.5" names no symbol "ergy" (phys13)
        Matcher s = SYMBOL_BEFORE.matcher(before);
        s.region(Math.max(0, before.length() - 8), before.length()).useTransparentBounds(true);
        return s.find() ? s.group(1) : "";
    }

    /** R_total, R_T, R_eq: how the total resistance is written as a symbol (see TOTAL). */
    private static final String TOTAL_NAME = "R_?(?:total|tot|T|eq)";

    /** "R_total = 4 Ω", "R_eq =": the total resistance written as a symbol (R in the resistors' formulas, see TOTAL). */
    private static final Pattern TOTAL_SYMBOL_BEFORE = Pattern.compile("(?<![A-Za-z_])(" + TOTAL_NAME + ")\\s*=\\s*$");

    /** "taking g as 9.8", "g is 9.8": the g of the formula, in words. */
    private static final Pattern G_IN_WORDS = Pattern.compile(
            "(?<![A-Za-z])g\\s+(?:(?:there|here)\\s+)?(?:is|as|of|equals|equal\\s+to)\\s*(?:about\\s+|roughly\\s+)?$");
    /** "the gravitational field strength is 3.7 N/kg", "acceleration due to gravity of 1.6 m/s²": g, in words. */
    private static final Pattern G_NAMED = Pattern.compile(
            "(?i)(?:gravitational\\s+field\\s+strength|acceleration\\s+(?:due\\s+to|of)\\s+(?:gravity|free\\s+fall)|field\\s+strength)"
                    + "\\s+(?:\\w+\\s+){0,3}?(?:is|of|=|:|as)\\s*(?:about\\s+|roughly\\s+|approximately\\s+)?$");

    /** Phrases that name each quantity in a question, by the words of its description. */
    static List<String> phrases(QuantitySpec q) {
        String d = q.description();
        List<String> p = new ArrayList<>();
        if (d.contains("kinetic")) return List.of("kinetic energy", "kinetic");
        if (d.contains("potential energy")) return List.of("potential energy", "gpe", "g.p.e", "gravitational potential");
        if (d.contains("potential difference")) return List.of("potential difference", "voltage", "p.d");
        if (d.contains("friction force")) return List.of("friction", "frictional force");
        if (d.contains("average")) return List.of("average velocity", "average speed", "mean velocity", "mean speed");
        if (d.contains("speed") || d.contains("velocity")) p.addAll(List.of("speed", "velocity", "how fast"));
        if (d.contains("initial")) return List.of("initial speed", "initial velocity", "starting speed");
        if (d.contains("final") || d.contains("landing"))
            p.addAll(List.of("final speed", "final velocity", "hits the ground", "lands"));
        if (d.contains("distance") || d.contains("displacement")) p.addAll(List.of("distance", "displacement", "how far"));
        if (d.equals("distance")) p.addAll(List.of("how high", "height")); // a force lifting through a height
        if (d.equals("displacement")) p.add("length"); // the length of runway a plane needs
        // something thrown straight down (session 12): how far it falls is the displacement
        if (d.equals("displacement")) p.addAll(List.of("how high", "how deep", "how tall", "how far below"));
        if (d.contains("time")) p.addAll(List.of("time", "how long"));
        if (d.contains("height")) p.addAll(List.of("height", "how high", "how many metres higher", "how much higher"));
        if (d.equals("drop height")) p.addAll(List.of("how far", "distance", "how deep", "how tall"));
        if (d.contains("work")) p.add("work");
        if (d.contains("energy transferred")) p.add("energy");
        if (d.equals("second resistance"))
            return List.of("second resistor", "second resistance", "other resistor", "the other", "unknown resistor");
        if (d.equals("impulse")) return List.of("impulse", "change in momentum", "change of momentum", "change in its momentum");
        if (d.contains("resistance"))
            p.addAll(List.of("resistance", "total resistance", "combined resistance", "effective resistance", "total?"));
        // "… in parallel, what's the total" (read14): a pair's total only, not one resistor's (a total power is no resistance)
        if (d.equals("total resistance")) p.add("the total");
        if (d.equals("weight")) p.addAll(List.of("weight", "weigh"));
        if (d.equals("mass")) p.addAll(List.of("mass", "how many kilograms", "how many kg"));
        if (d.equals("acceleration"))
            p.addAll(List.of("acceleration", "increase each second", "increase every second", "gain each second"));
        if (p.isEmpty()) p.add(d);
        return p;
    }

    /**
     * Words that ask, each at the start of a word: "Show your working." asks nothing (read18p: the "how" in "show" made it
     * the question, and "Calculate its acceleration." was left unread).
     */
    static final Pattern CUE = Pattern
            .compile("\\b(?:find|calculate|what|work out|determine|how|compute|estimate)|=\\s?\\?");

    /** The question part of the text: from the last cue word to the end. */
    static String question(String lower) {
        int at = -1;
        for (Matcher c = CUE.matcher(lower); c.find();) at = c.start();
        if (at >= 0 && lower.startsWith("=", at)) {
            // "Kinetic energy = ?": the words before the equals sign name the unknown
            int from = Math.max(Math.max(lower.lastIndexOf('.', at - 1), lower.lastIndexOf(',', at - 1)), 0);
            at = from;
        }
        return at < 0 ? lower : lower.substring(at);
    }

    private record Candidate(Formula family, Map<String, String> params, int used, int bonus) {}

    /** "… her speed in km/h?", "give your answer in kilometres per hour": the unit named after "in". */
    private static final Pattern IN_UNIT = Pattern
            .compile("(?i)\\b(?:in|into)\\s+(?:units\\s+of\\s+)?(\\p{L}[\\p{L}/^0-9²³ ]{0,40}?)\\s*(?:[?.!,;)]|$)");
    /** "How many minutes does it take?": the unit counted. */
    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow\\s+many\\s+(\\p{L}+(?:\\s+per\\s+\\p{L}+)?)");

    /**
     * The unit a physics question asks its answer in ("What is her average speed in km/h?", "How many minutes…",
     * "Give your answer in kJ."), as written; empty when it names none, or names something that is not a unit.
     */
    static Optional<String> unitAsked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String asked = question(lower);
        int from = text.length() - asked.length();
        List<String> written = new ArrayList<>();
        for (Matcher m = HOW_MANY.matcher(text.substring(from)); m.find();) written.add(m.group(1));
        for (Matcher m = IN_UNIT.matcher(text.substring(from)); m.find();) written.add(m.group(1));
        Matcher answerIn = Pattern.compile("(?i)\\b(?:answer|result)\\s+(?:\\p{L}+\\s+){0,2}?(" + "in\\s+.*)").matcher(text);
        if (answerIn.find()) for (Matcher m = IN_UNIT.matcher(answerIn.group(1)); m.find();) written.add(m.group(1));
        for (String w : written) {
            String unit = symbolCase(w.strip().replace(" per ", "/").replace(" squared", "^2").replace(" cubed", "^3")
                    .replace("²", "^2").replace("³", "^3"));
            if (asUnit(unit).isPresent()) return Optional.of(unit);
        }
        return Optional.empty();
    }

    /** The unit these words are, where they are one with a dimension ("minutes", "km/h"); empty for "those 20 seconds". */
    private static Optional<Unit> asUnit(String unit) {
        if (Arrays.stream(unit.split("[\\s/]+")).anyMatch(x -> STOP.contains(x.toLowerCase(Locale.ROOT)) || !unitWord(x)))
            return Optional.empty();
        try {
            Unit u = Units.parse(unit);
            return !u.symbol().isEmpty() && !u.dimensionless() ? Optional.of(u) : Optional.empty();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty(); // not a unit: "in those 20 seconds"
        }
    }

    /**
     * units11: the unit a question counts ("How many minutes does it take?", "how many kilometres"), which names the
     * unknown by its kind where no phrase of it does: a time, a distance. Not where the words after it name the quantity
     * ("how many joules of kinetic energy"): its phrase does, and a formula of another quantity of that unit (the
     * potential energy m g h, which the question does not ask for) is no reading of it (review11).
     */
    static Optional<Unit> unitCounted(String asked) {
        Matcher m = HOW_MANY.matcher(asked);
        if (!m.find() || OF_QUANTITY.matcher(asked).region(m.end(), asked.length()).lookingAt()) return Optional.empty();
        return asUnit(m.group(1).strip().replace(" per ", "/"));
    }

    private static final Pattern OF_QUANTITY = Pattern.compile("\\s+of\\b");

    /** Whether the question counts a unit of this quantity's kind ("how many minutes" for a time). */
    private static boolean countsUnitOf(QuantitySpec q, String asked) {
        if (q.unit().isEmpty()) return false;
        Optional<Unit> counted = unitCounted(asked);
        try {
            return counted.isPresent() && counted.get().sameDimension(Units.parse(q.unit()));
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** "0.8 waves per second", "4 every second", "50 times a second": a frequency in hertz. */
    private static final Pattern PER_SECOND = Pattern.compile(
            "(?i)(\\d(?:\\.\\d+)?)\\s+(?:(?:waves|pulses|oscillations|vibrations|cycles|crests|times|ripples)\\s+)?(?:per|every|each|a)\\s+second\\b");

    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d.^])(\\d+(?:\\.\\d+)?)\\s+to\\s+(\\d+(?:\\.\\d+)?)\\s*(m/s|km/h|m/s\\^2|m/s²|metres per second|meters per second|mph)(?![\\w^²])");
    /** Coming to rest: the final speed is a given, 0 m/s. */
    private static final Pattern TO_REST = Pattern.compile(
            "\\bto\\s+(?:rest|a\\s+(?:stop|halt|standstill))\\b|\\bcomes?\\s+to\\s+rest\\b|\\buntil\\s+(?:it|she|he|they)\\s+stops?\\b|\\bstops\\b");

    private static final Pattern KE = Pattern.compile("\\b(?:KE|K\\.E\\.?|ke)(?=\\s|$|[?.,])");
    /** "PE", "P.E.", "p.e.": the potential energy, as KE is the kinetic (phys13). */
    private static final Pattern PE = Pattern.compile("\\b(?:PE|P\\.E\\.?|pe|p\\.e\\.?)(?=\\s|$|[?.,])");
    /**
     * "6 ms-1", "2.5 ms^-2", "3 ms⁻¹": metres per second (squared) as school books write them, never a power of a
     * millisecond (phys13; 2.5 ms^-2 read as 2.5 per millisecond squared).
     */
    private static final Pattern MS_POWER = Pattern.compile("(?<=\\d\\s?)ms\\s?(?:\\^\\s?)?(?:-|−|⁻)\\s?(1|2|¹|²)(?!\\d|\\.\\d)");
    /** "2 metres per second per second", "2 m/s per second": an acceleration. */
    private static final Pattern PER_SECOND_PER_SECOND = Pattern.compile(
            "(?i)(?<=\\d\\s?)(?:metres|meters|m)\\s*(?:per\\s+second|/\\s*s)\\s+(?:per|every|each)\\s+second\\b");

    /** "2 cubic metres", "1025 kilograms per cubic metre", "0.2 square metres", "15 sq cm": an area or a volume. */
    private static final Pattern SQUARE_OR_CUBIC = Pattern.compile(
            "(?i)\\b(square|sq\\.?|cubic|cu\\.?)\\s+(kilo|centi|milli)?(?:(metres?|meters?)|(km|cm|mm|m))\\b");

    /** The text with school books' ways of writing m/s, m/s², areas and volumes as units the reader parses. */
    static String schoolUnits(String text) {
        String t = MS_POWER.matcher(text)
                .replaceAll(m -> "m s^-" + (m.group(1).equals("¹") ? "1" : m.group(1).equals("²") ? "2" : m.group(1)));
        t = SQUARE_OR_CUBIC.matcher(t).replaceAll(m -> {
            String prefix = m.group(2) == null ? "" : switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "kilo" -> "k";
                case "centi" -> "c";
                default -> "m";
            };
            String length = m.group(4) != null ? m.group(4) : prefix + "m";
            return length + (m.group(1).toLowerCase(Locale.ROOT).startsWith("s") ? "^2" : "^3");
        });
        return PER_SECOND_PER_SECOND.matcher(t).replaceAll("m/s^2");
    }

    private static final Pattern DECELERATION = Pattern.compile("\\bdecelerat|\\bretardation\\b");
    /** A deceleration asked with its sign: "as a negative acceleration", "with a minus sign". */
    private static final Pattern SIGNED_ASKED = Pattern.compile(
            "\\bas\\s+a\\s+negative\\b|\\bwith\\s+(?:its|a|the)\\s+(?:minus|negative)\\s+sign\\b|\\bnegative\\s+acceleration\\b");

    /** A motion that turns back (a ball rebounding from a wall): its two velocities have opposite signs. */
    private static final Pattern REVERSES = Pattern.compile(
            "(?i)\\brebound|\\bbounces?\\b|\\bbounced\\b|\\bback\\b|\\breturns?\\b|\\brevers|\\bopposite\\b|\\bturns? round\\b");

    /** 12,000 N or £1,200: thousands with commas before a unit, or after a money sign (see {@link #thousands}). */
    private static final Pattern COMMA_THOUSANDS = Pattern
            .compile("(?<![\\d.,])([£$€]\\s?)?([1-9]\\d{0,2}(?:,\\d{3})+)(?![\\d,]|\\.\\d)(?=(\\s*[\\p{L}Ωμ°]))?");
    /** A decimal comma (2,5 kg; 0,75 m): its writer's 2,500 would be two and a half. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])\\d+,(?!\\d{3}(?![\\d]))\\d+");

    private static final Pattern DIGIT_COMMA_DIGIT = Pattern.compile("\\d,\\d");

    /** The text with its comma thousands as plain numbers ({@link Solvers#physicsThousands}). */
    static String thousands(String text) {
        return thousands(text, false);
    }

    /**
     * @param bare also a number with neither a currency sign nor a word after it ("work out 2,500 + 1,750"); physics
     *             asks for one, since its numbers come with units
     */
    static String thousands(String text, boolean bare) {
        if (text.indexOf(',') < 0 || DECIMAL_COMMA.matcher(text).find()
                || Pattern.compile("(?<![\\d,])0,\\d").matcher(text).find())
            return text;
        return COMMA_THOUSANDS.matcher(text).replaceAll(m -> m.group(1) == null && m.group(3) == null && !bare
                ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement((m.group(1) == null ? "" : m.group(1)) + m.group(2).replace(",", "")));
    }

    /** Hours then minutes ("2 hours 30 minutes", "1 h and 15 min"), whole numbers of each. */
    private static final Pattern HOURS_MINUTES = Pattern.compile(
            "(?i)(?<![\\d.,])(\\d+)\\s*(?:hours?|hrs?|h)\\s*(?:and\\s+)?(\\d+)\\s*(minutes?|mins?)(?![\\w^²/])");
    /** Minutes then seconds ("1 min 20 s", "2 minutes and 5.5 seconds"). */
    private static final Pattern MINUTES_SECONDS = Pattern.compile(
            "(?i)(?<![\\d.,])(\\d+)\\s*(?:minutes?|mins?)\\s*(?:and\\s+)?(\\d+(?:\\.\\d+)?)\\s*(seconds?|secs?|s)(?![\\w^²/])");

    private static final List<String> ONES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** What follows "feet" where it is a length: "four feet high", "six feet up the wall", not "stands on four feet". */
    static final String FEET_AS_A_LENGTH = "(?:tall|high|long|away|deep|wide|up|down|above|below|across|along|apart|off"
            + "|into|onto|further|farther|in\\s+(?:height|length))\\b";
    /**
     * A whole number under 100 in words just before a unit in words or a plain unit symbol: "four seconds", "two kg"; not
     * a rough one ("about two hours to charge" is an aside, phys13).
     */
    private static final Pattern NUMBER_WORD_UNIT = Pattern.compile("(?i)(?<!\\b(?:about|around|roughly|nearly|almost"
            + "|approximately|over|under|some)\\s)\\b(?:(" + String.join("|", TENS) + ")(?:[- ]("
            + String.join("|", ONES.subList(0, 9)) + "))?|(" + String.join("|", ONES) + "))(?:\\s+|-(?=[a-z]+\\b(?!-)))"
            + "(?=(?:seconds?|minutes?|hours?"
            + "|(?:kilo|centi|milli)?met(?:re|er)s?|(?:kilo)?grams?|tonnes?|newtons?|joules?|(?:kilo)?watts?|volts?|amps?"
            + "|amperes?|ohms?|hertz|kg|km|cm|mm|m/s|km/h|Hz|Ω)\\b|(?:feet|foot)\\s+" + FEET_AS_A_LENGTH
            // a symbol in its own case: "a force of forty N", "twenty Pa" (reader25), not "two m" or "a"
            + "|(?-i:N/kg|kN|N|kPa|Pa|kJ|MJ|J|kW|W|kV|V|mA|(?:c|m)?m(?:\\^?[23]|[²³]))(?![\\w/²³^]))");

    /**
     * The text with a whole number in words before its unit written as digits (read14: "in four seconds"), also joined by
     * a hyphen ("a two-kilogram mass", "a five-second burst"; not "a two-metre-long plank"): reader25.
     */
    static String numberWords(String text) {
        return NUMBER_WORD_UNIT.matcher(text).replaceAll(m -> {
            int n = m.group(3) != null
                    ? ONES.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1
                    : (TENS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2) * 10
                            + (m.group(2) == null ? 0 : ONES.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
            return n + " ";
        });
    }

    /** Durations in words (read14): "half an hour", "a quarter of an hour", "one and a half hours", "half a minute". */
    private static final Map<Pattern, String> DURATION_WORDS = Map.of(
            Pattern.compile("(?i)\\b(?:an?|one)\\s+hour\\s+and\\s+a\\s+half\\b|\\b(?:one|1)\\s+and\\s+a\\s+half\\s+hours\\b"),
            "90 minutes",
            Pattern.compile("(?i)\\bhalf\\s+an\\s+hour\\b"), "30 minutes",
            Pattern.compile("(?i)\\b(?:a|one)\\s+quarter\\s+of\\s+an\\s+hour\\b"), "15 minutes",
            Pattern.compile("(?i)\\b(?:a|one)\\s+minute\\s+and\\s+a\\s+half\\b"), "90 s",
            Pattern.compile("(?i)\\bhalf\\s+a\\s+minute\\b"), "30 s");

    /**
     * The text with a duration written in two units as one number of the smaller unit (phys13), and one said in words
     * as a number with its unit (read14).
     */
    static String durations(String text) {
        for (var w : DURATION_WORDS.entrySet()) text = w.getKey().matcher(text).replaceAll(w.getValue());
        String t = HOURS_MINUTES.matcher(text).replaceAll(m -> (Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2)))
                + " " + m.group(3));
        return MINUTES_SECONDS.matcher(t).replaceAll(m -> NumberWriting.upTo(
                Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2)), 6) + " " + m.group(3));
    }

    /**
     * The names of quantities a student types, each spelt right: for physics reading only (read14: "accelaration",
     * "velocty", "resistence", "momemtum" left a problem unread). A word is put right only where it is one letter away
     * (one changed, added, dropped or two swapped) from one of these and is not one of them itself.
     */
    private static final List<String> QUANTITY_WORDS = List.of("acceleration", "accelerate", "accelerates", "accelerated",
            "accelerating", "deceleration", "decelerates", "velocity", "velocities", "distance", "distances", "displacement",
            "resistance", "resistances", "resistor", "resistors", "frequency", "wavelength", "momentum", "pressure",
            "pressures", "density", "densities", "kinetic", "potential", "friction", "frictional", "impulse", "voltage",
            "gravitational", "coefficient", "average", "parallel");
    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    static String spelling(String text) {
        return WORD.matcher(text).replaceAll(m -> {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (QUANTITY_WORDS.contains(w)) return m.group();
            for (String q : QUANTITY_WORDS)
                // another form of the word (kinetics, pressured) is no slip
                if (q.length() >= 7 && oneLetterAway(w, q) && !otherForm(w, q)) return q;
            return m.group();
        });
    }

    /** The same word with another ending: kinetics for kinetic, pressured for pressures. */
    private static boolean otherForm(String w, String q) {
        return w.startsWith(q) || q.startsWith(w) || w.length() == q.length() && w.regionMatches(0, q, 0, w.length() - 1)
                && "sdy".indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /** One letter changed, added or dropped, or two next to each other swapped. */
    static boolean oneLetterAway(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length())
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                            && a.substring(i + 2).equals(b.substring(i + 2));
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    static Optional<Worked> read(String written, List<Family> families) {
        // the formulas take speeds as written: where the motion turns back, one velocity is negative, and a reading that
        // uses both as written would be of another problem
        return readAny(written, families).filter(w -> !(REVERSES.matcher(written).find()
                && w.givens().stream().anyMatch(g -> g.symbol().equals("u"))
                && w.givens().stream().anyMatch(g -> g.symbol().equals("v"))));
    }

    /** Back where it started: a lap, a round trip, one way then the other. */
    private static final Pattern ROUND_TRIP = Pattern.compile("(?i)\\blaps?\\b|\\b(?:a)?round\\s+(?:a|an|the)\\b"
            + "|\\bcircuit\\b|\\bcircular\\b|\\bwhere\\s+(?:s?he|it|they|you|i)\\s+(?:started|began|set\\s+off)"
            + "|\\bstart(?:ing)?\\s+(?:point|line|position)|\\bround\\s+trip|\\bthere\\s+and\\s+back"
            + "|\\bnorth\\b.*\\bsouth\\b|\\bsouth\\b.*\\bnorth\\b|\\beast\\b.*\\bwest\\b|\\bwest\\b.*\\beast\\b");

    /**
     * A distance over a time that is not the answer (phys13: "runs once round a 400 m track in 80 s, ending where she
     * started. What is her average velocity?" was verified as 5 m/s; the displacement is 0): where the motion turns back,
     * the distance given is one leg of the trip, and the average velocity of a lap or a round trip is its displacement,
     * not its distance, over the time.
     */
    static boolean tripThatTurnsBack(String text, Worked w) {
        if (!w.family().equals("speed")) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        return REVERSES.matcher(lower).find()
                || ROUND_TRIP.matcher(lower).find() && VELOCITY_WORD.matcher(question(lower)).find();
    }

    private static final Pattern VELOCITY_WORD = Pattern.compile("\\bvelocit");

    private static Optional<Worked> readAny(String written, List<Family> families) {
        String text = PER_SECOND.matcher(written).replaceAll("$1 Hz");
        // "KE", "k.e.": the kinetic energy
        text = KE.matcher(text).replaceAll("kinetic energy");
        text = PE.matcher(schoolUnits(text)).replaceAll("potential energy");
        // "from 0 to 8 m/s", "0 to 100 km/h": the first number has the second one's unit
        text = RANGE.matcher(text).replaceAll("$1 $3 to $2 $3");
        text = pairOnly(twoAlike(text));
        // three resistors or more: no family's formulas, and never the pair of two of their values (read17)
        if (moreThanTwoResistors(text)) return Optional.empty();
        String lower = text.toLowerCase(Locale.ROOT);
        // a comma between digits that is no thousands separator (0,500 kg; 2,5 m/s; 1,200.5 m) reads two ways: a decimal
        // comma, or two numbers; "0,500 kg" was read as 500 kg (session 12)
        if (DIGIT_COMMA_DIGIT.matcher(thousands(text)).find()) return Optional.empty();
        List<Found> found = new ArrayList<>(quantities(text));
        // g is the formula's, not a given; a g of the problem's own (the Moon's 1.6 N/kg) is kept, for a formula with g
        Optional<String> ownG = Optional.empty();
        for (var it = found.iterator(); it.hasNext();) {
            Found f = it.next();
            boolean isG = f.symbol().equals("g")
                    || f.unit().sameDimension(unit("m/s^2")) && f.written().matches("(?i).*\\sN\\s*/\\s*kg$");
            if (!isG) continue;
            if (!f.unit().dimensionless() && !f.unit().sameDimension(unit("m/s^2"))) return Optional.empty();
            if (Math.abs(f.si() - 9.8) > 0.02) {
                String gWritten = f.unit().dimensionless() ? f.written() + " N/kg" : f.written();
                if (f.si() <= 0 || ownG.isPresent() && !ownG.get().equals(gWritten)) return Optional.empty();
                ownG = Optional.of(gWritten);
            }
            it.remove();
        }
        // "u = 0" on a worksheet is a speed of 0 m/s
        found.replaceAll(f -> f.unit().dimensionless() && f.si() == 0 && f.symbol().matches("[uv]")
                ? new Found("0 m/s", unit("m/s"), 0, f.at(), f.symbol())
                : f);
        // "a deceleration of 1.5 m/s²": an acceleration against the motion
        if (DECELERATION.matcher(lower).find())
            found.replaceAll(f -> f.unit().sameDimension(unit("m/s^2")) && f.si() > 0
                    ? new Found("-" + f.written(), f.unit(), -f.si(), f.at(), f.symbol())
                    : f);
        if (found.stream().noneMatch(f -> !f.unit().dimensionless())) return Optional.empty();
        // something dropped or let go starts from rest, unless what lets it go is moving at a speed the text gives (a
        // drone flying at 12 m/s drops a parcel: its 12 m/s is no speed the parcel reaches from rest; review11)
        boolean released = lower.contains("dropped") || lower.contains("lets go of") || lower.contains("let go of");
        boolean fromRest = lower.contains("from rest") || lower.contains("at rest") || lower.contains("standing start")
                || lower.matches("(?s).*\\bstationary\\b.*") || lower.contains("from a standstill")
                || lower.contains("leaving the blocks") || released && !CARRIER_MOVING.matcher(lower).find();
        if (fromRest) found.add(0, new Found("0 m/s", unit("m/s"), 0, -1, "u"));
        if (TO_REST.matcher(lower).find() && !fromRest) found.add(new Found("0 m/s", unit("m/s"), 0, -1, "v"));
        // thrown straight down at a speed: a constant acceleration g from that speed (session 12; s = u t + 1/2 g t^2,
        // taking down as positive), where the text gives no acceleration of its own and nothing goes up or sideways
        // (a g of the problem's own is left to the g formulas, which suvat's are not)
        if (THROWN_DOWN.matcher(lower).find() && THROWN_AT.matcher(lower).find() && !NOT_STRAIGHT_DOWN.matcher(lower).find()
                && !fromRest && ownG.isEmpty()
                && found.stream().noneMatch(f -> f.unit().sameDimension(unit("m/s^2")))
                && found.stream().anyMatch(f -> f.unit().sameDimension(unit("m/s"))))
            found.add(new Found("9.8 m/s^2", unit("m/s^2"), 9.8, -1, "a"));
        String asked = question(lower);
        // "find the deceleration" asks for a size the formulas give with a minus sign: the solution ends with that size
        // (grade14; it was refused)
        boolean decelerationAsked = DECELERATION.matcher(asked).find();
        // the quantity asked is then the acceleration, of which the deceleration is the size
        String askedFor = decelerationAsked
                ? asked.replaceAll("\\bdecelerat", "accelerat").replaceAll("\\bretardation\\b", "acceleration")
                : asked;
        // "… for 20 s. How far does it travel in those 20 seconds?": a given repeated in the question is the same given
        int questionAt = lower.length() - asked.length();
        found.removeIf(f -> f.at() >= questionAt && found.stream().anyMatch(
                e -> e != f && e.at() >= 0 && e.at() < questionAt && e.unit().sameDimension(f.unit()) && e.si() == f.si()));
        // "a total resistance of 25 Ω", "R_total = 4 Ω": the total, R in the resistors' formulas
        // "… make 25 ohms total", "100 Ω in total" (phys13): the total said after its number
        found.replaceAll(f -> f.symbol().isEmpty() && f.at() >= 0 && (TOTAL_BEFORE.matcher(
                lower.substring(Math.max(0, f.at() - 40), f.at())).find()
                || TOTAL_AFTER.matcher(lower).region(f.at(), lower.length()).lookingAt())
                || TOTAL.matcher(f.symbol()).matches() ? new Found(f.written(), f.unit(), f.si(), f.at(), "R") : f);
        Optional<String> symbolAsked = symbolAsked(text);
        List<Candidate> candidates = new ArrayList<>();
        for (Family fam : families) {
            if (!(fam instanceof Formula f)) continue;
            // free fall starts from rest: something thrown up or down has a launch speed the family does not model
            if (f.name().equals("free-fall") && has(lower, "thrown", "throw", "launch", "projected", "fired", "kicked", "upward"))
                continue;
            // and something falls: read14 found "runs 100 metres in four seconds. How fast?" read as a fall from 100 m
            if (f.name().equals("free-fall") && !SOMETHING_FALLS.matcher(lower).find()) continue;
            // a steady speed (d = v t) is not the motion of something thrown or dropped: it speeds up as it falls; only
            // what carries or throws it, named in the question, moves at the speed given (session 12)
            // an average speed is the distance over the time, not the final speed of suvat or a fall (review12: "It lands
            // after 2 s. What is its average speed?" was answered with v = u + a t)
            // session 14: under a uniform acceleration (said in words) it is (u + v)/2, suvat's v_avg, and with a time the
            // distance; never a final velocity
            boolean averageOfUniform = f.name().equals("suvat") && UNIFORM.matcher(lower).find();
            if (!f.name().equals("speed") && AVERAGE_SPEED.matcher(asked).find() && !averageOfUniform) continue;
            if (f.name().equals("speed")
                    && has(lower, "thrown", "throw", "threw", "dropped", "drops", "falls freely", "free fall",
                            "free-fall")
                    && !carrierAsked(lower, asked))
                continue;
            // one resistance in V = I R or P = I^2 R is not a network's: two resistors, or a series or parallel pair, have
            // a total the one-formula reading would leave out
            if ((f.name().equals("ohms-law") || f.name().equals("electrical-power")) && network(lower, found)) continue;
            if (f instanceof PhysicsFamilies.Friction) {
                if (ownG.isEmpty()) friction(f, lower, asked, found).ifPresent(candidates::add);
                continue;
            }
            for (int k = 0; k < f.cases.size(); k++) {
                Case c = f.cases.get(k);
                if (!named(f, c, askedFor, symbolAsked)) continue;
                if (!saysUniform(c, lower)) continue;
                if (averageOfUniform && AVERAGE_SPEED.matcher(asked).find()
                        && !c.unknown().equals(has(asked, "how far", "distance", "displacement") ? "s" : "v_avg"))
                    continue;
                // the second resistor needs the total stated as the total, never guessed from the order of the numbers
                if (c.unknown().equals("R_2") && found.stream().noneMatch(x -> x.symbol().equals("R"))) continue;
                Optional<Map<String, String>> params = assign(f.quantities, c.givens(), symbolsOf(c), found);
                if (params.isEmpty()) continue;
                params.get().put("case", Integer.toString(k));
                int bonus = bonus(f, c, askedFor, symbolAsked, lower);
                params.get().put("object", "object");
                params.get().put(PhysicsFamilies.TYPED_IN, "yes");
                candidates.add(new Candidate(f, params.get(), c.givens().size(), bonus));
            }
        }
        if (ownG.isPresent()) {
            // the problem's own g goes where a formula takes g; a reading whose formula has no g leaves it unused
            String g = ownG.get();
            candidates.removeIf(x -> !PhysicsFamilies.usesG(x.family().cases.get(Integer.parseInt(x.params().get("case")))));
            candidates.forEach(x -> x.params().put(PhysicsFamilies.OWN_G, g));
        }
        // "taking the direction of travel as positive": a signed answer is asked for
        if (POSITIVE_DIRECTION.matcher(lower).find()) candidates.forEach(x -> x.params().put(PhysicsFamilies.SIGNED, "yes"));
        candidates.sort(Comparator.comparingInt(Candidate::bonus).reversed());
        if (candidates.isEmpty() && AVERAGE_SPEED.matcher(asked).find()) return Optional.empty();
        if (candidates.isEmpty() && decelerationAsked) return Optional.empty();
        if (candidates.isEmpty())
            return PhysicsChains.read(lower, asked, symbolAsked, found, ownG, POSITIVE_DIRECTION.matcher(lower).find(),
                    families);
        if (candidates.size() > 1 && candidates.get(0).bonus() == candidates.get(1).bonus()
                && !sameAnswer(candidates.get(0), candidates.get(1)))
            return Optional.empty(); // two readings fit equally well: do not guess
        Candidate best = candidates.get(0);
        // "the magnitude of the deceleration", "how quickly it slows": a size, where the formula gives a signed value; the
        // solution then ends with the size (grade14: it was refused), and a "deceleration" that comes out positive, a
        // speeding up, is not what the text says
        // "its deceleration as a negative acceleration" asks for the signed value (read15: the size 5 was verified for −5)
        boolean signedAsked = decelerationAsked && SIGNED_ASKED.matcher(lower).find();
        if (decelerationAsked && !signedAsked) best.params().put(PhysicsFamilies.SIZE, PhysicsFamilies.DECELERATION);
        try {
            Worked solved = Solvers.solve(best.family(), best.params(), 0);
            if (signedAsked) return solved.checkValue() < 0 ? Optional.of(solved) : Optional.empty();
            if (solved.checkValue() >= 0 || !has(lower, "magnitude", "size of", "how quickly")) return Optional.of(solved);
            best.params().put(PhysicsFamilies.SIZE, PhysicsFamilies.MAGNITUDE);
            return Optional.of(Solvers.solve(best.family(), best.params(), 0));
        } catch (IllegalArgumentException | Solvers.UnverifiedException e) {
            return Optional.empty();
        }
    }

    /** Something moving at a given speed (flying at, travelling at, a steady speed): not at rest when it lets go. */
    private static final Pattern CARRIER_MOVING = Pattern.compile(
            "\\b(?:fly|flying|flies|flew|travel|travell?ing|travels|travelled|cruising|driving|drives|moving|moves|riding"
                    + "|rides|sailing|going|runs|running)\\s+(?:\\w+\\s+){0,2}?at\\b|\\b(?:steady|constant|uniform)\\b");

    /** Thrown (or fired) straight down at a speed: "thrown vertically downwards at 5 m/s", "throws a key down a well". */
    private static final Pattern THROWN_DOWN = Pattern.compile("\\b(?:thrown|throws?|threw|fired|projected|launched|flicked)"
            + "\\s+(?:[a-z]+\\s+){0,3}?(?:down|downwards|downward)\\b");
    /**
     * The speed it is thrown at, said with the throw ("thrown down at 5 m/s", "throws a key down a well with a speed of 3
     * m/s"): a speed said elsewhere ("thrown down … hits the water at 15 m/s", "It reaches 20 m/s after 1.5 s") is a later
     * one, and was read as the launch speed (review12: 24.8 m/s for the speed it was thrown at).
     */
    private static final Pattern THROWN_AT = Pattern.compile("\\b(?:thrown|throws?|threw|fired|projected|launched|flicked)"
            + "\\s+(?:[a-z]+\\s+){0,5}?(?:down|downwards|downward)(?:\\s+(?:(?!(?:and|then|but|hits?|reach\\w*|lands?|strikes?|is|was|it|its)\\b)[a-z]+\\s+){0,4}?)?\\s*"
            + "(?:at|with\\s+(?:a|an)\\s+(?:initial\\s+|starting\\s+)?(?:speed|velocity)\\s+of)\\s+\\d");
    /** Anything of the motion that is not straight down: up, sideways, at an angle, or a second motion. */
    private static final Pattern NOT_STRAIGHT_DOWN = Pattern.compile("\\bup\\b|\\bupwards?\\b|\\bhorizontal|\\bangle\\b|°|"
            + "\\bslope|\\bincline|\\bramp|\\bbounce|\\brebound|\\bparachute|\\bair resistance\\s+(?:is|of|acts)|\\bdrag\\b|\\bmoon\\b|\\bmars\\b");

    /** Words that say something falls (or where it falls from or to): the free-fall family needs one. */
    private static final Pattern SOMETHING_FALLS = Pattern.compile("\\b(?:fall\\w*|fell|drop\\w*|lets?\\s+go|releas\\w*"
            + "|free[- ]?fall\\w*|plummet\\w*|plung\\w*|dives?|diver|cliff|bridge|tower|roof|window|balcony|ground|floor"
            + "|water|sea|gravity|down\\s+(?:a|the)\\s+(?:well|shaft|hole)|g\\s*=)");

    private static final Pattern AVERAGE_SPEED = Pattern.compile("\\b(?:average|mean)\\s+(?:speed|velocity)\\b");

    private static final Pattern UNIFORM = Pattern
            .compile("\\buniform(?:ly)?\\b|\\bconstant\\s+(?:rate|acceleration)|\\bsteadily\\b|\\bsteady\\s+acceleration");

    /**
     * The final velocity from the distance and time ({@code v = 2 s/t - u}, session 12) only where the text says the
     * acceleration is uniform: "accelerates from rest and covers 60 m in 6 s" gives no speed at any one moment.
     */
    static boolean saysUniform(Case c, String lower) {
        return !(c.unknown().equals("v") && c.formula().equals("s = (u + v) t/2")) || UNIFORM.matcher(lower).find();
    }

    /** Two or more resistors, or a series or parallel connection: a network, not one resistance. */
    private static final Pattern NETWORK = Pattern.compile("\\bparallel\\b|\\bin\\s+series\\b|\\bresistors\\b");

    /**
     * One resistor in series with the supply ("a 12 V battery is connected in series with a 4 Ω resistor", "a 4 Ω
     * resistor in series with a 6 V cell"): the circuit's one resistance, not a network (session 12; phys11's refusal of
     * every "in series" lost it).
     */
    private static final Pattern SUPPLY_IN_SERIES = Pattern.compile("(?:battery|cell|supply|source)\\s+(?:is\\s+|was\\s+)?"
            + "(?:connected\\s+|wired\\s+|joined\\s+|placed\\s+)?in\\s+series\\s+with\\s+(?:a|an|the|one)\\s+"
            + "(?:\\d+(?:\\.\\d+)?\\s*" + OHMS + "\\s+)?resistor\\b(?!s)|\\bresistor\\s+(?:is\\s+|was\\s+)?"
            + "(?:connected\\s+|wired\\s+|joined\\s+|placed\\s+)?in\\s+series\\s+with\\s+(?:a|an|the)\\s+"
            + "(?:\\d+(?:\\.\\d+)?\\s*v\\s+)?(?:battery|cell|supply|power\\s+supply)\\b");

    /** Another part of the circuit, whose resistance the one given leaves out. */
    private static final Pattern OTHER_PART = Pattern.compile("\\b(?:lamps?|bulbs?|motors?|heaters?|diodes?|leds?|thermistors?"
            + "|ldrs?|components?|devices?|buzzers?|fuses?|rheostats?|variable|another|other|second|both|two|three|network)\\b");

    /**
     * Whether the text is of a network of resistors (two or more, or a series or parallel pair), whose total a
     * one-resistance reading of Ohm's law or the power would leave out. One resistor in series with the supply, with
     * one resistance in the text and no other part named, is not.
     */
    static boolean network(String lower, List<Found> found) {
        if (!NETWORK.matcher(lower).find()) return false;
        String rest = SUPPLY_IN_SERIES.matcher(lower).replaceAll(" ");
        if (rest.equals(lower) || NETWORK.matcher(rest).find() || OTHER_PART.matcher(lower).find()) return true;
        return found.stream().filter(x -> x.unit().sameDimension(unit("Ω"))).count() != 1;
    }

    /** Words that join clauses ("drops a parcel and flies on at"): no noun of what moves. */
    private static final String JOINING = "(?:and|then|which|that|who|but|so|while)\\b";

    /** What moves at the given speed: "a drone flying at", "a train moving at a constant" (its noun). */
    private static final Pattern CARRIER_NOUN = Pattern
            .compile("\\b(?:a|an|the)\\s+(?:(?!" + JOINING + ")[a-z]+\\s+)?((?!" + JOINING + ")[a-z]+)\\s+(?:is\\s+|was\\s+)?"
                    + "(?:fly|flying|flies|flew|travel|travell?ing|travels|travelled|cruising|driving|drives|moving|moves|riding"
                    + "|rides|sailing|going|runs|running)\\s+(?:\\w+\\s+){0,2}?at\\b");

    /** What is dropped or thrown (its noun): "drops a parcel", "a ball is thrown". */
    private static final Pattern RELEASED_NOUN = Pattern.compile("\\b(?:drops?|dropped|throws?|threw|thrown|releases?|released)"
            + "\\s+(?:a|an|the|his|her|their)\\s+(?:[a-z]+\\s+)?([a-z]+)|\\b(?:a|an|the)\\s+([a-z]+)\\s+(?:is|was)\\s+"
            + "(?:\\w+\\s+)?(?:dropped|thrown|released)");

    /**
     * A steady speed asked of what carries or throws something, not of the thing dropped or thrown ("A drone flying at a
     * steady 12 m/s drops a parcel … How far does the drone travel in 30 s?"): d = v t is the carrier's. Only where one
     * carrier moves at a speed, the question names it, and the question names neither the thing let go nor a fall.
     */
    static boolean carrierAsked(String lower, String asked) {
        if (has(asked, "fall", "drop", "land", "hit", "ground", "throw", "thrown", "release", "splash", "it ", "its ",
                "they", "height", "high", "deep"))
            return false;
        java.util.Set<String> carriers = new java.util.LinkedHashSet<>();
        for (Matcher m = CARRIER_NOUN.matcher(lower); m.find();) carriers.add(m.group(1));
        if (carriers.size() != 1) return false;
        String carrier = carriers.iterator().next();
        if (!Pattern.compile("\\b" + Pattern.quote(carrier) + "\\b").matcher(asked).find()) return false;
        for (Matcher m = RELEASED_NOUN.matcher(lower); m.find();) {
            String thing = m.group(1) != null ? m.group(1) : m.group(2);
            if (thing.equals(carrier) || Pattern.compile("\\b" + Pattern.quote(thing) + "\\b").matcher(asked).find())
                return false;
        }
        return true;
    }

    private static final Pattern POSITIVE_DIRECTION = Pattern
            .compile("\\bas\\s+(?:the\\s+)?positive\\b|\\bpositive\\s+direction\\b|\\bto\\s+be\\s+positive\\b");

    /** "… a total resistance of", "the pair has a combined resistance of": the number that follows is the total. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile(
            "(?:total|combined|effective|equivalent|overall)\\s+(?:resistance\\s+)?(?:of|is|=|:)\\s*(?:about\\s+)?$");

    /** A resistance, then words that say it is the total: "25 ohms total", "100 Ω in total", "6 Ω altogether". */
    private static final Pattern TOTAL_AFTER = Pattern.compile(
            "-?\\d+(?:\\.\\d+)?\\s*" + OHMS + "\\s+(?:in\\s+)?(?:total|altogether|overall)\\b");

    private static final String RESISTANCE = "\\d+(?:\\.\\d+)?\\s*" + OHMS;
    /** "two 1 kΩ resistors", "two identical 8 Ω resistors": a pair of equal resistors, their one value written once. */
    private static final Pattern TWO_ALIKE_BEFORE = Pattern.compile(
            "(?i)\\btwo\\s+(?:identical\\s+|equal\\s+|similar\\s+)?(" + RESISTANCE + ")\\s+resistors\\b");
    /** "two resistors of 15 ohms each", "two identical resistors, each of 6 Ω": the same, the value after. */
    private static final Pattern TWO_ALIKE_AFTER = Pattern.compile("(?i)\\btwo\\s+(identical\\s+|equal\\s+)?resistors,?\\s+"
            + "(each\\s+)?(?:of\\s+|with\\s+(?:a\\s+)?resistance\\s+(?:of\\s+)?)?(" + RESISTANCE + ")(\\s+each\\b)?");

    /**
     * A pair of equal resistors with their value written once, as the two resistors of the resistors' formulas (phys13):
     * "two 1 kΩ resistors in parallel" reads as "a 1 kΩ resistor and a 1 kΩ resistor in parallel". Only the word
     * "two", and only where the words say the two are alike ("identical", "each", or the value before "resistors").
     */
    static String twoAlike(String text) {
        String t = TWO_ALIKE_BEFORE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(pair(m.group(1))));
        return TWO_ALIKE_AFTER.matcher(t).replaceAll(m -> m.group(1) == null && m.group(2) == null && m.group(4) == null
                ? Matcher.quoteReplacement(m.group())
                : Matcher.quoteReplacement(pair(m.group(3))));
    }

    /**
     * Two resistances joined in series or in parallel, and nothing more ("4 ohm and 12 ohm in parallel", "20Ω and 30Ω
     * parallel"): what is asked can only be their total, and the question is said (read16: they were not read).
     */
    private static final Pattern PAIR_ONLY = Pattern.compile("(?i)\\s*(?:(?:two\\s+)?resistors?\\s+(?:of\\s+)?)?(?:an?\\s+)?"
            + RESISTANCE + "(?:\\s+resistor)?\\s*(?:,|and|&|\\+)\\s*(?:an?\\s+)?" + RESISTANCE + "(?:\\s+resistors?)?\\s+"
            + "(?:are\\s+)?(?:connected\\s+|joined\\s+|wired\\s+|placed\\s+)?(?:in\\s+)?(?:series|parallel)\\s*[.!]?\\s*");

    /**
     * More than two resistors named, whatever values are given: "three resistors … two of them are 4 Ω and 8 Ω", "in
     * parallel with R3", "a third resistor". The resistors' formulas take two; a reading of the two values given would be
     * the total of another circuit (read17: these were verified as pairs).
     */
    private static final Pattern MORE_THAN_TWO_RESISTORS = Pattern.compile("(?i)\\b(?:three|four|five|six|seven|eight|nine"
            + "|ten|several|many|[3-9]|\\d{2,})\\s+(?:(?:identical|equal|similar|different|separate)\\s+)?resist(?:or|ance)s\\b"
            + "|\\b(?:three|four|five|six|seven|eight|nine|ten)\\s+(?:identical\\s+|equal\\s+)?" + RESISTANCE + "\\s+resistors\\b"
            + "|\\b(?-i:R)\\s*_?\\s*(?:[3-9]|₃|₄)(?!\\d|\\.\\d)|\\b(?:third|fourth)\\s+resistor\\b");

    /** Whether the text names more than two resistors (see {@link #MORE_THAN_TWO_RESISTORS}). */
    static boolean moreThanTwoResistors(String text) {
        return MORE_THAN_TWO_RESISTORS.matcher(text).find();
    }

    static String pairOnly(String text) {
        return PAIR_ONLY.matcher(text).matches() ? text.strip() + " What is the total resistance?" : text;
    }

    private static String pair(String resistance) {
        return "a " + resistance + " resistor and a " + resistance + " resistor";
    }

    /** The question names the case's unknown: by its symbol ("R2 = ?") or by a phrase ("find the acceleration"). */
    static boolean named(Formula f, Case c, String asked, Optional<String> symbolAsked) {
        return symbolAsked.map(s -> norm(s).equals(norm(c.unknown()))).orElse(false)
                || phrases(f.quantities.get(c.unknown())).stream().anyMatch(asked::contains)
                || countsUnitOf(f.quantities.get(c.unknown()), asked)
                || f.name().equals("weight") && c.unknown().equals("W") && HEAVY_IN_NEWTONS.matcher(asked).find();
    }

    /** "How heavy is it in newtons?" asks the weight (read14); "how heavy" alone may ask the mass, and is not read. */
    private static final Pattern HEAVY_IN_NEWTONS = Pattern.compile("\\bhow\\s+heavy\\b.*\\bin\\s+(?:newtons?|n)\\b");

    static int bonus(Formula f, Case c, String asked, Optional<String> symbolAsked, String lower) {
        return phrases(f.quantities.get(c.unknown())).stream().filter(asked::contains).mapToInt(String::length).max()
                .orElse(countsUnitOf(f.quantities.get(c.unknown()), asked) ? "how many".length() : 0)
                + (symbolAsked.map(s -> norm(s).equals(norm(c.unknown()))).orElse(false) ? 50 : 0)
                + keyword(f.name(), lower) + caseKeyword(c, lower);
    }

    /**
     * Each given of a case from the quantities found (by its symbol, else the next of its dimension); empty when one is
     * missing or a quantity of the text is left with no place.
     */
    static Optional<Map<String, String>> assign(Map<String, QuantitySpec> quantities, List<String> givens,
            List<String> symbols, List<Found> found) {
        Map<String, String> params = new LinkedHashMap<>();
        List<Found> left = new ArrayList<>(found);
        for (String g : givens) {
            Unit need = unit(quantities.get(g).unit());
            Optional<Found> match = left.stream().filter(x -> norm(x.symbol()).equals(norm(g)) && x.unit().sameDimension(need))
                    .findFirst().or(() -> left.stream()
                            // a speed the words imply (from rest: u = 0) is only ever its own symbol
                            .filter(x -> x.at() >= 0 && (x.symbol().isEmpty() || !symbols.contains(norm(x.symbol())))
                                    && x.unit().sameDimension(need) && !need.dimensionless())
                            .findFirst());
            if (match.isEmpty()) return Optional.empty();
            left.remove(match.get());
            params.put(g, match.get().written());
        }
        long unused = left.stream().filter(x -> !x.unit().dimensionless() && x.at() >= 0).count();
        return unused > 0 ? Optional.empty() : Optional.of(params); // every given in the text must have its place
    }

    private static boolean sameAnswer(Candidate a, Candidate b) {
        try {
            Worked x = Solvers.solve(a.family(), a.params(), 0), y = Solvers.solve(b.family(), b.params(), 0);
            return Math.abs(x.checkValue() - y.checkValue()) <= 1e-9 * Math.abs(x.checkValue())
                    && x.start().equals(y.start());
        } catch (RuntimeException e) {
            return false;
        }
    }

    static int keyword(String family, String lower) {
        return switch (family) {
            case "free-fall" -> has(lower, "drop", "fall", "falls", "released", "freely") ? 5 : 0;
            case "wave-speed" -> has(lower, "wave", "frequency", "wavelength") ? 5 : 0;
            case "resistors" -> has(lower, "series", "parallel") ? 5 : 0;
            case "suvat" -> has(lower, "accelerat", "uniform") ? 2 : 0;
            case "electrical-power", "ohms-law" -> has(lower, "circuit", "resistor", "lamp", "heater", "current") ? 1 : 0;
            default -> 0;
        };
    }

    static String norm(String symbol) {
        return symbol.replace("_", "");
    }

    static List<String> symbolsOf(Case c) {
        List<String> out = new ArrayList<>();
        out.add(norm(c.unknown()));
        for (String g : c.givens()) out.add(norm(g));
        return out;
    }

    /** Series or parallel picks the resistors' case. */
    static int caseKeyword(Case c, String lower) {
        if (c.formula().startsWith("1/R")) return lower.contains("parallel") ? 10 : 0;
        if (c.formula().startsWith("R = R_1")) return lower.contains("series") ? 10 : 0;
        return 0;
    }

    static boolean has(String lower, String... words) {
        for (String w : words) if (lower.contains(w)) return true;
        return false;
    }

    private static Optional<Candidate> friction(Formula f, String lower, String asked, List<Found> found) {
        if (!has(lower, "friction", "μ", "coefficient") && !lower.matches("(?s).*\\bmu\\b.*")) return Optional.empty();
        Optional<Found> mass = found.stream().filter(x -> x.unit().sameDimension(unit("kg"))).findFirst();
        Optional<Found> mu = found.stream().filter(x -> x.unit().dimensionless() && x.si() > 0 && x.si() < 1.5).findFirst();
        Optional<Found> force = found.stream().filter(x -> x.unit().sameDimension(unit("N"))).findFirst();
        if (mass.isEmpty() || mu.isEmpty() && force.isEmpty()) return Optional.empty();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("m", mass.get().written());
        mu.ifPresent(x -> p.put("μ", x.written()));
        if (asked.contains("accelerat") && force.isPresent() && mu.isPresent()) {
            p.put("case", "acceleration");
            p.put("F", force.get().written());
            return Optional.of(new Candidate(f, p, 3, 100));
        }
        // fix11: the friction force given instead of μ ("a friction force of 20 N acts on it"): a = (F - f)/m, where of
        // exactly two forces the words before one, in its own clause, name it friction and the other is the pull
        if (asked.contains("accelerat") && mu.isEmpty()) {
            List<Found> forces = found.stream().filter(x -> x.unit().sameDimension(unit("N"))).toList();
            if (forces.size() != 2) return Optional.empty();
            List<Found> friction = forces.stream().filter(x -> namedFriction(lower, x, found)).toList();
            if (friction.size() != 1) return Optional.empty();
            Found pull = forces.get(0) == friction.get(0) ? forces.get(1) : forces.get(0);
            // the other force must be said to pull or push it along a level surface; a slope, a brake, a second force
            // against the motion or a vertical pull is another problem
            if (!wordsBefore(lower, pull, found).matches("(?s).*(?:pull|push|drag|tow|driv|appli|thrust|engine|tension).*")
                    || NOT_LEVEL_PULL.matcher(lower).find())
                return Optional.empty();
            p.put("case", "against");
            p.put("F", pull.written());
            p.put("f", friction.get(0).written());
            return Optional.of(new Candidate(f, p, 3, 100));
        }
        if (force.isPresent() && mu.isEmpty() && asked.contains("coefficient")
                && has(lower, "constant speed", "steady speed", "constant velocity", "steady velocity")) {
            // sliding at a steady speed: the push balances the friction
            p.put("case", "coefficient");
            p.put("F", force.get().written());
            return Optional.of(new Candidate(f, p, 2, 100));
        }
        if (mu.isEmpty()) return Optional.empty();
        if (force.isPresent() && has(asked, "resultant", "net force", "left over", "unbalanced force")) {
            p.put("case", "net");
            p.put("F", force.get().written());
            return Optional.of(new Candidate(f, p, 3, 100));
        }
        if ((asked.contains("friction") || asked.contains("force")) && force.isEmpty()) {
            p.put("case", "friction");
            return Optional.of(new Candidate(f, p, 2, 100));
        }
        return Optional.empty();
    }

    /**
     * Whether the force is named friction: written "f = 20 N" / "F_f = 20 N", or "friction" in the words just before it,
     * after the number before it and within its own sentence ("The friction force is 20 N", "against a frictional force
     * of 20 N"), or right after its number and unit ("20 N of friction", session 12).
     */
    private static boolean namedFriction(String lower, Found force, List<Found> found) {
        if (force.symbol().equals("f") || force.symbol().equals("F_f")) return true;
        String before = wordsBefore(lower, force, found);
        if (before.contains("friction") && !before.contains("coefficient")) return true;
        // session 12: named right after its number and unit, "20 N of friction", "a 20 N frictional force"
        return force.at() >= 0 && FRICTION_AFTER.matcher(lower).region(force.at(), lower.length()).lookingAt();
    }

    /** A force's number and unit, then friction: "20 N of friction", "20 newtons of frictional force". */
    private static final Pattern FRICTION_AFTER = Pattern
            .compile("-?\\d+(?:\\.\\d+)?\\s*(?:k?n|(?:kilo)?newtons?)\\s+(?:of\\s+)?friction(?:al)?\\b");

    /** The words before a number, after the number before it and within its own sentence (empty for an implied one). */
    private static String wordsBefore(String lower, Found x, List<Found> found) {
        if (x.at() < 0) return "";
        int from = 0;
        for (Found o : found) if (o != x && o.at() >= 0 && o.at() < x.at()) from = Math.max(from, o.at() + 1);
        String before = lower.substring(Math.min(from, x.at()), x.at());
        int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
        return sentence >= 0 ? before.substring(sentence) : before;
    }

    /** Words of a friction problem that is not a pull along a level surface against friction alone. */
    private static final Pattern NOT_LEVEL_PULL = Pattern.compile("slope|inclin|ramp|angle|°|degrees|\\bbrak|\\bslow|"
            + "\\bstop|opposite|backward|resistance|\\bdrag\\s+(?:force|of)|vertical|\\blift|\\bhang|upward|downward|"
            + "\\bup\\s+(?:a|the)\\b|\\bdown\\s+(?:a|the)\\b|\\bdecelerat|\\bmagnitude|\\bboth\\b|\\bthird\\b"
            // review12: a friction force on each wheel (or leg, runner) is not the whole friction force
            + "|\\beach\\b|\\bper\\s+(?:wheel|tyre|tire|leg|runner|side|foot|skid)");

    private static final Pattern FIND_SYMBOL = Pattern.compile(
            "(?i:\\b(?:find|calculate|work out|determine))\\s*:?\\s+(" + TOTAL_NAME
                    + "|[A-Za-zρλμ](?:_?[A-Za-z0-9]{1,3})?)\\s*(?:\\(?(?i:in)\\s+[A-Za-zΩ/²³^0-9]+(?:\\s[A-Za-z/²³^0-9]+)?\\s*\\)?\\s*)?(?:[.?!]|$|,?\\s+(?:when|if|given)\\b)");

    /** R_total, R_T, R_eq: the total resistance, R in the resistors' formulas. */
    private static final Pattern TOTAL = Pattern.compile(TOTAL_NAME);

    /** "p = ?", "find v": a symbol asked for directly. */
    static Optional<String> symbolAsked(String text) {
        // a symbol is a word of its own: "Total resistance = ?" names no symbol "stance" (phys13)
        Matcher m = Pattern.compile("(?<![A-Za-z_])([A-Za-zρλμ](?:_?[A-Za-z0-9]{1,5})?)\\s*=\\s*(?:\\?|_{2,})").matcher(text);
        if (m.find()) return Optional.of(TOTAL.matcher(m.group(1)).matches() ? "R" : m.group(1));
        // "… t = 3 s. Find s.": a cue word and the symbol alone, at the end of a sentence
        Matcher cue = FIND_SYMBOL.matcher(text);
        return cue.find() ? Optional.of(TOTAL.matcher(cue.group(1)).matches() ? "R" : cue.group(1)) : Optional.empty();
    }

    /** The unknown's own name stated with a given's number: "a total resistance of 25 Ω" while solving for R from 25 Ω. */
    static boolean statesTheUnknownAsAGiven(String text, Worked w) {
        Optional<Family> fam = Solvers.family(w.family());
        if (fam.isEmpty() || !(fam.get() instanceof Formula f)) return false;
        QuantitySpec unknown = f.quantities.get(w.start());
        if (unknown == null) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        Unit unknownUnit = unit(unknown.unit());
        for (var g : w.givens()) {
            Matcher n = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(g.value());
            if (!n.find()) continue;
            try {
                // only a value of the unknown's own kind: "the mass of 2.0 m³ of water" names a volume, not a mass
                if (!Quantity.parse(g.value()).unit().sameDimension(unknownUnit)) continue;
            } catch (MathSyntaxException e) {
                continue;
            }
            Pattern stated = Pattern
                    .compile("\\b" + Pattern.quote(unknown.description()) + "\\s+(?:of|is|was|=|:)\\s+(?:about\\s+)?"
                            + Pattern.quote(n.group()) + "(?![\\d.]\\d)");
            if (stated.matcher(lower).find()) return true;
        }
        return false;
    }

    /**
     * Every verified solution of the family's cases for this unknown and these givens, in the cases' order: two resistors
     * give a series and a parallel total. A given g (a g the problem states) goes where the case's formula takes g.
     */
    static List<Worked> everyCaseFromGivens(String family, String unknown, List<app.stepwise.lesson.Problem.Given> givens) {
        Optional<Family> fam = Solvers.family(family);
        if (fam.isEmpty() || !(fam.get() instanceof Formula f) || f instanceof PhysicsFamilies.Friction) return List.of();
        Optional<String> ownG = givens.stream().filter(g -> g.symbol().equals(PhysicsFamilies.OWN_G))
                .map(app.stepwise.lesson.Problem.Given::value).findFirst();
        List<app.stepwise.lesson.Problem.Given> rest = givens.stream()
                .filter(g -> !g.symbol().equals(PhysicsFamilies.OWN_G)).toList();
        List<Worked> out = new ArrayList<>();
        for (int k = 0; k < f.cases.size(); k++) {
            Case c = f.cases.get(k);
            if (!c.unknown().equals(unknown) || c.givens().size() != rest.size()) continue;
            if (ownG.isPresent() && !PhysicsFamilies.usesG(c)) continue;
            Map<String, String> params = new LinkedHashMap<>();
            params.put("case", Integer.toString(k));
            params.put(PhysicsFamilies.TYPED_IN, "yes");
            boolean ok = true;
            for (var g : rest) {
                QuantitySpec q = f.quantities.get(g.symbol());
                try {
                    ok = q != null && c.givens().contains(g.symbol())
                            && Quantity.parse(g.value()).unit().sameDimension(unit(q.unit()));
                } catch (MathSyntaxException e) {
                    ok = false;
                }
                if (!ok) break;
                params.put(g.symbol(), g.value());
            }
            if (!ok) continue;
            ownG.ifPresent(g -> params.put(PhysicsFamilies.OWN_G, g));
            try {
                out.add(Solvers.solve(f, params, 0));
            } catch (IllegalArgumentException | Solvers.UnverifiedException e) {
                // this case does not solve these givens; another may
            }
        }
        return out;
    }

    static Unit unit(String symbol) {
        try {
            return Units.parse(symbol);
        } catch (MathSyntaxException e) {
            throw new IllegalStateException("unit table: " + symbol, e);
        }
    }
}
