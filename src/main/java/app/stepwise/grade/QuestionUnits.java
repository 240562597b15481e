package app.stepwise.grade;

import app.stepwise.grade.Dimensions.Dim;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The units a question works in when it asks for a unit other than the SI one: "18 km in 45 minutes, her speed in
 * km/h?" works in kilometres and hours, so {@code t = 0.75} (hours) and {@code d = 18} (kilometres) are right there as
 * much as {@code t = 2700} and {@code d = 18000} are in SI. {@code t = 45} (minutes) is not: minutes are not the unit of
 * time that km/h is made of.
 *
 * <p>The system replaces some SI base units by scaled ones: those the asked unit is made of (km/h: the metre by the
 * kilometre, the second by the hour; g/cm³: the kilogram by the gram, the metre by the centimetre), then those of a
 * given that shares one of them and contradicts none (72 km/h given where km is asked adds the hour). A quantity has a
 * value in the system when its dimension is made of replaced base units alone (a time or a speed in km and h), or when
 * it is of the asked unit's own kind (kJ, kW, mph). Never a voltage in "kilovolts" because the question asks for
 * milliamperes: a base unit is replaced only where the question writes it.
 *
 * <p>units11: the units a teacher also accepts because they fit the asked one (ADR 0012, second part):
 * <ul>
 *   <li>a quantity of length and time alone (a speed, an acceleration) with one of them replaced and the other kept in
 *   SI: cm/s where cm is asked, m/min where minutes are, km/s where km is; never a force or an energy so (kg·cm/s² is
 *   no unit a student writes);
 *   <li>the same prefix on the other units of mechanics that differ from the asked one by metres and seconds only: a
 *   kilojoule in a kilowatt question (E = 6, then P = 6/5 = 1.2), kW in a kJ question, kN with kJ;
 *   <li>the electrical units that go with a current in mA (asked, or given where a voltage is asked): volts stay volts,
 *   a resistance is in kΩ, a power in mW, a charge in mC, so V = I R holds with I in mA and R in kΩ.
 * </ul>
 *
 * @param scale the factor to SI of each base unit of the system (m, kg, s, A, K, mol, cd); 0 where SI's is kept
 * @param names the symbol of each replaced base unit (km, h), null where SI's is kept
 * @param asked the unit the question asks for
 * @param kinds units of whole kinds of quantity the question's units also give (kJ in a kW question, kΩ with mA)
 */
public record QuestionUnits(double[] scale, String[] names, Unit asked, List<KindUnit> kinds) {
    private static final double SAME = 1e-9;
    private static final int LENGTH = 0, TIME = 2, CURRENT = 3;

    /**
     * A unit for a whole kind of quantity: its dimension, its factor to SI and its symbol (kJ: 1000); {@code shown} where
     * a worked solution converts a given to it (kW), not where a teacher accepts it from a student but the solution
     * keeps to SI and converts the answer last (kΩ, mW, mC with mA: 458 Ω as 0.458 kΩ is no step a textbook writes).
     */
    record KindUnit(Dim dim, double factor, String symbol, boolean shown) {}

    QuestionUnits(double[] scale, String[] names, Unit asked) {
        this(scale, names, asked, List.of());
    }

    /** The question's units, when the asked unit is not an SI one (nor a temperature scale with an offset). */
    public static Optional<QuestionUnits> of(Optional<Quantity> answer, Collection<Quantity> givens) {
        if (answer.isEmpty()) return Optional.empty();
        Unit asked = answer.get().unit();
        if (asked.dimensionless() || asked.offset() != 0) return Optional.empty();
        if (Math.abs(asked.factor() - 1) < SAME) return withGivenCurrent(asked, givens);
        Optional<QuestionUnits> own = bases(asked);
        double[] scale = own.map(QuestionUnits::scale).orElseGet(() -> new double[7]);
        String[] names = own.map(QuestionUnits::names).orElseGet(() -> new String[7]);
        if (own.isPresent() && Arrays.stream(scale).anyMatch(s -> s != 0)) {
            for (Quantity g : givens) {
                Optional<QuestionUnits> b = bases(g.unit());
                if (b.isEmpty()) continue;
                double[] other = b.get().scale();
                boolean shares = false, contradicts = false;
                for (int i = 0; i < 7; i++) {
                    if (other[i] == 0 || scale[i] == 0) continue;
                    if (Math.abs(other[i] - scale[i]) <= SAME * scale[i]) shares = true;
                    else
                        contradicts = true;
                }
                if (!shares || contradicts) continue;
                for (int i = 0; i < 7; i++) {
                    if (scale[i] != 0 || other[i] == 0 || Math.abs(other[i] - 1) <= SAME) continue;
                    scale[i] = other[i];
                    names[i] = b.get().names()[i];
                }
            }
        }
        List<KindUnit> kinds = new ArrayList<>(samePrefix(asked));
        if (scale[CURRENT] != 0) kinds.addAll(electrical(scale[CURRENT]));
        return Optional.of(new QuestionUnits(scale, names, asked, List.copyOf(kinds)));
    }

