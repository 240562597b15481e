package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.grade.QuestionUnits;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Physics families, written as data: the quantities (symbol, description, SI unit, a range of sensible values,
 * other units a problem may give them in) and the cases (a formula, the unknown, its rearrangement and the same
 * relation as plain arithmetic for the independent check). Each solution: the formula, the rearrangement, a
 * conversion to SI where a given is not in SI, the substitution with units, the result with its unit to 3
 * significant figures.
 */
final class PhysicsFamilies {
    private PhysicsFamilies() {}

    /** A quantity: values are drawn from lo..hi in steps of {@code step}. {@code alt}: other units, as {unit, factor to SI}. */
    record QuantitySpec(String symbol, String description, String unit, double lo, double hi, double step, List<String[]> alt) {}

    /** A quantity's name in a step ("kinetic energy"), as the feedback bundle's {@code quantity.kinetic-energy}. */
    static Message named(String description) {
        return Message.of("quantity." + description.replace(' ', '-'));
    }

    /**
     * One way to ask: the unknown, the formula as written, the rearranged form (null if the formula already has it alone),
     * the givens. {@code drawn}: the generator draws it; the other cases are there for problems typed in (a braking
     * distance, a fall time), so that adding one changes no generated problem and no training corpus. Since session 11
     * those are drawn too, one time in three; {@code typedOnly} cases (listed last) never are (read14: the average
     * velocity, added without changing the corpus).
     */
    record Case(String formula, String unknown, String rearranged, List<String> givens,
            ToDoubleFunction<Map<String, Double>> value, boolean drawn, boolean typedOnly) {
        Case(String formula, String unknown, String rearranged, List<String> givens,
                ToDoubleFunction<Map<String, Double>> value, boolean drawn) {
            this(formula, unknown, rearranged, givens, value, drawn, false);
        }
    }

    static QuantitySpec quantity(String symbol, String description, String unit, double lo, double hi, double step,
            String... alt) {
        List<String[]> a = new ArrayList<>();
        for (int i = 0; i < alt.length; i += 2) a.add(new String[]{alt[i], alt[i + 1]});
        return new QuantitySpec(symbol, description, unit, lo, hi, step, a);
    }

    static Case askFor(String formula, String unknown, String rearranged, List<String> givens,
            ToDoubleFunction<Map<String, Double>> value) {
        return new Case(formula, unknown, rearranged, givens, value, true);
    }

    /** A case that typed-in problems ask and the generator does not draw (listed after the drawn ones). */
    static Case alsoRead(String formula, String unknown, String rearranged, List<String> givens,
            ToDoubleFunction<Map<String, Double>> value) {
        return new Case(formula, unknown, rearranged, givens, value, false);
    }

    /** A case only typed-in problems ask: the generator never draws it (listed after every other case). */
    static Case typedOnly(String formula, String unknown, String rearranged, List<String> givens,
            ToDoubleFunction<Map<String, Double>> value) {
        return new Case(formula, unknown, rearranged, givens, value, false, true);
    }

    static final QuantitySpec DIST = quantity("d", "distance", "m", 10, 900, 10, "km", "1000");
    static final QuantitySpec TIME = quantity("t", "time", "s", 2, 120, 1, "min", "60");
    static final QuantitySpec SPEED = quantity("v", "speed", "m/s", 2, 40, 1, "km/h", "0.2777777777777778");
    static final QuantitySpec U = quantity("u", "initial velocity", "m/s", 0, 20, 1);
    static final QuantitySpec V = quantity("v", "final velocity", "m/s", 5, 60, 1);
    static final QuantitySpec ACC = quantity("a", "acceleration", "m/s^2", 0.5, 10, 0.5);
    /** The average velocity of a uniform acceleration; typed-in problems ask it, the generator does not draw it. */
    static final QuantitySpec V_AVG = quantity("v_avg", "average velocity", "m/s", 1, 40, 0.5);
    static final QuantitySpec S = quantity("s", "displacement", "m", 5, 400, 5);
    static final QuantitySpec MASS = quantity("m", "mass", "kg", 0.5, 80, 0.5, "g", "0.001");
    static final QuantitySpec FORCE = quantity("F", "force", "N", 2, 500, 2, "kN", "1000");
    static final QuantitySpec WEIGHT = quantity("W", "weight", "N", 5, 800, 5);
    static final QuantitySpec HEIGHT = quantity("h", "height", "m", 1, 80, 1, "cm", "0.01");
    static final QuantitySpec WORK = quantity("W", "work done", "J", 10, 5000, 10, "kJ", "1000");
    static final QuantitySpec EK = quantity("E_k", "kinetic energy", "J", 10, 5000, 10, "kJ", "1000");
    static final QuantitySpec EP = quantity("E_p", "gravitational potential energy", "J", 10, 5000, 10, "kJ", "1000");
    static final QuantitySpec ENERGY = quantity("E", "energy transferred", "J", 100, 90000, 100, "kJ", "1000");
    static final QuantitySpec POWER = quantity("P", "power", "W", 5, 3000, 5, "kW", "1000");
    static final QuantitySpec MOMENTUM = quantity("p", "momentum", "kg m/s", 2, 2000, 2);
    static final QuantitySpec IMPULSE = quantity("J", "impulse", "N s", 2, 500, 2);
    static final QuantitySpec DENSITY = quantity("ρ", "density", "kg/m^3", 100, 11000, 50);
    static final QuantitySpec VOLUME = quantity("V", "volume", "m^3", 0.01, 3, 0.01);
    static final QuantitySpec PRESSURE = quantity("p", "pressure", "Pa", 100, 200000, 100, "kPa", "1000");
    static final QuantitySpec AREA = quantity("A", "area", "m^2", 0.01, 5, 0.01, "cm^2", "0.0001");
    static final QuantitySpec VOLT = quantity("V", "potential difference", "V", 1.5, 240, 1.5);
    static final QuantitySpec CURRENT = quantity("I", "current", "A", 0.1, 13, 0.1, "mA", "0.001");
    static final QuantitySpec RES = quantity("R", "resistance", "Ω", 2, 500, 2, "kΩ", "1000");
    static final QuantitySpec R1 = quantity("R_1", "first resistance", "Ω", 2, 200, 2);
    static final QuantitySpec R2 = quantity("R_2", "second resistance", "Ω", 2, 200, 2);
    static final QuantitySpec FREQ = quantity("f", "frequency", "Hz", 1, 2000, 1);
    static final QuantitySpec WAVELENGTH = quantity("λ", "wavelength", "m", 0.01, 20, 0.01, "cm", "0.01");
    static final QuantitySpec WAVESPEED = quantity("v", "wave speed", "m/s", 1, 2000, 1);
    static final QuantitySpec MU = quantity("μ", "coefficient of friction", "", 0.1, 0.8, 0.05);
    static final QuantitySpec FRICTION = quantity("f", "friction force", "N", 1, 300, 1);
    static final QuantitySpec NORMAL = quantity("N", "normal force", "N", 1, 800, 1);
    static final double G = Units.STANDARD_GRAVITY;
    private static final String G_TEXT = NumberWriting.upTo(G, 6);

    /** The parameter of a typed-in problem that states its own g (the Moon's 1.6 N/kg); the standard g otherwise. */
    static final String OWN_G = "g";

    /** The g values problems state: the classroom's 10 N/kg most often, 9.81, and the Moon's, Mars's and Jupiter's. */
    static final List<String> OWN_GS = List.of("10 N/kg", "10 N/kg", "10 N/kg", "10 m/s^2", "9.81 N/kg", "9.81 m/s^2",
            "1.6 N/kg", "1.62 N/kg", "3.7 N/kg", "3.71 N/kg", "24.8 N/kg", "8.9 N/kg");

    /** g in a case's arithmetic: the problem's own where it states one, else the standard value. */
    static double g(Map<String, Double> si) {
        return si.getOrDefault(OWN_G, G);
    }

    /** The formula takes g. */
    static boolean usesG(Case c) {
        return Pattern.compile("(?<![A-Za-z_])g(?![A-Za-z_])").matcher(c.formula()).find();
    }

    static Map<String, QuantitySpec> table(QuantitySpec... qs) {
        Map<String, QuantitySpec> m = new LinkedHashMap<>();
        for (QuantitySpec x : qs) m.put(x.symbol(), x);
        return m;
    }

