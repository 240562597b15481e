package app.stepwise.math;

import app.stepwise.text.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads unit strings as students write them: {@code m/s^2}, {@code m/s²}, {@code km/h}, {@code kg*m/s^2},
 * {@code kg m s^-2}, {@code N*s}, {@code kJ}, {@code mA}, {@code Ω} or {@code ohm}, {@code °C}, {@code kW}.
 */
public final class Units {
    private static final Map<String, Unit> UNITS = new HashMap<>();
    private static final Map<String, Double> PREFIXES = new HashMap<>();
    /** Units that take no SI prefix (so that "min", "h" and "t" are not read as milli-inch, hecto-… or tera-…). */
    private static final Set<String> NO_PREFIX = Set.of("min", "h", "hr", "°C", "degC", "mph", "atm", "t", "°", "rad", "kg", "%",
            "in", "ft", "mi", "lb", "cc", "u", "amu");

    static {
        base("m", 1, 0);
        base("g", 1e-3, 1);
        base("s", 1, 2);
        base("A", 1, 3);
        base("K", 1, 4);
        base("mol", 1, 5);
        base("cd", 1, 6);
        derived("kg", 1, new int[]{0, 1, 0, 0, 0, 0, 0});
        derived("N", 1, new int[]{1, 1, -2, 0, 0, 0, 0});
        derived("J", 1, new int[]{2, 1, -2, 0, 0, 0, 0});
        derived("W", 1, new int[]{2, 1, -3, 0, 0, 0, 0});
        derived("Pa", 1, new int[]{-1, 1, -2, 0, 0, 0, 0});
        derived("Hz", 1, new int[]{0, 0, -1, 0, 0, 0, 0});
        derived("C", 1, new int[]{0, 0, 1, 1, 0, 0, 0});
        derived("V", 1, new int[]{2, 1, -3, -1, 0, 0, 0});
        derived("Ω", 1, new int[]{2, 1, -3, -2, 0, 0, 0});
        derived("ohm", 1, new int[]{2, 1, -3, -2, 0, 0, 0});
        derived("ohms", 1, new int[]{2, 1, -3, -2, 0, 0, 0});
        derived("F", 1, new int[]{-2, -1, 4, 2, 0, 0, 0});
        derived("min", 60, new int[]{0, 0, 1, 0, 0, 0, 0});
        derived("h", 3600, new int[]{0, 0, 1, 0, 0, 0, 0});
        derived("hr", 3600, new int[]{0, 0, 1, 0, 0, 0, 0});
        derived("L", 1e-3, new int[]{3, 0, 0, 0, 0, 0, 0});
        derived("l", 1e-3, new int[]{3, 0, 0, 0, 0, 0, 0});
        derived("t", 1000, new int[]{0, 1, 0, 0, 0, 0, 0});
        derived("eV", 1.602176634e-19, new int[]{2, 1, -2, 0, 0, 0, 0});
        derived("Wh", 3600, new int[]{2, 1, -2, 0, 0, 0, 0});
        derived("cal", 4.184, new int[]{2, 1, -2, 0, 0, 0, 0});
        derived("bar", 1e5, new int[]{-1, 1, -2, 0, 0, 0, 0});
        derived("atm", 101325, new int[]{-1, 1, -2, 0, 0, 0, 0});
        derived("mph", 0.44704, new int[]{1, 0, -1, 0, 0, 0, 0});
        derived("in", 0.0254, new int[]{1, 0, 0, 0, 0, 0, 0});
        derived("ft", 0.3048, new int[]{1, 0, 0, 0, 0, 0, 0});
        derived("mi", 1609.344, new int[]{1, 0, 0, 0, 0, 0, 0});
        derived("lb", 0.45359237, new int[]{0, 1, 0, 0, 0, 0, 0});
        derived("cc", 1e-6, new int[]{3, 0, 0, 0, 0, 0, 0});
        derived("u", 1.66053906660e-27, new int[]{0, 1, 0, 0, 0, 0, 0});
        derived("amu", 1.66053906660e-27, new int[]{0, 1, 0, 0, 0, 0, 0});
        derived("M", 1000, new int[]{-3, 0, 0, 0, 0, 1, 0});
        derived("rad", 1, new int[7]);
        derived("°", Math.PI / 180, new int[7]);
        derived("%", 0.01, new int[7]);
        UNITS.put("°C", new Unit(1, new int[]{0, 0, 0, 0, 1, 0, 0}, 273.15, "°C"));
        UNITS.put("degC", new Unit(1, new int[]{0, 0, 0, 0, 1, 0, 0}, 273.15, "°C"));
        String[] p = {"Y", "Z", "E", "P", "T", "G", "M", "k", "h", "da", "d", "c", "m", "μ", "µ", "u", "n", "p", "f"};
        double[] f = {1e24, 1e21, 1e18, 1e15, 1e12, 1e9, 1e6, 1e3, 1e2, 1e1, 1e-1, 1e-2, 1e-3, 1e-6, 1e-6, 1e-6, 1e-9, 1e-12,
                1e-15};
        for (int i = 0; i < p.length; i++) PREFIXES.put(p[i], f[i]);
        // words students type for the common units
        alias("m", "metre", "metres", "meter", "meters");
        alias("s", "second", "seconds", "sec", "secs");
        alias("g", "gram", "grams");
        alias("kg", "kilogram", "kilograms", "kgs", "kilo", "kilos");
        alias("t", "tonne", "tonnes");
        alias("N", "newton", "newtons");
        alias("J", "joule", "joules");
        alias("W", "watt", "watts");
        alias("V", "volt", "volts");
        alias("A", "amp", "amps", "ampere", "amperes");
        alias("Hz", "hertz");
        alias("Pa", "pascal", "pascals");
        alias("K", "kelvin");
        alias("min", "minute", "minutes", "mins");
        alias("h", "hour", "hours", "hrs");
        alias("L", "litre", "litres", "liter", "liters");
        alias("in", "inch", "inches");
        alias("ft", "foot", "feet");
        alias("mi", "mile", "miles");
        alias("lb", "lbs", "pound", "pounds");
        alias("km", "kilometre", "kilometres", "kilometer", "kilometers");
        // "5 Ohm", "4.7 kOhm", "2 kohm" (read16): a capital on a three-letter word is not read by word(), below
        alias("ohm", "Ohm");
        alias("kΩ", "kilohm", "kilohms", "kiloohm", "kiloohms", "kohm", "kohms", "kOhm", "kOhms");
        alias("MΩ", "megohm", "megohms", "megaohm", "megaohms");
        alias("°", "degree", "degrees");
        alias("°C", "celsius", "Celsius", "centigrade");
    }