    /** The units of mechanics whose prefix a question carries over to the others (kJ asked: kW, kN, kPa). */
    private static final List<String> MECHANICS = List.of("N", "J", "W", "Pa");

    /** The other units of mechanics with the asked one's prefix, where it is one of them with a prefix (kJ, kW, MJ). */
    private static List<KindUnit> samePrefix(Unit asked) {
        List<KindUnit> out = new ArrayList<>();
        Optional<String> prefix = prefix(asked.factor());
        if (prefix.isEmpty()) return out;
        Optional<String> own = MECHANICS.stream().filter(u -> Dim.of(parse(u)).same(Dim.of(asked))).findFirst();
        if (own.isEmpty() || !asked.symbol().strip().equals(prefix.get() + own.get())) return out;
        for (String u : MECHANICS)
            if (!u.equals(own.get())) out.add(new KindUnit(Dim.of(parse(u)), asked.factor(), prefix.get() + u, true));
        return out;
    }

    /** With a current in a prefixed ampere (mA, a factor p): volts, a resistance in kΩ (1/p), a power in mW, a charge in mC. */
    private static List<KindUnit> electrical(double p) {
        List<KindUnit> out = new ArrayList<>();
        out.add(new KindUnit(Dim.of(parse("V")), 1, "V", true));
        prefix(1 / p).ifPresent(x -> out.add(new KindUnit(Dim.of(parse("Ω")), 1 / p, x + "Ω", false)));
        prefix(p).ifPresent(x -> {
            out.add(new KindUnit(Dim.of(parse("W")), p, x + "W", false));
            out.add(new KindUnit(Dim.of(parse("C")), p, x + "C", false));
        });
        return out;
    }

    /**
     * A voltage asked in volts where the currents are given in one prefixed ampere (3 mA through 2 kΩ): the question
     * works in mA, and in the kΩ and volts that go with it.
     */
    private static Optional<QuestionUnits> withGivenCurrent(Unit asked, Collection<Quantity> givens) {
        if (!Dim.of(asked).same(Dim.of(parse("V")))) return Optional.empty();
        Unit current = null;
        for (Quantity g : givens) {
            if (!Dim.of(g.unit()).same(Dim.of(parse("A"))) || Math.abs(g.unit().factor() - 1) < SAME) continue;
            if (current != null && Math.abs(current.factor() - g.unit().factor()) > SAME * current.factor())
                return Optional.empty();
            current = g.unit();
        }
        if (current == null || prefix(current.factor()).isEmpty()) return Optional.empty();
        double[] scale = new double[7];
        String[] names = new String[7];
        scale[CURRENT] = current.factor();
        names[CURRENT] = current.symbol().strip();
        return Optional.of(new QuestionUnits(scale, names, asked, electrical(current.factor())));
    }

    /** The symbols of the unit words a question may ask in (minutes: min), for units of several factors. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("minute", "min"), Map.entry("minutes", "min"),
            Map.entry("mins", "min"), Map.entry("hour", "h"), Map.entry("hours", "h"), Map.entry("hrs", "h"),
            Map.entry("hr", "h"), Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("kilometre", "km"),
            Map.entry("kilometres", "km"), Map.entry("kilometer", "km"), Map.entry("kilometers", "km"),
            Map.entry("centimetre", "cm"), Map.entry("centimetres", "cm"), Map.entry("centimeter", "cm"),
            Map.entry("centimeters", "cm"));

    private static final Map<Double, String> PREFIXES = Map.of(1e-6, "μ", 1e-3, "m", 1e3, "k", 1e6, "M");

    private static Optional<String> prefix(double factor) {
        return PREFIXES.entrySet().stream().filter(e -> Math.abs(e.getKey() - factor) <= SAME * e.getKey())
                .map(Map.Entry::getValue).findFirst();
    }

    private static Unit parse(String symbol) {
        try {
            return Units.parse(symbol);
        } catch (MathSyntaxException e) {
            throw new IllegalStateException(symbol, e);
        }
    }

    /**
     * The base units a unit is written with, where each factor of it is one base unit, prefixed or scaled, to a power
     * (km/h, g/cm^3, min, mA): the scale of each to SI, 0 where none, and its symbol. Empty for a unit that is not (kJ,
     * kW, mph, N).
     */
    static Optional<QuestionUnits> bases(Unit unit) {
        if (unit.offset() != 0) return Optional.empty();
        double[] scale = new double[7];
        String[] names = new String[7];
        for (String part : unit.symbol().strip().split("\\s*[/*·⋅×]\\s*|\\s+")) {
            String name = part.replaceAll("(\\^-?\\d+|[²³])$", "");
            if (name.isEmpty()) continue;
            Unit u;
            try {
                u = Units.parse(name);
            } catch (MathSyntaxException e) {
                return Optional.empty();
            }
            int base = -1;
            for (int i = 0; i < 7; i++) {
                if (u.dims()[i] == 0) continue;
                if (base >= 0 || u.dims()[i] != 1) return Optional.empty();
                base = i;
            }
            if (base < 0 || u.offset() != 0) return Optional.empty();
            if (scale[base] != 0 && Math.abs(scale[base] - u.factor()) > SAME * u.factor()) return Optional.empty();
            scale[base] = u.factor();
            names[base] = name;
        }
        // the parts must make the unit itself (no "per" words or factors the split did not see)
        double factor = 1;
        for (int i = 0; i < 7; i++) if (unit.dims()[i] != 0) factor *= Math.pow(scale[i] == 0 ? 1 : scale[i], unit.dims()[i]);
        return Math.abs(factor - unit.factor()) <= SAME * Math.abs(unit.factor())
                ? Optional.of(new QuestionUnits(scale, names, unit))
                : Optional.empty();
    }