    static List<Family> all() {
        List<Family> out = new ArrayList<>();
        out.add(new Formula("speed", List.of("speed", "rearranging-formulas"),
                List.of("car", "cyclist", "runner", "train", "boat", "bus"), table(SPEED, DIST, TIME), List.of(
                        askFor("v = d/t", "v", null, List.of("d", "t"), m -> m.get("d") / m.get("t")),
                        askFor("v = d/t", "d", "d = v t", List.of("v", "t"), m -> m.get("v") * m.get("t")),
                        askFor("v = d/t", "t", "t = d/v", List.of("d", "v"), m -> m.get("d") / m.get("v")))));
        out.add(new Formula("acceleration", List.of("acceleration"),
                List.of("car", "sprinter", "motorbike", "skateboarder", "lift", "rocket sled"), table(ACC, U, V, TIME), List.of(
                        askFor("a = (v - u)/t", "a", null, List.of("u", "v", "t"), m -> (m.get("v") - m.get("u")) / m.get("t")),
                        askFor("a = (v - u)/t", "t", "t = (v - u)/a", List.of("u", "v", "a"),
                                m -> (m.get("v") - m.get("u")) / m.get("a")))));
        out.add(new Formula("suvat", List.of("constant-acceleration-equations"),
                List.of("car", "cyclist", "trolley", "train", "ball rolling down a slope", "skier"),
                table(U, V, ACC, TIME, S, V_AVG),
                List.of(
                        askFor("v = u + a t", "v", null, List.of("u", "a", "t"), m -> m.get("u") + m.get("a") * m.get("t")),
                        askFor("s = u t + 1/2 a t^2", "s", null, List.of("u", "a", "t"),
                                m -> m.get("u") * m.get("t") + 0.5 * m.get("a") * m.get("t") * m.get("t")),
                        askFor("v^2 = u^2 + 2 a s", "v", "v = √(u^2 + 2 a s)", List.of("u", "a", "s"),
                                m -> Math.sqrt(m.get("u") * m.get("u") + 2 * m.get("a") * m.get("s"))),
                        alsoRead("v^2 = u^2 + 2 a s", "s", "s = (v^2 - u^2)/(2 a)", List.of("u", "v", "a"),
                                m -> (m.get("v") * m.get("v") - m.get("u") * m.get("u")) / (2 * m.get("a"))),
                        alsoRead("v^2 = u^2 + 2 a s", "a", "a = (v^2 - u^2)/(2 s)", List.of("u", "v", "s"),
                                m -> (m.get("v") * m.get("v") - m.get("u") * m.get("u")) / (2 * m.get("s"))),
                        alsoRead("s = (u + v) t/2", "s", null, List.of("u", "v", "t"),
                                m -> (m.get("u") + m.get("v")) * m.get("t") / 2),
                        // session 12: the final velocity from the distance and time of a uniform acceleration
                        alsoRead("s = (u + v) t/2", "v", "v = 2 s/t - u", List.of("u", "s", "t"),
                                m -> 2 * m.get("s") / m.get("t") - m.get("u")),
                        // session 14: the average velocity of a uniform acceleration (PhysicsReader asks for the words)
                        typedOnly("v_avg = (u + v)/2", "v_avg", null, List.of("u", "v"), m -> (m.get("u") + m.get("v")) / 2))));
        out.add(new Formula("free-fall", List.of("free-fall", "constant-acceleration-equations"),
                List.of("stone", "ball", "apple", "coin", "key", "water balloon"),
                table(quantity("t", "fall time", "s", 0.5, 4, 0.5), quantity("h", "drop height", "m", 1, 60, 1),
                        quantity("v", "speed on landing", "m/s", 1, 30, 1)),
                List.of(
                        askFor("v = g t", "v", null, List.of("t"), m -> g(m) * m.get("t")),
                        askFor("h = 1/2 g t^2", "h", null, List.of("t"), m -> 0.5 * g(m) * m.get("t") * m.get("t")),
                        askFor("v^2 = 2 g h", "v", "v = √(2 g h)", List.of("h"), m -> Math.sqrt(2 * g(m) * m.get("h"))),
                        // with explicit × signs: "g t" next to an unknown t reads as units (grams, tonnes) to the step checker
                        alsoRead("h = 1/2 × g × t^2", "t", "t = √(2 × h/g)", List.of("h"), m -> Math.sqrt(2 * m.get("h") / g(m))),
                        alsoRead("v = g t", "t", "t = v/g", List.of("v"), m -> m.get("v") / g(m)),
                        alsoRead("v^2 = 2 g h", "h", "h = v^2/(2 g)", List.of("v"), m -> m.get("v") * m.get("v") / (2 * g(m))))));
        out.add(new Formula("newtons-second-law", List.of("newtons-second-law"),
                List.of("trolley", "car", "box", "sled", "shopping cart", "rocket"), table(FORCE, MASS, ACC), List.of(
                        askFor("F = m a", "F", null, List.of("m", "a"), m -> m.get("m") * m.get("a")),
                        askFor("F = m a", "a", "a = F/m", List.of("F", "m"), m -> m.get("F") / m.get("m")),
                        askFor("F = m a", "m", "m = F/a", List.of("F", "a"), m -> m.get("F") / m.get("a")))));
        out.add(new Formula("weight", List.of("weight", "gravitational-field"),
                List.of("bag of flour", "backpack", "dog", "bicycle", "suitcase", "astronaut"), table(WEIGHT, MASS), List.of(
                        askFor("W = m g", "W", null, List.of("m"), m -> m.get("m") * g(m)),
                        askFor("W = m g", "m", "m = W/g", List.of("W"), m -> m.get("W") / g(m)))));
        out.add(new Friction());
        out.add(new Formula("work-done", List.of("work-done", "energy"),
                List.of("crate", "sledge", "piano", "box", "trolley", "wheelbarrow"), table(WORK, FORCE, DIST), List.of(
                        askFor("W = F d", "W", null, List.of("F", "d"), m -> m.get("F") * m.get("d")),
                        askFor("W = F d", "d", "d = W/F", List.of("W", "F"), m -> m.get("W") / m.get("F")),
                        alsoRead("W = F d", "F", "F = W/d", List.of("W", "d"), m -> m.get("W") / m.get("d")))));
        out.add(new Formula("kinetic-energy", List.of("kinetic-energy", "energy"),
                List.of("car", "football", "runner", "bullet train", "cyclist", "horse"),
                table(EK, MASS, quantity("v", "speed", "m/s", 1, 30, 1)), List.of(
                        askFor("E_k = 1/2 m v^2", "E_k", null, List.of("m", "v"),
                                m -> 0.5 * m.get("m") * m.get("v") * m.get("v")),
                        askFor("E_k = 1/2 m v^2", "v", "v = √(2 E_k/m)", List.of("E_k", "m"),
                                m -> Math.sqrt(2 * m.get("E_k") / m.get("m"))),
                        alsoRead("E_k = 1/2 m v^2", "m", "m = 2 E_k/v^2", List.of("E_k", "v"),
                                m -> 2 * m.get("E_k") / (m.get("v") * m.get("v"))))));
        out.add(new Formula("potential-energy", List.of("potential-energy", "energy"),
                List.of("climber", "book on a shelf", "crane load", "diver", "roller coaster car", "drone"),
                table(EP, MASS, HEIGHT), List.of(
                        askFor("E_p = m g h", "E_p", null, List.of("m", "h"), m -> m.get("m") * g(m) * m.get("h")),
                        askFor("E_p = m g h", "h", "h = E_p/(m g)", List.of("E_p", "m"), m -> m.get("E_p") / (m.get("m") * g(m))),
                        alsoRead("E_p = m g h", "m", "m = E_p/(g h)", List.of("E_p", "h"),
                                m -> m.get("E_p") / (g(m) * m.get("h"))))));
        out.add(new Formula("power", List.of("power", "energy"), List.of("motor", "kettle", "lift", "crane", "cyclist", "pump"),
                table(POWER, ENERGY, TIME), List.of(
                        askFor("P = E/t", "P", null, List.of("E", "t"), m -> m.get("E") / m.get("t")),
                        askFor("P = E/t", "E", "E = P t", List.of("P", "t"), m -> m.get("P") * m.get("t")),
                        askFor("P = E/t", "t", "t = E/P", List.of("E", "P"), m -> m.get("E") / m.get("P")))));
        out.add(new Formula("momentum", List.of("momentum"),
                List.of("trolley", "skater", "truck", "tennis ball", "boat", "hockey puck"),
                table(MOMENTUM, MASS, quantity("v", "velocity", "m/s", 1, 30, 1)), List.of(
                        askFor("p = m v", "p", null, List.of("m", "v"), m -> m.get("m") * m.get("v")),
                        askFor("p = m v", "v", "v = p/m", List.of("p", "m"), m -> m.get("p") / m.get("m")),
                        alsoRead("p = m v", "m", "m = p/v", List.of("p", "v"), m -> m.get("p") / m.get("v")))));
        out.add(new Formula("impulse", List.of("impulse", "momentum"),
                List.of("football", "golf ball", "car in a crash test", "cricket ball", "hammer", "trolley"),
                table(IMPULSE, FORCE, quantity("t", "contact time", "s", 0.01, 2, 0.01), MASS, U, V), List.of(
                        askFor("J = F t", "J", null, List.of("F", "t"), m -> m.get("F") * m.get("t")),
                        askFor("J = F t", "F", "F = J/t", List.of("J", "t"), m -> m.get("J") / m.get("t")),
                        alsoRead("J = F t", "t", "t = J/F", List.of("J", "F"), m -> m.get("J") / m.get("F")),
                        // the impulse is the change of momentum (typed-in problems; a negative change is refused)
                        alsoRead("J = m (v - u)", "J", null, List.of("m", "u", "v"),
                                m -> m.get("m") * (m.get("v") - m.get("u"))))));
        out.add(new Formula("density", List.of("density"),
                List.of("block of metal", "stone", "piece of wood", "bottle of oil", "gold bar", "ice cube"),
                table(DENSITY, MASS, VOLUME), List.of(
                        askFor("ρ = m/V", "ρ", null, List.of("m", "V"), m -> m.get("m") / m.get("V")),
                        askFor("ρ = m/V", "m", "m = ρ V", List.of("ρ", "V"), m -> m.get("ρ") * m.get("V")),
                        askFor("ρ = m/V", "V", "V = m/ρ", List.of("m", "ρ"), m -> m.get("m") / m.get("ρ")))));
        out.add(new Formula("pressure", List.of("pressure"),
                List.of("box on the floor", "elephant's foot", "drawing pin", "ski", "table leg", "hydraulic piston"),
                table(PRESSURE, FORCE, AREA), List.of(
                        askFor("p = F/A", "p", null, List.of("F", "A"), m -> m.get("F") / m.get("A")),
                        askFor("p = F/A", "F", "F = p A", List.of("p", "A"), m -> m.get("p") * m.get("A")),
                        alsoRead("p = F/A", "A", "A = F/p", List.of("F", "p"), m -> m.get("F") / m.get("p")))));
        out.add(new Formula("ohms-law", List.of("ohms-law", "circuits"),
                List.of("resistor", "lamp", "heater", "toaster", "LED circuit", "motor coil"), table(VOLT, CURRENT, RES), List.of(
                        askFor("V = I R", "V", null, List.of("I", "R"), m -> m.get("I") * m.get("R")),
                        askFor("V = I R", "I", "I = V/R", List.of("V", "R"), m -> m.get("V") / m.get("R")),
                        askFor("V = I R", "R", "R = V/I", List.of("V", "I"), m -> m.get("V") / m.get("I")))));
        out.add(new Formula("resistors", List.of("series-and-parallel", "circuits"),
                List.of("circuit", "circuit board", "string of resistors", "test circuit", "sensor circuit",
                        "bread-board circuit"),
                table(quantity("R", "total resistance", "Ω", 1, 400, 1), R1, R2), List.of(
                        askFor("R = R_1 + R_2", "R", null, List.of("R_1", "R_2"), m -> m.get("R_1") + m.get("R_2")),
                        askFor("1/R = 1/R_1 + 1/R_2", "R", "R = R_1 R_2/(R_1 + R_2)", List.of("R_1", "R_2"),
                                m -> m.get("R_1") * m.get("R_2") / (m.get("R_1") + m.get("R_2"))),
                        // the second resistor from the total (typed-in problems; a total the pair cannot have is refused)
                        alsoRead("R = R_1 + R_2", "R_2", "R_2 = R - R_1", List.of("R", "R_1"), m -> m.get("R") - m.get("R_1")),
                        alsoRead("1/R = 1/R_1 + 1/R_2", "R_2", "R_2 = R R_1/(R_1 - R)", List.of("R", "R_1"),
                                m -> m.get("R") * m.get("R_1") / (m.get("R_1") - m.get("R"))))));
        out.add(new Formula("electrical-power", List.of("electrical-power", "circuits"),
                List.of("kettle", "lamp", "hair dryer", "phone charger", "heater", "television"),
                table(POWER, VOLT, CURRENT, RES), List.of(
                        askFor("P = V I", "P", null, List.of("V", "I"), m -> m.get("V") * m.get("I")),
                        askFor("P = V I", "I", "I = P/V", List.of("P", "V"), m -> m.get("P") / m.get("V")),
                        askFor("P = I^2 R", "P", null, List.of("I", "R"), m -> m.get("I") * m.get("I") * m.get("R")),
                        alsoRead("P = V^2/R", "P", null, List.of("V", "R"), m -> m.get("V") * m.get("V") / m.get("R")),
                        alsoRead("P = V I", "V", "V = P/I", List.of("P", "I"), m -> m.get("P") / m.get("I")),
                        alsoRead("P = I^2 R", "R", "R = P/I^2", List.of("P", "I"), m -> m.get("P") / (m.get("I") * m.get("I"))),
                        alsoRead("P = I^2 R", "I", "I = √(P/R)", List.of("P", "R"), m -> Math.sqrt(m.get("P") / m.get("R"))),
                        alsoRead("P = V^2/R", "R", "R = V^2/P", List.of("V", "P"), m -> m.get("V") * m.get("V") / m.get("P")))));
        out.add(new Formula("wave-speed", List.of("waves", "wave-speed"),
                List.of("water wave", "sound wave", "wave on a rope", "radio wave in a cable", "ripple", "seismic wave"),
                table(WAVESPEED, FREQ, WAVELENGTH), List.of(
                        askFor("v = f λ", "v", null, List.of("f", "λ"), m -> m.get("f") * m.get("λ")),
                        askFor("v = f λ", "λ", "λ = v/f", List.of("v", "f"), m -> m.get("v") / m.get("f")),
                        askFor("v = f λ", "f", "f = v/λ", List.of("v", "λ"), m -> m.get("v") / m.get("λ")))));
        return out;
    }