    private static void base(String symbol, double factor, int dim) {
        int[] d = new int[7];
        d[dim] = 1;
        UNITS.put(symbol, new Unit(factor, d, 0, symbol));
    }

    private static void derived(String symbol, double factor, int[] dims) {
        UNITS.put(symbol, new Unit(factor, dims, 0, symbol));
    }

    private static void alias(String symbol, String... words) {
        Unit u = UNITS.containsKey(symbol) ? UNITS.get(symbol) : symbol(symbol).orElseThrow();
        for (String w : words) UNITS.put(w, new Unit(u.factor(), u.dims(), u.offset(), w));
    }

    private Units() {}

    /** The value of g that school problems use (m/s²), the one place it is written. */
    public static final double STANDARD_GRAVITY = 9.8;

    /** Largest unit power read (m^12); larger ones are refused with a message. */
    static final int MAX_UNIT_POWER = 12;

    /** Reads a unit expression; the message says which part is not a unit. */
    public static Unit parse(String text) throws MathSyntaxException {
        String t = text.strip();
        if (t.isEmpty()) return Unit.ONE;
        if (t.length() > 100) throw new MathSyntaxException(Message.of("math.unitTooLong"), 0);
        // 25 degrees Celsius, 25 deg C: one unit, not an angle times a temperature
        t = t.replaceAll("(?i)\\bdeg(?:ree)?s?\\s*(?:celsius|centigrade|C)\\b", "°C");
        Reader r = new Reader(t);
        Unit u = r.product();
        if (r.i < t.length()) throw new MathSyntaxException(Message.of("math.unitAfter", t.substring(0, r.i)), r.i);
        return u.withSymbol(t);
    }