    /** The value in the question's units of a quantity of this dimension whose SI value is given; empty if it has none. */
    OptionalDouble value(double si, Dim dim) {
        if (dim.same(Dim.of(asked))) return OptionalDouble.of(asked.fromSi(si));
        for (KindUnit k : kinds) if (dim.same(k.dim())) return OptionalDouble.of(si / k.factor());
        double factor = 1;
        boolean any = false, replaced = false;
        boolean lengthAndTime = true; // a speed, an acceleration: no mass, current … (6 N is no 6000 g·m/s² where g is asked)
        for (int i = 0; i < 7; i++) if (i != LENGTH && i != TIME && Math.abs(dim.exponents()[i]) >= SAME) lengthAndTime = false;
        for (int i = 0; i < 7; i++) {
            double e = dim.exponents()[i];
            if (Math.abs(e) < SAME) continue;
            any = true;
            if (scale[i] == 0) {
                if (lengthAndTime && (i == LENGTH || i == TIME)) continue; // cm/s, m/min: the other kept in SI
                return OptionalDouble.empty();
            }
            factor *= Math.pow(scale[i], e);
            replaced = true;
        }
        if (!any) return OptionalDouble.of(si); // a pure number (μ) is the same in any units
        return replaced ? OptionalDouble.of(si / factor) : OptionalDouble.empty();
    }

    /** The unit of a quantity of this dimension in the question's units, where it has one: h for a time, cm/s for a speed. */
    Optional<String> unitOf(Dim dim) {
        if (dim.same(Dim.of(asked))) return Optional.of(asked.symbol());
        for (KindUnit k : kinds) if (dim.same(k.dim())) return Optional.of(k.symbol());
        if (value(1, dim).isEmpty()) return Optional.empty();
        StringBuilder over = new StringBuilder(), under = new StringBuilder();
        long factors = Arrays.stream(dim.exponents()).filter(e -> Math.abs(e) >= SAME).count();
        for (int i = 0; i < 7; i++) {
            double e = dim.exponents()[i];
            if (Math.abs(e) < SAME) continue;
            if (Math.abs(e - Math.rint(e)) > SAME) return Optional.empty();
            String name = names[i] != null ? names[i] : i == LENGTH ? "m" : i == TIME ? "s" : null;
            if (name == null) return Optional.empty();
            // m/min, not m/minutes: a unit of several factors is written with symbols
            if (factors > 1) name = SYMBOLS.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), name);
            int n = (int) Math.rint(Math.abs(e));
            StringBuilder to = e > 0 ? over : under;
            if (!to.isEmpty()) to.append(' ');
            to.append(name).append(n == 1 ? "" : "^" + n);
        }
        if (over.isEmpty()) return Optional.empty();
        return Optional.of(under.isEmpty() ? over.toString() : over + "/" + under);
    }

    /**
     * The unit of the question's units for a quantity of this unit's kind, where it has one of its own and a worked
     * solution writes it (h for 45 min; not kΩ or mW with mA): a solution converts a given to it.
     */
    public Optional<String> unitFor(Unit kind) {
        Dim dim = Dim.of(kind);
        if (!dim.same(Dim.of(asked)) && kinds.stream().anyMatch(k -> dim.same(k.dim()) && !k.shown())) return Optional.empty();
        return unitOf(dim);
    }

    /** A number written with a unit in a line ({@code 24 km/h}), in the question's units; NaN where it has no value there. */
    public double value(Unit unit, double number) {
        double si = unit.toSi(number);
        return value(si, Dim.of(unit)).orElse(Double.NaN);
    }
}