    static final List<String> TEMPLATES = Frames.PHYSICS;

    /** The parameter of a typed-in problem that names a positive direction: a vector answer may come out negative. */
    static final String SIGNED = "signed";
    /**
     * The parameter of a typed-in problem that asks for an acceleration's size: {@link #DECELERATION} (the acceleration
     * must come out negative) or {@link #MAGNITUDE}. A negative acceleration's solution then ends with its size
     * ({@code deceleration = 4 m/s^2}), which is the answer (grade14).
     */
    static final String SIZE = "size";
    static final String DECELERATION = "deceleration";
    static final String MAGNITUDE = "magnitude";

    /** The parameter that marks a problem read from someone's text rather than drawn by the generator. */
    static final String TYPED_IN = "typed-in";

    /**
     * The parameter of a typed-in problem that names the unit its question asks for ("her speed in km/h?"): the worked
     * solution ends in that unit, converted from SI in a step of its own. The generator never sets it.
     */
    static final String UNIT_ASKED = "unit-asked";

    /** A value for q: a multiple of its step in its range, written without float noise. */
    static String draw(SplittableRandom r, QuantitySpec q) {
        long n = (long) Math.floor((q.hi() - q.lo()) / q.step());
        double v = q.lo() + q.step() * r.nextLong(n + 1);
        return NumberWriting.upTo(v, 6);
    }

    /** A value on the quantity's grid (steps of {@code step}), one time in five in another unit, to practise converting. */
    static String onTheGrid(SplittableRandom r, QuantitySpec q) {
        String value = draw(r, q);
        String unit = q.unit();
        if (!q.alt().isEmpty() && r.nextInt(5) == 0) {
            String[] alt = NumberWriting.pick(r, q.alt());
            value = NumberWriting.upTo(Double.parseDouble(value) / Double.parseDouble(alt[1]), 3);
            unit = alt[0];
        }
        return unit.isEmpty() ? value : value + " " + unit;
    }

    /**
     * A value anywhere in the quantity's range, as textbooks write them (issue 16, session 10): two or three significant
     * figures on a logarithmic scale (0.35, 12.5, 1250), so decimals and awkward sizes are as common as round numbers.
     * Where another unit gives it a number of the size people write (0.5 to 1000: 2.5 kJ, 450 g, 45 min, 150 km), it
     * is written in that unit half the time, and always where its number in SI is not of that size.
     */
    static String anywhere(SplittableRandom r, QuantitySpec q) {
        double si = q.lo() <= 0
                ? q.hi() * r.nextDouble()
                : Math.exp(Math.log(q.lo()) + (Math.log(q.hi()) - Math.log(q.lo())) * r.nextDouble());
        java.util.function.Predicate<String[]> natural = u -> {
            double n = si / Double.parseDouble(u[1]);
            return n >= 0.5 && n < 1000;
        };
        String[] siUnit = {q.unit(), "1"};
        List<String[]> others = q.alt().stream().filter(natural).toList();
        String[] unit = !others.isEmpty() && (r.nextBoolean() || !natural.test(siUnit)) ? NumberWriting.pick(r, others) : siUnit;
        String number = NumberWriting.upTo(si / Double.parseDouble(unit[1]), r.nextInt(3) == 0 ? 3 : 2);
        if (Double.parseDouble(number) == 0) number = NumberWriting.upTo(q.hi() / 2, 2);
        return unit[0].isEmpty() ? number : number + " " + unit[0];
    }

    /**
     * Wider ranges for the values drawn {@link #anywhere}, where a family's problems in books span more than its grid:
     * journeys of kilometres and hours for speed.
     */
    private static final String KMH = "0.2777777777777778";

    /** Masses from a 5 g bullet to a 5 t lorry, in grams where that is the size people write. */
    private static final QuantitySpec MASS_WIDE = quantity("m", "mass", "kg", 0.005, 5000, 0.005, "g", "0.001");

