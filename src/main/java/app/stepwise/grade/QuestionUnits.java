package app.stepwise.grade;

import app.stepwise.grade.Dimensions.Dim;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;
import java.util.Arrays;
import java.util.Collection;
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
 * value in the system only when its dimension is made of replaced base units alone (a time or a speed in km and h; a
 * mass or a voltage has none), or when it is of the asked unit's own kind (kJ, kW, mph). Never a voltage in "kilovolts"
 * because the question asks for milliamperes: a base unit is replaced only where the question writes it.
 *
 * @param scale the factor to SI of each base unit of the system (m, kg, s, A, K, mol, cd); 0 where SI's is kept
 * @param names the symbol of each replaced base unit (km, h), null where SI's is kept
 * @param asked the unit the question asks for
 */
public record QuestionUnits(double[] scale, String[] names, Unit asked) {
    private static final double SAME = 1e-9;

    /** The question's units, when the asked unit is not an SI one (nor a temperature scale with an offset). */
    public static Optional<QuestionUnits> of(Optional<Quantity> answer, Collection<Quantity> givens) {
        if (answer.isEmpty()) return Optional.empty();
        Unit asked = answer.get().unit();
        if (asked.dimensionless() || asked.offset() != 0 || Math.abs(asked.factor() - 1) < SAME) return Optional.empty();
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
        return Optional.of(new QuestionUnits(scale, names, asked));
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
        double factor = 1;
        boolean any = false;
        for (int i = 0; i < 7; i++) {
            double e = dim.exponents()[i];
            if (Math.abs(e) < SAME) continue;
            if (scale[i] == 0) return OptionalDouble.empty();
            factor *= Math.pow(scale[i], e);
            any = true;
        }
        return any ? OptionalDouble.of(si / factor) : OptionalDouble.of(si); // a pure number (μ) is the same in any units
    }

    /** The unit of a quantity of this dimension in the question's units, where it is one of them: h for a time. */
    Optional<String> unitOf(Dim dim) {
        if (dim.same(Dim.of(asked))) return Optional.of(asked.symbol());
        for (int i = 0; i < 7; i++) {
            if (names[i] == null) continue;
            double[] one = new double[7];
            one[i] = 1;
            if (dim.same(new Dim(one))) return Optional.of(names[i]);
        }
        return Optional.empty();
    }

    /** The unit of the question's units for a quantity of this unit's kind, where it has one of its own: h for 45 min. */
    public Optional<String> unitFor(Unit kind) {
        return unitOf(Dim.of(kind));
    }

    /** A number written with a unit in a line ({@code 24 km/h}), in the question's units; NaN where it has no value there. */
    public double value(Unit unit, double number) {
        double si = unit.toSi(number);
        return value(si, Dim.of(unit)).orElse(Double.NaN);
    }
}