    /** Prefixes as students write them in words: kilowatts, milliamps, centimetres. */
    private static final Map<String, Double> WORD_PREFIXES = Map.of("giga", 1e9, "mega", 1e6, "kilo", 1e3, "centi", 1e-2,
            "milli", 1e-3, "micro", 1e-6, "nano", 1e-9);

    /** One unit symbol, possibly with a prefix: km, mA, kJ, Ω; or a unit's word (newtons, kilowatts, Joules). */
    static Optional<Unit> symbol(String s) {
        Unit u = UNITS.get(s);
        if (u != null) return Optional.of(u);
        Optional<Unit> word = word(s);
        if (word.isPresent()) return word;
        for (int n = 2; n >= 1; n--) {
            if (s.length() > n) {
                Double f = PREFIXES.get(s.substring(0, n));
                Unit b = UNITS.get(s.substring(n));
                if (f != null && b != null && !NO_PREFIX.contains(s.substring(n))) {
                    return Optional.of(new Unit(b.factor() * f, b.dims(), 0, s));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A unit's word with a word prefix or a capital (kilowatts, milliamperes, Newtons): grade12 found "2.5 kilowatts" read
     * as k·i·lo·watts, a quantity of another kind, so a right answer was marked wrong.
     */
    private static Optional<Unit> word(String s) {
        if (s.length() < 4 || !s.chars().allMatch(Character::isLetter)) return Optional.empty();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (!s.equals(lower) && !s.substring(1).equals(s.substring(1).toLowerCase(java.util.Locale.ROOT)))
            return Optional.empty(); // NEWTONS or kiloWatts: not a way of writing a unit's word
        Unit u = UNITS.get(lower);
        if (u != null && lower.length() >= 4 && !lower.equals(s)) return Optional.of(u);
        for (var e : WORD_PREFIXES.entrySet()) {
            if (!lower.startsWith(e.getKey())) continue;
            Unit b = UNITS.get(lower.substring(e.getKey().length()));
            // the base must be a word (kilo + watts), never a symbol (kilo + m)
            if (b != null && lower.length() - e.getKey().length() >= 4 && !NO_PREFIX.contains(b.symbol()))
                return Optional.of(new Unit(b.factor() * e.getValue(), b.dims(), 0, s));
        }
        return Optional.empty();
    }

    private static final class Reader {
        final String s;
        int i;

        Reader(String s) {
            this.s = s;
        }

        void skipSpaces() {
            while (i < s.length() && s.charAt(i) == ' ') i++;
        }

        Unit product() throws MathSyntaxException {
            Unit u = factor();
            while (true) {
                skipSpaces();
                if (i >= s.length() || s.charAt(i) == ')') return u;
                char c = s.charAt(i);
                if (wordAt("per")) { // metres per second
                    i += 3;
                    skipSpaces();
                    u = u.over(factor());
                } else if (c == '/') {
                    i++;
                    skipSpaces();
                    u = u.over(factor());
                } else if (c == '*' || c == '·' || c == '⋅' || c == '×' || c == '.') {
                    i++;
                    skipSpaces();
                    u = u.times(factor());
                } else {
                    u = u.times(factor());
                }
            }
        }

        Unit factor() throws MathSyntaxException {
            skipSpaces();
            if (i >= s.length()) throw new MathSyntaxException(Message.of("math.unitMissingAtEnd"), i);
            Unit u;
            if (s.charAt(i) == '(') {
                int open = i++;
                u = product();
                if (i >= s.length() || s.charAt(i) != ')')
                    throw new MathSyntaxException(Message.of("math.unitBracket"), open);
                i++;
            } else {
                int start = i;
                if (s.startsWith("°C", i)) i += 2;
                else if (s.charAt(i) == '°' || s.charAt(i) == '%') i++;
                else
                    while (i < s.length() && (Character.isLetter(s.charAt(i)))) i++;
                String word = s.substring(start, i);
                if (word.equalsIgnoreCase("square") || word.equalsIgnoreCase("cubic")) { // square metres, cubic metres
                    int power = word.equalsIgnoreCase("square") ? 2 : 3;
                    return factor().pow(power);
                }
                if (word.isEmpty())
                    throw new MathSyntaxException(Message.of("math.notUnitPart", String.valueOf(s.charAt(start))), start);
                Optional<Unit> found = symbol(word);
                if (found.isEmpty()) found = split(word);
                u = found.orElseThrow(() -> new MathSyntaxException(Message.of("math.unknownUnit", word), start));
            }
            u = u.pow(exponent());
            skipSpaces();
            if (wordAt("squared")) { // metres per second squared
                i += 7;
                return u.pow(2);
            }
            if (wordAt("cubed")) {
                i += 5;
                return u.pow(3);
            }
            return u;
        }

        /** Whether the word w (any case) starts here and ends before a space, bracket or the end. */
        private boolean wordAt(String w) {
            return s.regionMatches(true, i, w, 0, w.length())
                    && (i + w.length() == s.length() || !Character.isLetter(s.charAt(i + w.length())));
        }

        /** "Nm" or "kWh"-like runs: two known units written together. */
        private Optional<Unit> split(String word) {
            for (int k = word.length() - 1; k >= 1; k--) {
                Optional<Unit> a = symbol(word.substring(0, k));
                Optional<Unit> b = symbol(word.substring(k));
                if (a.isPresent() && b.isPresent()) return Optional.of(a.get().times(b.get()));
            }
            return Optional.empty();
        }

        /** A unit power as written; a unit to a power beyond ±12 is no unit a problem uses. */
        private static int power(String digits, int at) throws MathSyntaxException {
            String d = digits.replace("+", "");
            if (!d.matches("-?\\d{1,3}") || Math.abs(Integer.parseInt(d)) > MAX_UNIT_POWER)
                throw new MathSyntaxException(Message.of("math.unitPowerTooLarge"), at);
            return Integer.parseInt(d);
        }

        int exponent() throws MathSyntaxException {
            if (i < s.length() && s.charAt(i) == '^') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '(') { // s^(-2)
                    int open = i + 1;
                    int close = s.indexOf(')', open);
                    String n = close < 0 ? "" : s.substring(open + 1, close).strip().replace('−', '-');
                    if (!n.matches("[-+]?\\d{1,3}"))
                        throw new MathSyntaxException(Message.of("math.unitPowerWhole"), open);
                    i = close + 1;
                    return power(n, open);
                }
                int start = ++i;
                if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '−')) i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                String n = s.substring(start, i).replace('−', '-');
                if (n.isEmpty() || n.equals("-"))
                    throw new MathSyntaxException(Message.of("math.unitPowerMissing"), start);
                return power(n, start);
            }
            String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
            int start = i;
            boolean neg = false;
            if (i < s.length() && s.charAt(i) == '⁻') {
                neg = true;
                i++;
            }
            int n = 0;
            boolean any = false;
            while (i < s.length() && sup.indexOf(s.charAt(i)) >= 0) {
                n = n * 10 + sup.indexOf(s.charAt(i++));
                any = true;
                if (n > MAX_UNIT_POWER) throw new MathSyntaxException(Message.of("math.unitPowerTooLarge"), start);
            }
            if (!any) {
                i = start;
                if (i < s.length() && Character.isDigit(s.charAt(i))) { // m2, s-2 written without ^
                    int st = i;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                    return power(s.substring(st, i), st);
                }
                if (i + 1 < s.length() && s.charAt(i) == '-' && Character.isDigit(s.charAt(i + 1))) {
                    int st = ++i;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                    return -power(s.substring(st, i), st);
                }
                return 1;
            }
            return neg ? -n : n;
        }
    }
}