    private static final Map<String, Map<String, QuantitySpec>> WIDER = Map.ofEntries(
            Map.entry("speed", table(quantity("v", "speed", "m/s", 0.5, 120, 0.5, "km/h", KMH),
                    quantity("d", "distance", "m", 50, 500000, 50, "km", "1000"),
                    quantity("t", "time", "s", 5, 36000, 5, "min", "60", "h", "3600"))),
            // session 11: the sizes and units of real exercises (phys11's diagnosis: a 1200 kg car read as 1200 g, 12 ms
            // left in ms, 4.7 kΩ resistors, 200 cm³ of metal); session 12: litres and MHz (ultrasound) too
            Map.entry("acceleration", table(quantity("u", "initial velocity", "m/s", 0, 20, 0.5, "km/h", KMH),
                    quantity("v", "final velocity", "m/s", 3, 90, 0.5, "km/h", KMH),
                    quantity("t", "time", "s", 0.5, 600, 0.5, "min", "60"),
                    quantity("a", "acceleration", "m/s^2", 0.05, 40, 0.05))),
            Map.entry("suvat", table(quantity("u", "initial velocity", "m/s", 0, 20, 0.5, "km/h", KMH),
                    quantity("v", "final velocity", "m/s", 3, 90, 0.5, "km/h", KMH),
                    quantity("a", "acceleration", "m/s^2", 0.05, 20, 0.05), quantity("t", "time", "s", 0.5, 120, 0.5),
                    quantity("s", "displacement", "m", 0.5, 5000, 0.5, "km", "1000"))),
            Map.entry("free-fall", table(quantity("t", "fall time", "s", 0.2, 6, 0.1),
                    quantity("h", "drop height", "m", 0.2, 150, 0.1, "cm", "0.01"),
                    quantity("v", "speed on landing", "m/s", 0.5, 50, 0.5))),
            Map.entry("newtons-second-law", table(MASS_WIDE, quantity("F", "force", "N", 0.05, 50000, 0.05, "kN", "1000"),
                    quantity("a", "acceleration", "m/s^2", 0.05, 40, 0.05))),
            Map.entry("weight", table(MASS_WIDE, quantity("W", "weight", "N", 0.05, 25000, 0.05, "kN", "1000"))),
            Map.entry("work-done", table(quantity("W", "work done", "J", 0.5, 2e6, 0.5, "kJ", "1000", "MJ", "1000000"),
                    quantity("F", "force", "N", 0.5, 50000, 0.5, "kN", "1000"),
                    quantity("d", "distance", "m", 0.05, 5000, 0.05, "cm", "0.01", "km", "1000"))),
            Map.entry("kinetic-energy",
                    table(quantity("E_k", "kinetic energy", "J", 0.05, 2e6, 0.05, "kJ", "1000", "MJ", "1000000"),
                            MASS_WIDE, quantity("v", "speed", "m/s", 0.2, 400, 0.1, "km/h", KMH))),
            Map.entry("potential-energy", table(quantity("E_p", "gravitational potential energy", "J", 0.05, 2e6, 0.05, "kJ",
                    "1000", "MJ", "1000000"), MASS_WIDE,
                    quantity("h", "height", "m", 0.05, 2000, 0.05, "cm", "0.01", "km", "1000"))),
            Map.entry("momentum", table(quantity("p", "momentum", "kg m/s", 0.01, 60000, 0.01), MASS_WIDE,
                    quantity("v", "velocity", "m/s", 0.2, 400, 0.1, "km/h", KMH))),
            Map.entry("impulse", table(quantity("J", "impulse", "N s", 0.05, 20000, 0.05),
                    quantity("F", "force", "N", 0.5, 50000, 0.5, "kN", "1000"),
                    quantity("t", "contact time", "s", 0.0005, 2, 0.0005, "ms", "0.001"), MASS_WIDE,
                    quantity("u", "initial velocity", "m/s", 0, 20, 0.5, "km/h", KMH),
                    quantity("v", "final velocity", "m/s", 3, 90, 0.5, "km/h", KMH))),
            Map.entry("density", table(quantity("ρ", "density", "kg/m^3", 0.5, 20000, 0.5, "g/cm^3", "1000"),
                    quantity("m", "mass", "kg", 0.001, 5000, 0.001, "g", "0.001"),
                    quantity("V", "volume", "m^3", 0.000001, 5, 0.000001, "cm^3", "0.000001", "L", "0.001"))),
            Map.entry("resistors", table(quantity("R", "total resistance", "Ω", 0.5, 200000, 0.5, "kΩ", "1000"),
                    quantity("R_1", "first resistance", "Ω", 0.5, 100000, 0.5, "kΩ", "1000"),
                    quantity("R_2", "second resistance", "Ω", 0.5, 100000, 0.5, "kΩ", "1000"))),
            Map.entry("wave-speed", table(quantity("v", "wave speed", "m/s", 0.1, 6000, 0.1),
                    quantity("f", "frequency", "Hz", 0.1, 2000000, 0.1, "kHz", "1000", "MHz", "1000000"),
                    quantity("λ", "wavelength", "m", 0.001, 2000, 0.001, "cm", "0.01", "mm", "0.001", "km", "1000"))));

    /** A drawn value of the family's quantity: half the time on its grid, else anywhere in its wider range. */
    static String value(SplittableRandom r, Formula f, String symbol) {
        QuantitySpec q = f.quantities.get(symbol);
        return r.nextBoolean() ? onTheGrid(r, q) : anywhere(r, wide(f, symbol));
    }

    /** The quantity's wider range where the family has one ({@link #WIDER}), else its grid's. */
    static QuantitySpec wide(Formula f, String symbol) {
        return WIDER.getOrDefault(f.name(), Map.of()).getOrDefault(symbol, f.quantities.get(symbol));
    }

    /** One-formula families. */
    static class Formula extends FamilyBase {
        final List<String> objects;
        final Map<String, QuantitySpec> quantities;
        final List<Case> cases;

        Formula(String name, List<String> skills, List<String> objects, Map<String, QuantitySpec> quantities, List<Case> cases) {
            super(name, "physics", skills, TEMPLATES);
            this.objects = objects;
            this.quantities = quantities;
            this.cases = cases;
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            // one problem in five of a family that a link leads into is a two-formula problem (session 11): the speed
            // after a fall then the kinetic energy, the acceleration then the force, a series pair then the current
            List<Integer> links = PhysicsChains.into(name());
            if (!links.isEmpty() && r.nextInt(5) == 0) return PhysicsChains.sample(this, links, r);
            // every case is drawn (session 11): the ones first written for typed-in problems (a fall time from the
            // height, the impulse from a change of momentum, the second resistor) one time in three, among themselves
            int drawn = (int) cases.stream().filter(Case::drawn).count();
            int sometimes = (int) cases.stream().filter(c -> !c.drawn() && !c.typedOnly()).count();
            int k = sometimes > 0 && r.nextInt(3) == 0 ? drawn + r.nextInt(sometimes) : r.nextInt(drawn);
            Case c = cases.get(k);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("case", Integer.toString(k));
            for (String g : c.givens()) p.put(g, value(r, this, g));
            // one problem in five whose formula takes g states a g of its own, as teachers set it (10 N/kg) or on another
            // planet (session 20: 2.10.0 had only ever seen 9.8, and took 9.8 where a problem said 1.6 N/kg or 10 N/kg)
            if (usesG(c) && r.nextInt(5) == 0) p.put(OWN_G, NumberWriting.pick(r, OWN_GS));
            QuantitySpec asked = quantities.get(c.unknown());
            if (!asked.alt().isEmpty() && r.nextInt(8) == 0) // now and then the answer asked in another unit (km/h, kJ)
                p.put(UNIT_ASKED, NumberWriting.pick(r, asked.alt())[0]);
            p.put("object", NumberWriting.pick(r, objects));
            if (r.nextInt(6) == 0) atLightSpeed(r, c, p);
            p.put("name", NumberWriting.pick(r, StoryNames.NAMES));
            p.put("order", Long.toString(r.nextLong(1000)));
            if (r.nextInt(5) < 2) p.put("story", Long.toString(r.nextLong(1_000_000))); // told as a story (Stories)
            return p;
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            if (p.containsKey(PhysicsChains.LINK)) return PhysicsChains.drawn(this, p, wording);
            if (p.containsKey(PhysicsChains.CHAIN)) return PhysicsChains.again(this, p);
            Case c = cases.get(Integer.parseInt(p.getOrDefault("case", "0")));
            List<Given> givens = new ArrayList<>();
            Map<String, Double> si = new HashMap<>();
            List<Step> steps = new ArrayList<>();
            for (String g : c.givens()) {
                QuantitySpec q = quantities.get(g);
                String written = p.get(g);
                if (written == null) throw new IllegalArgumentException(name() + " needs the given " + g);
                givens.add(new Given(g, written, q.description()));
                double value = parseSi(written);
                si.put(g, value);
            }
            if (p.containsKey(OWN_G)) {
                // a g of the problem's own (on the Moon, on Mars): a given like the others, only where the formula takes g
                if (!usesG(c)) throw new IllegalArgumentException("no g in " + c.formula());
                givens.add(new Given(OWN_G, p.get(OWN_G), "gravitational field strength"));
                si.put(OWN_G, parseSi(p.get(OWN_G)));
            }
            QuantitySpec unknown = quantities.get(c.unknown());
            double answer = c.value().applyAsDouble(si);
            // a typed-in acceleration may come out negative (braking); every other quantity here is a size, and the
            // generator keeps to positive answers (its problems, and the model's training data, stay as they were)
            // a problem that fixes a positive direction ("taking its direction of travel as positive") asks for a signed
            // impulse, force, momentum or velocity too
            boolean signed = p.containsKey(TYPED_IN) && (unknown.description().contains("acceleration")
                    || p.containsKey(SIGNED) && List.of("J", "F", "p", "v").contains(c.unknown()));
            if (!Double.isFinite(answer) || answer == 0 || answer < 0 && !signed)
                throw new IllegalArgumentException("these givens have no sensible " + unknown.description());
            QuantitySpec wide = WIDER.getOrDefault(name(), Map.of()).get(c.unknown());
            // only a drawn problem is drawn again for its answer's size (the generator's draws name a listing order); a
            // pack's problem (0.5 L of oil, 0.46 kg) and a typed-in one are solved whatever the size (fix11: three bundled
            // pack problems failed validation after session 11's wider ranges)
            boolean drawn = p.containsKey("order") && !p.containsKey(TYPED_IN);
            if (wide != null && drawn && (answer < wide.lo() / 10 || answer > wide.hi() * 10))
                throw new IllegalArgumentException("no exercise asks for a " + unknown.description() + " of that size");
            steps.add(new Step(Message.of("step.physics.formula", describe(c, unknown)), c.formula(), "formula"));
            String solved = c.rearranged() == null ? c.formula() : c.rearranged();
            if (c.rearranged() != null)
                steps.add(new Step(Message.of("step.physics.rearrange", c.unknown()), c.rearranged(), "rearrange"));
            String rhs = solved.substring(solved.indexOf('=') + 1).strip();
            Optional<Unit> asked = unitAsked(p, unknown);
            if (asked.isPresent() && !p.containsKey(TYPED_IN)) { // a generated question asks a unit that suits its answer
                double inAsked = Math.abs(asked.get().fromSi(answer));
                if (inAsked < 0.5 || inAsked >= 10000)
                    throw new IllegalArgumentException("no question asks that in " + asked.get().symbol());
            }
            Optional<List<Step>> inAsked = asked.flatMap(u -> inQuestionUnits(c, p, u, rhs));
            if (inAsked.isPresent()) {
                steps.addAll(inAsked.get());
                String result = inUnit(answer, asked.get());
                steps.add(new Step(Message.of("step.physics.result"), c.unknown() + " = " + result, "result"));
                return worked(p, wording, c, givens, unknown, steps, result, answer);
            }
            for (String g : c.givens()) {
                QuantitySpec q = quantities.get(g);
                String written = p.get(g);
                if (!q.unit().isEmpty() && !written.endsWith(" " + q.unit())) {
                    steps.add(new Step(Message.of("step.physics.convert", named(q.description()), q.unit()),
                            g + " = " + written + " = " + NumberWriting.upTo(si.get(g), 4) + " " + q.unit(), "convert-units"));
                }
            }
            String substituted = substitute(rhs, c.givens(), si);
            steps.add(new Step(Message.of("step.physics.substitute"), c.unknown() + " = " + substituted, "substitute"));
            String result = NumberWriting.sig(answer) + (unknown.unit().isEmpty() ? "" : " " + unknown.unit());
            steps.add(new Step(Message.of("step.physics.result"), c.unknown() + " = " + result, "result"));
            if (asked.isPresent()) { // worked in SI: the answer converted at the end
                // from the SI value as the line shows it, so that the line agrees with itself (5.925 kg = 5930 g, where the
                // value 5.92497 kg gave 5920 g; session 20)
                String converted = inUnit(Double.parseDouble(NumberWriting.upTo(answer, 4)), asked.get());
                steps.add(new Step(Message.of("step.physics.convertAnswer", asked.get().symbol()),
                        // the SI value to 4 figures, so the line agrees with itself (1084 s = 18.1 min; 1080 s is 18.0 min)
                        c.unknown() + " = " + NumberWriting.upTo(answer, 4)
                                + (unknown.unit().isEmpty() ? "" : " " + unknown.unit())
                                + " = " + converted,
                        "convert-units"));
                result = converted;
            }
            return worked(p, wording, c, givens, unknown, steps, result, answer);
        }

        /**
         * An SI value in another unit to 3 significant figures, rounded half up from its decimal value: 1525 J is
         * 1.53 kJ, where rounding the binary 1.5249… gave 1.52, which the grading module rightly calls a slip.
         */
        private static String inUnit(double si, Unit unit) {
            // to 12 figures first: 5.925 kg in g is 5924.999999999999 in binary, which gave 5920 g (session 20)
            return NumberWriting.sig(java.math.BigDecimal.valueOf(unit.fromSi(si)).round(new java.math.MathContext(12))
                    .round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP)).doubleValue()) + " " + unit.symbol();
        }

        private Worked worked(Map<String, String> p, int wording, Case c, List<Given> givens, QuantitySpec unknown,
                List<Step> steps, String result, double answer) {
            if (p.containsKey(SIZE) && unknown.description().contains("acceleration")) {
                if (answer > 0 && DECELERATION.equals(p.get(SIZE)))
                    throw new IllegalArgumentException("a deceleration asked where the object speeds up");
                if (answer < 0 && result.startsWith("-")) { // the size asked: the last step and the answer
                    result = result.substring(1);
                    answer = -answer;
                    steps = new ArrayList<>(steps);
                    steps.add(new Step(Message.of("step.physics.decelerationSize"), "deceleration = " + result, "result"));
                }
            }
            String story = story(p, wording, c, givens, unknown);
            String statement = (story != null ? story : statement(p, wording, givens, unknown, c.formula().contains("g")))
                    + connection(c, p);
            if (p.containsKey(OWN_G) && !p.containsKey(TYPED_IN) && !statesItsG(statement, p.get(OWN_G)))
                throw new IllegalArgumentException("a wording that leaves out the problem's own g");
            if (p.containsKey(UNIT_ASKED) && !p.containsKey(TYPED_IN)) // a generated problem says which unit it asks for
                statement += List.of(" Give your answer in %s.", " Answer in %s.", " Give the answer in %s.")
                        .get((int) (Long.parseLong(p.getOrDefault("order", "0")) % 3)).formatted(p.get(UNIT_ASKED));
            Map<String, String> params = new LinkedHashMap<>(p);
            return new Worked(name(), statement, Task.PHYSICS, c.unknown(), givens, steps, result, "quantity", skills(), params,
                    wording, answer);
        }

        /**
         * Light and radio waves (session 22): the speed of light as books write it ({@code 3 × 10^8 m/s}) or in full, as
         * the restated problem and the working write it ({@code 300000000 m/s}), with the frequencies and times that go with it (FM and AM radio, a radar pulse). Both
         * 2.10.0 and p21b dropped zeros copying such a value; no drawn problem had ever held one. Only the cases that take
         * the speed as a given, and only with sizes whose answer the family's ranges accept (a wavelength, a distance, a
         * frequency from a wavelength of 20 to 1500 m).
         */
        private void atLightSpeed(SplittableRandom r, Case c, Map<String, String> p) {
            if (!c.givens().contains("v") || !List.of("speed", "wave-speed").contains(name())) return;
            if (name().equals("speed") && !c.unknown().equals("d")) return; // light's times are below the family's range
            p.put("v", NumberWriting.pick(r, List.of("300000000 m/s", "3 × 10^8 m/s", "3 × 10⁸ m/s", "3.0 × 10^8 m/s")));
            p.remove(UNIT_ASKED); // answered in SI: a speed of light in km/h is no exercise
            if (c.givens().contains("f")) {
                int unit = r.nextInt(3);
                // session 23: a third in hertz, as many books write them (1480000 Hz, 9.81 × 10^7 Hz): with every light
                // frequency drawn in kHz or MHz, p22a converted a frequency already in Hz "from kHz"
                p.put("f", unit == 0
                        ? NumberWriting.upTo(88 + 0.1 * r.nextInt(201), 4) + " MHz"
                        : unit == 1
                                ? NumberWriting.upTo(150 + 10 * r.nextInt(136), 4) + " kHz"
                                : r.nextBoolean()
                                        ? NumberWriting.upTo(150_000 + 10_000 * r.nextInt(136), 7) + " Hz"
                                        : NumberWriting.upTo(8.8 + 0.01 * r.nextInt(201), 3) + " × 10^7 Hz");
            }
            if (c.givens().contains("λ")) p.put("λ", NumberWriting.upTo(20 + 5 * r.nextInt(297), 4) + " m");
            if (c.givens().contains("t"))
                p.put("t", r.nextBoolean()
                        ? NumberWriting.upTo(0.1 + 0.1 * r.nextInt(160), 3) + " ms"
                        : NumberWriting.upTo(0.0001 * (1 + r.nextInt(160)), 3) + " s");
            p.put("object", NumberWriting.pick(r, name().equals("speed")
                    ? List.of("radar pulse", "laser pulse", "radio signal", "light pulse")
                    : List.of("radio wave", "FM radio wave", "AM radio wave", "microwave signal")));
        }

        /**
         * A drawn problem with its own g says it (a story that lists only the formula's givens would hide it), and does
         * not set itself on Earth with another planet's g.
         */
        private static boolean statesItsG(String statement, String g) {
            String number = g.substring(0, g.indexOf(' '));
            boolean earthly = List.of("10", "9.81").contains(number);
            return statement.contains(number) && (earthly || !statement.contains("Earth"));
        }

        /**
         * The steps after the formula worked in the units of the question where it asks for a unit other than SI's
         * ({@link QuestionUnits}: 18 km in 45 minutes, her speed in km/h: {@code t = 45 minutes = 0.75 h}, then
         * {@code v = 18/0.75}), as a student works it; empty where a given has no value in those units (a mass where km/h
         * is asked, a speed where kJ is), or the formula takes g, and the solution is worked in SI and converted at the end.
         */
        Optional<List<Step>> inQuestionUnits(Case c, Map<String, String> p, Unit asked, String rhs) {
            if (usesG(c)) return Optional.empty();
            List<Quantity> written = new ArrayList<>();
            try {
                for (String g : c.givens()) written.add(Quantity.parse(p.get(g)));
                Optional<QuestionUnits> system = QuestionUnits.of(Optional.of(Quantity.parse("1 " + asked.symbol())), written);
                if (system.isEmpty()) return Optional.empty();
                List<Step> steps = new ArrayList<>();
                Map<String, Double> values = new HashMap<>();
                for (int k = 0; k < written.size(); k++) {
                    String g = c.givens().get(k);
                    Quantity q = written.get(k);
                    double value = system.get().value(q.unit(), q.value());
                    if (!Double.isFinite(value)) return Optional.empty();
                    values.put(g, value);
                    if (Math.abs(value - q.value()) <= 1e-9 * Math.abs(q.value())) continue; // 18 km where km/h is asked
                    Optional<String> unit = system.get().unitFor(q.unit());
                    if (unit.isEmpty()) return Optional.empty();
                    steps.add(new Step(
                            Message.of("step.physics.convertAsked", named(quantities.get(g).description()), unit.get()),
                            g + " = " + p.get(g) + " = " + NumberWriting.upTo(value, 4) + " " + unit.get(), "convert-units"));
                }
                steps.add(new Step(Message.of("step.physics.substituteAsked"),
                        c.unknown() + " = " + substitute(rhs, c.givens(), values), "substitute"));
                return Optional.of(steps);
            } catch (MathSyntaxException e) {
                return Optional.empty();
            }
        }

        /**
         * The unit the question asks for ({@link #UNIT_ASKED}), where it is a unit of the unknown's kind other than the
         * one the family answers in.
         */
        static Optional<Unit> unitAsked(Map<String, String> p, QuantitySpec unknown) {
            if (!p.containsKey(UNIT_ASKED) || unknown.unit().isEmpty()) return Optional.empty();
            try {
                Unit asked = Units.parse(p.get(UNIT_ASKED));
                Unit own = Units.parse(unknown.unit());
                if (!asked.sameDimension(own) || asked.offset() != 0 || own.offset() != 0
                        || Math.abs(asked.factor() - own.factor()) <= 1e-12 * own.factor())
                    throw new IllegalArgumentException(p.get(UNIT_ASKED) + " is no other unit of " + unknown.description());
                return Optional.of(asked);
            } catch (MathSyntaxException e) {
                throw new IllegalArgumentException("no unit: " + p.get(UNIT_ASKED), e);
            }
        }

        /**
         * typed20 (review20 finding 3): the unit a typed-in problem's own givens imply for its answer where the question
         * names none: "120 km in 2 hours" is worked in km and h and answered in km/h ({@code v = 120/2 = 60 km/h}), as a
         * student works it. Only a unit of the unknown's kind other than SI's, in whose units every given already has its
         * written value (no given to convert: 120 km in 30 minutes implies nothing, and is worked in SI); never where the
         * formula takes g, for a chain, or where the givens are all in SI.
         */
        Optional<String> unitImplied(Map<String, String> p) {
            if (p.containsKey(PhysicsChains.CHAIN) || p.containsKey(PhysicsChains.LINK) || p.containsKey(UNIT_ASKED))
                return Optional.empty();
            Case c = cases.get(Integer.parseInt(p.getOrDefault("case", "0")));
            QuantitySpec unknown = quantities.get(c.unknown());
            if (usesG(c) || unknown == null || unknown.unit().isEmpty()) return Optional.empty();
            try {
                List<Quantity> written = new ArrayList<>();
                boolean allSi = true;
                for (String g : c.givens()) {
                    if (p.get(g) == null) return Optional.empty();
                    Quantity q = Quantity.parse(p.get(g));
                    written.add(q);
                    allSi &= q.unit().symbol().equals(quantities.get(g).unit());
                }
                if (allSi) return Optional.empty();
                for (String[] alt : impliedUnits(unknown)) {
                    Optional<QuestionUnits> system = QuestionUnits.of(Optional.of(Quantity.parse("1 " + alt[0])), written);
                    if (system.isPresent() && written.stream().allMatch(q -> writtenIn(system.get(), q))) {
                        unitAsked(Map.of(UNIT_ASKED, alt[0]), unknown); // another unit of the unknown's kind, or throws
                        return Optional.of(alt[0]);
                    }
                }
            } catch (MathSyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        /**
         * The units a typed-in problem's givens may imply for this unknown: the family's other units, and hours for a
         * time (150 km at 100 km/h takes 1.5 h; typed21). Hours are no unit the generator draws, so they are listed
         * here, not among the quantity's own, and no generated problem or training corpus changes.
         */
        private static List<String[]> impliedUnits(QuantitySpec unknown) {
            List<String[]> units = new ArrayList<>(unknown.alt());
            if (unknown.unit().equals("s") && units.stream().noneMatch(u -> u[0].equals("h")))
                units.add(new String[]{"h", "3600"});
            return units;
        }

        /** Whether this quantity's value in the question's units is its written value (120 km where km/h is worked in). */
        private static boolean writtenIn(QuestionUnits system, Quantity q) {
            double value = system.value(q.unit(), q.value());
            return Double.isFinite(value) && Math.abs(value - q.value()) <= 1e-9 * Math.abs(q.value());
        }

        /**
         * The problem told as a story ({@link Stories}) when the parameters ask for one and the case has stories: a
         * held-out wording takes a held-out story and question, any other wording one of the rest.
         */
        String story(Map<String, String> p, int wording, Case c, List<Given> givens, QuantitySpec unknown) {
            if (!p.containsKey("story")) return null;
            int k = Integer.parseInt(p.getOrDefault("case", "0"));
            int same = 0;
            for (int i = 0; i < k; i++) if (cases.get(i).unknown().equals(c.unknown())) same++;
            List<String> all = Stories.contexts(name(), c.unknown(), same);
            if (all.size() < 2) return null;
            boolean held = heldOut(wording);
            List<String> pool = held ? all.subList(all.size() - 1, all.size()) : all.subList(0, all.size() - 1);
            SplittableRandom r = new SplittableRandom(Long.parseLong(p.get("story")));
            String story = pool.get(r.nextInt(pool.size()));
            if (!Stories.slots(story).equals(new java.util.TreeSet<>(c.givens()))) return null;
            Map<String, String> values = new HashMap<>();
            for (Given g : givens) values.put(g.symbol(), r.nextInt(3) == 0 ? UnitWords.spell(g.value()) : g.value());
            values.put("obj", p.getOrDefault("object", "object"));
            values.put("name", p.getOrDefault("name", "Sam"));
            String s = Stories.fill(story, values);
            if (s == null) return null;
            if (!s.contains("?")) {
                List<String> qs = held
                        ? Stories.QUESTIONS.subList(Stories.QUESTIONS.size() - Stories.HELD_OUT_QUESTIONS,
                                Stories.QUESTIONS.size())
                        : Stories.QUESTIONS.subList(0, Stories.QUESTIONS.size() - Stories.HELD_OUT_QUESTIONS);
                s = s + " " + qs.get(r.nextInt(qs.size())).replace("{u}", unknown.description());
            }
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            return takeG(c.formula().contains("g"), p, s);
        }

        /** Two resistors: the text must say how they are connected, or the problem has two answers. */
        static String connection(Case c, Map<String, String> p) {
            boolean parallel = c.formula().startsWith("1/R");
            boolean series = c.formula().equals("R = R_1 + R_2");
            if (!parallel && !series) return "";
            int v = (int) Math.floorMod(Long.parseLong(p.getOrDefault("order", "0")), 3L);
            String how = parallel ? "in parallel" : "in series";
            return switch (v) {
                case 0 -> " The two resistors are connected " + how + ".";
                case 1 -> " They are " + how + ".";
                default -> " (" + how + ")";
            };
        }

        /** The quantities a formula links, as a list for the student: "speed, distance and time". */
        Message describe(Case c, QuantitySpec unknown) {
            List<Message> names = new ArrayList<>();
            names.add(named(unknown.description()));
            for (String g : c.givens()) names.add(named(quantities.get(g).description()));
            Message list = names.get(0);
            for (int i = 1; i < names.size() - 1; i++) list = Message.of("list.comma", list, names.get(i));
            return Message.of("list.and", list, names.get(names.size() - 1));
        }

        String statement(Map<String, String> p, int wording, List<Given> givens, QuantitySpec unknown, boolean usesG) {
            List<String> parts = new ArrayList<>();
            SplittableRandom order = new SplittableRandom(Long.parseLong(p.getOrDefault("order", "0")));
            int style = order.nextInt(10); // how the givens are listed: in words, terse, or as symbols
            for (Given g : givens) {
                String value = order.nextInt(4) == 0 ? UnitWords.spell(g.value()) : g.value();
                parts.add(style < 6
                        ? article(g.description()) + " " + g.description() + " of " + value
                        : style < 8 ? g.description() + " " + value : g.symbol() + " = " + value);
            }
            for (int i = parts.size() - 1; i > 0; i--) Collections.swap(parts, i, order.nextInt(i + 1));
            String list = parts.size() == 1
                    ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
            String s = word(wording, Map.of("obj", p.getOrDefault("object", "object"), "name", p.getOrDefault("name", "Sam"),
                    "givens", list, "u", unknown.description()));
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            return takeG(usesG, p, s);
        }

        /**
         * The statement with "Take g = 9.8 m/s^2." where the formula takes g, unless the problem states its own g (the
         * Moon's 1.6 N/kg), which it already lists as a given (session 19: the restated problem named both, and the model
         * took 9.8).
         */
        private static String takeG(boolean usesG, Map<String, String> p, String s) {
            return usesG && !p.containsKey(OWN_G) ? s + " Take g = " + G_TEXT + " m/s^2." : s;
        }

        /**
         * The parameters with each given written in a unit the generator writes for its quantity (its SI unit or one of
         * its other units), as plain decimals: "1.2 tonne" is "1200 kg", "3 × 10^8 m/s" is "300000000 m/s". A given
         * already so written is kept as written. For the model's restatement of a typed-in problem (Restate): the model
         * has only ever read the generator's units and numbers (session 19: "1.2 tonne" and "12 tonnes" were
         * substituted as 1.2 and 12, "3 × 10^8 m/s" as 3).
         */
        Map<String, String> inGeneratorUnits(Map<String, String> p) {
            Map<String, String> out = new LinkedHashMap<>(p);
            for (var e : p.entrySet()) {
                QuantitySpec q = quantities.get(e.getKey());
                if (q == null || q.unit().isEmpty()) continue;
                String written = e.getValue().strip();
                boolean plainNumber = written.matches("-?\\d+(\\.\\d+)? .+");
                String unit = written.replaceFirst("^\\S+\\s+", "");
                boolean known = unit.equals(q.unit()) || q.alt().stream().anyMatch(a -> a[0].equals(unit));
                if (plainNumber && known) continue;
                double si;
                try {
                    si = parseSi(written);
                } catch (IllegalArgumentException ex) {
                    continue;
                }
                if (!Double.isFinite(si) || si == 0 || Math.abs(si) >= 1e12 || Math.abs(si) < 1e-6) continue;
                out.put(e.getKey(), NumberWriting.upTo(si, 6) + " " + q.unit());
            }
            return out;
        }
    }

    /**
     * Reads free text such as "A trolley has a mass of 4 kg and a net force of 10 N. Find its acceleration." into a
     * verified worked solution, when it states the givens of one of the one-formula cases ("a mass of 4 kg") and
     * names the unknown.
     */
    static Optional<Worked> fromText(String text, List<Family> families) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Family f : families) {
            if (!(f instanceof Formula formula) || f instanceof Friction) continue;
            for (int k = 0; k < formula.cases.size(); k++) {
                Case c = formula.cases.get(k);
                Map<String, String> params = new LinkedHashMap<>();
                params.put("case", Integer.toString(k));
                boolean all = true;
                for (String g : c.givens()) {
                    QuantitySpec q = formula.quantities.get(g);
                    Matcher m = Pattern.compile("(?i)\\b(?:an?|the|its)\\s+(?:[a-z]+\\s+)?" + Pattern.quote(q.description())
                            + "\\s+(?:of|is)\\s+(-?\\d+(?:\\.\\d+)?)\\s*([A-Za-zΩμ°/^0-9²³]*)").matcher(text);
                    if (!m.find()) {
                        all = false;
                        break;
                    }
                    String unit = m.group(2).replaceAll("[.,;]$", "");
                    String value = unit.isEmpty() ? m.group(1) : m.group(1) + " " + unit;
                    try {
                        Quantity.parse(value);
                    } catch (MathSyntaxException e) {
                        all = false;
                        break;
                    }
                    params.put(g, value);
                }
                String unknown = formula.quantities.get(c.unknown()).description();
                if (!all || !lower.contains(unknown) || lower.contains("a " + unknown + " of")
                        || lower.contains("an " + unknown + " of"))
                    continue;
                try {
                    return Optional.of(Solvers.solve(f, params, 0));
                } catch (IllegalArgumentException | Solvers.UnverifiedException e) {
                    // not this case
                }
            }
        }
        return Optional.empty();
    }

    static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    static double parseSi(String written) {
        try {
            return Quantity.parse(written).si();
        } catch (MathSyntaxException e) {
            throw new IllegalArgumentException("cannot read the value " + written + ": " + e.getMessage(), e);
        }
    }

    private static final Pattern SYMBOL = Pattern.compile("[A-Za-zρλμ](?:_[A-Za-z0-9]+)?");

    /** The right-hand side with each given replaced by its SI value and unit, e.g. F/m → 6 N / 2 kg; g becomes 9.8 m/s^2. */
    static String substitute(String rhs, List<String> givens, Map<String, Double> si) {
        Matcher m = SYMBOL.matcher(rhs);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String s = m.group();
            String rep;
            if (si.containsKey(s)) rep = NumberWriting.upTo(si.get(s), 6);
            else if (s.equals("g")) rep = G_TEXT;
            else
                rep = s;
            if (rep.startsWith("-")) rep = "(" + rep + ")"; // 2 × (-5), not 2 -5
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("(?<=\\d) (?=\\d)", " × ").replaceAll("(?<=\\d) (?=\\()", " × ")
                .replaceAll("(?<=\\)) (?=[\\d(])", " × ");
    }

    /** Friction on a level surface: the normal force, the friction force, then the acceleration (or the friction alone). */
    static final class Friction extends Formula {
        Friction() {
            super("friction-level", List.of("friction", "newtons-second-law"),
                    List.of("crate", "sled", "box", "wooden block", "trolley", "suitcase"),
                    table(MASS, MU, FORCE, ACC, FRICTION, NORMAL), List.of());
        }

        /** The masses of friction problems in books: whole kilograms, or anywhere from a 200 g book to a 120 kg crate. */
        private static final QuantitySpec FRICTION_MASS = quantity("m", "mass", "kg", 0.2, 120, 0.1, "g", "0.001");

        /**
         * The cases drawn, with their weights: the acceleration from μ (4), the friction force (2), the coefficient from a
         * push at a steady speed (1), the resultant force (1), and the acceleration from a friction force that is given (2).
         */
        private static final List<String> DRAWN = List.of("acceleration", "acceleration", "acceleration", "acceleration",
                "friction", "friction", "coefficient", "net", "against", "against");

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            Map<String, String> p = new LinkedHashMap<>();
            String mass = r.nextBoolean() ? draw(r, quantity("m", "mass", "kg", 1, 40, 1)) + " kg" : anywhere(r, FRICTION_MASS);
            double m = parseSi(mass);
            double mu = Double.parseDouble(draw(r, MU));
            double friction = mu * m * G;
            String kase = NumberWriting.pick(r, DRAWN);
            double f = friction * (1.2 + r.nextDouble());
            // a pull of the size people write: whole newtons for the old grid, 2-3 figures anywhere else
            String pull = friction >= 2 && r.nextBoolean()
                    ? NumberWriting.upTo(Math.ceil(f / 2) * 2, 4)
                    : NumberWriting.upTo(f, 2 + r.nextInt(2));
            p.put("case", kase);
            p.put("m", mass);
            p.put("μ", NumberWriting.upTo(mu, 3));
            p.put("F", pull + " N");
            if (kase.equals("coefficient")) // the push that keeps it sliding steadily: the friction force, to 3 figures
                p.put("F", NumberWriting.upTo(friction, 3) + " N");
            if (kase.equals("against")) p.put("f", NumberWriting.upTo(friction, 2 + r.nextInt(2)) + " N");
            p.put("object", NumberWriting.pick(r, objects));
            p.put("name", NumberWriting.pick(r, StoryNames.NAMES));
            p.put("order", Long.toString(r.nextLong(1000)));
            return p;
        }

        /** The mass converted to kilograms, as its own step, where it is written in another unit (750 g). */
        private static List<Step> massInKg(Map<String, String> p) {
            String written = p.get("m");
            if (written.endsWith(" kg")) return List.of();
            return List.of(new Step(Message.of("step.physics.convert", named("mass"), "kg"),
                    "m = " + written + " = " + NumberWriting.upTo(parseSi(written), 4) + " kg", "convert-units"));
        }

        /** N = m g and its substitution: the first lines of a friction solution after the mass in kg. */
        private static List<Step> normalForce(double m, double normal) {
            return List.of(new Step(Message.of("step.physics.normal"), "N = m g", "formula"),
                    new Step(Message.of("step.physics.substituteShort"),
                            "N = " + NumberWriting.upTo(m, 6) + " × " + G_TEXT + " = " + NumberWriting.upTo(normal, 4) + " N",
                            "substitute"));
        }

        /**
         * The last three lines of an acceleration against friction (a = (F - f)/m, its substitution, its result), added
         * to the steps; the friction written to {@code frictionDigits} digits, as the line before wrote it.
         */
        private static double accelerate(List<Step> steps, double pull, double friction, int frictionDigits, double m) {
            double a = (pull - friction) / m;
            if (!(a > 0)) throw new IllegalArgumentException("the pull does not overcome friction");
            steps.add(new Step(Message.of("step.physics.newton"), "a = (F - f)/m", "formula"));
            steps.add(new Step(Message.of("step.physics.substituteShort"),
                    "a = (" + NumberWriting.upTo(pull, 6) + " - " + NumberWriting.upTo(friction, frictionDigits) + ")/"
                            + NumberWriting.upTo(m, 6),
                    "substitute"));
            steps.add(new Step(Message.of("step.physics.result"), "a = " + NumberWriting.sig(a) + " m/s^2", "result"));
            return a;
        }

        /** The acceleration when the friction force itself is given: a = (F - f)/m. */
        private Worked against(Map<String, String> p, int wording) {
            double m = parseSi(p.get("m")), f = parseSi(p.get("F")), friction = parseSi(p.get("f"));
            List<Given> givens = List.of(new Given("m", p.get("m"), "mass"), new Given("F", p.get("F"), "pulling force"),
                    new Given("f", p.get("f"), "friction force"));
            List<Step> steps = new ArrayList<>(massInKg(p));
            double a = accelerate(steps, f, friction, 6, m);
            String stated = statement(p, wording, givens, quantity("a", "acceleration", "m/s^2", 0, 1, 1), false);
            String statement = stated.contains(" has a")
                    ? stated.replaceFirst(" has a", " is on a level floor, with a")
                    : stated + " It is on a level floor.";
            return new Worked(name(), statement, Task.PHYSICS, "a", givens, steps, NumberWriting.sig(a) + " m/s^2", "quantity",
                    skills(), new LinkedHashMap<>(p), wording, a);
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            if (p.containsKey(OWN_G)) throw new IllegalArgumentException("friction here takes the standard g");
            if ("net".equals(p.get("case"))) return resultant(p, wording);
            if ("coefficient".equals(p.get("case"))) return coefficient(p, wording);
            if ("against".equals(p.get("case"))) return against(p, wording);
            boolean accel = !"friction".equals(p.get("case"));
            double m = parseSi(p.get("m")), mu = Double.parseDouble(p.get("μ")), f = accel ? parseSi(p.get("F")) : 0;
            List<Given> givens = new ArrayList<>(
                    List.of(new Given("m", p.get("m"), "mass"), new Given("μ", p.get("μ"), "coefficient of friction")));
            if (accel) givens.add(new Given("F", p.get("F"), "pulling force"));
            double normal = m * G;
            double friction = mu * normal;
            List<Step> steps = new ArrayList<>(massInKg(p));
            int at = steps.size();
            steps.addAll(normalForce(m, normal));
            steps.add(new Step(Message.of("step.physics.friction"), "f = μ N", "formula"));
            steps.add(new Step(Message.of("step.physics.substituteShort"),
                    "f = " + NumberWriting.upTo(mu, 6) + " × " + NumberWriting.upTo(normal, 4) + " = "
                            + NumberWriting.upTo(friction, 4) + " N",
                    "substitute"));
            String unknown;
            double answer;
            String unit;
            if (accel) {
                double a = accelerate(steps, f, friction, 4, m);
                unknown = "a";
                answer = a;
                unit = "m/s^2";
            } else {
                unknown = "f";
                answer = friction;
                unit = "N";
                steps.set(at + 3, new Step(Message.of("step.physics.substituteResult"),
                        "f = " + NumberWriting.upTo(mu, 6) + " × " + NumberWriting.upTo(normal, 4) + " = "
                                + NumberWriting.sig(friction) + " N",
                        "result"));
            }
            QuantitySpec target = accel
                    ? quantity("a", "acceleration", "m/s^2", 0, 1, 1)
                    : quantity("f", "friction force", "N", 0, 1, 1);
            String stated = statement(p, wording, givens, target, true);
            String statement = stated.contains(" has a")
                    ? stated.replaceFirst(" has a", " is on a level floor, with a")
                    : stated + " It is on a level floor.";
            return new Worked(name(), statement, Task.PHYSICS, unknown, givens, steps, NumberWriting.sig(answer) + " " + unit,
                    "quantity",
                    skills(), new LinkedHashMap<>(p), wording, answer);
        }
        /** The coefficient of friction when a push keeps the object sliding at a steady speed (typed problems, not drawn). */
        private Worked coefficient(Map<String, String> p, int wording) {
            double m = parseSi(p.get("m")), f = parseSi(p.get("F"));
            double normal = m * G, mu = f / normal;
            if (!(mu > 0 && mu < 2)) throw new IllegalArgumentException("no sensible coefficient of friction");
            List<Given> givens = List.of(new Given("m", p.get("m"), "mass"), new Given("F", p.get("F"), "pushing force"));
            List<Step> steps = new ArrayList<>(massInKg(p));
            steps.addAll(normalForce(m, normal));
            steps.addAll(List.of(new Step(Message.of("step.physics.balanced"), "f = F", "formula"),
                    new Step(Message.of("step.physics.muFromFriction"), "μ = f/N", "rearrange"),
                    new Step(Message.of("step.physics.substituteShort"),
                            "μ = " + NumberWriting.upTo(f, 6) + "/" + NumberWriting.upTo(normal, 4), "substitute"),
                    new Step(Message.of("step.physics.noUnit"), "μ = " + NumberWriting.sig(mu), "result")));
            String statement = statement(p, wording, givens, quantity("μ", "coefficient of friction", "", 0, 1, 1), true)
                    + " It slides at a steady speed on a level floor.";
            return new Worked(name(), statement, Task.PHYSICS, "μ", givens, steps, NumberWriting.sig(mu), "quantity", skills(),
                    new LinkedHashMap<>(p), wording, mu);
        }

        /** The resultant force on the pulled object: the pull less the friction (drawn since session 11). */
        private Worked resultant(Map<String, String> p, int wording) {
            double m = parseSi(p.get("m")), mu = Double.parseDouble(p.get("μ")), f = parseSi(p.get("F"));
            double normal = m * G, friction = mu * normal, net = f - friction;
            if (net <= 0) throw new IllegalArgumentException("the pull does not overcome friction");
            List<Given> givens = List.of(new Given("m", p.get("m"), "mass"),
                    new Given("μ", p.get("μ"), "coefficient of friction"),
                    new Given("F", p.get("F"), "pulling force"));
            List<Step> steps = new ArrayList<>(massInKg(p));
            steps.addAll(normalForce(m, normal));
            steps.addAll(List.of(new Step(Message.of("step.physics.friction"), "f = μ N", "formula"),
                    new Step(Message.of("step.physics.substituteShort"),
                            "f = " + NumberWriting.upTo(mu, 6) + " × " + NumberWriting.upTo(normal, 4) + " = "
                                    + NumberWriting.upTo(friction, 4) + " N",
                            "substitute"),
                    new Step(Message.of("step.physics.resultant"), "F_net = F - f", "formula"),
                    new Step(Message.of("step.physics.substituteShort"),
                            "F_net = " + NumberWriting.upTo(f, 6) + " - " + NumberWriting.upTo(friction, 4),
                            "substitute"),
                    new Step(Message.of("step.physics.result"), "F_net = " + NumberWriting.sig(net) + " N", "result")));
            String statement = statement(p, wording, givens, quantity("F_net", "resultant force", "N", 0, 1, 1), true)
                    + " It is on a level floor.";
            return new Worked(name(), statement, Task.PHYSICS, "F_net", givens, steps, NumberWriting.sig(net) + " N", "quantity",
                    skills(), new LinkedHashMap<>(p), wording, net);
        }
    }
}
