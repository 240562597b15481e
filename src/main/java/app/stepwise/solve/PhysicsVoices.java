package app.stepwise.solve;

import app.stepwise.lesson.Problem.Given;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A one-formula physics problem asked again in a teacher's, a worksheet's or a student's own words (session 16: 2.9.0
 * refused in-scope student problems, and only math problems had voices, so student words were a sign of math): "find I
 * if V=12V and R=4Ω", "Given: m = 2 kg, a = 3 m/s^2. Find: the force.", the givens on lines of their own, "a car goes
 * from 2 m/s to 20 m/s in 5 s whats the acceleration". The new text holds every given with its value and unit as the
 * problem wrote it, and what the old text added (the unit asked for, g, how two resistors are connected); the start,
 * the givens, the steps and the answer stay as they are. Written for Stepwise.
 */
final class PhysicsVoices {
    private PhysicsVoices() {}

    /**
     * Teacher, worksheet and student voices: {words} the givens in words ("a mass of 2 kg and an acceleration of 3 m/s^2"),
     * {syms} as symbols ("m = 2 kg and a = 3 m/s^2"), {tight} as a student types them ("m=2kg, a=3m/s^2"), {lines} one a
     * line, {q} the unknown's name, {U} its symbol, {L} an item label.
     */
    static final List<String> VOICES = List.of(
            "We know {words}. Work out the {q}.",
            "Use {syms} to calculate the {q}.",
            "Calculate the {q} when {words}.",
            "With {words}, what is the {q}? Write down the equation you use.",
            "Given: {syms}. Find: the {q}.",
            "Given:\n{lines}\nFind: {U}",
            "Given\n{lines}\nFind the {q}.",
            "Data: {syms}.\nCalculate {U}.",
            "{L}{syms}. Find {U}.",
            "{syms}, {U} = ?",
            "{lines}\n{U} = ?",
            "{lines}\nCalculate the {q}.",
            "Find the {q}.\n{lines}",
            "find {U} if {tight}",
            "whats the {q} if {words}",
            "{words} whats the {q}",
            "how do i find the {q} with {syms}",
            "{tight} find the {q} pls",
            "what is {U} when {syms}",
            "{tight} how do i work out {U}",
            "need the {q}, {syms}",
            "can u find the {q} if {tight}",
            "{lines}\nwhats {U}");

    /**
     * Voices a family adds for one case, keyed "family:unknown": {obj} the problem's object, a given's symbol its value.
     * None may match a held-out story of {@link Stories} (CorpusShapesTest).
     */
    static final Map<String, List<String>> OWN = Map.of(
            "acceleration:a", List.of("a {obj} goes from {u} to {v} in {t} whats the acceleration",
                    "{obj} speeds up from {u} to {v} in {t}. find the acceleration",
                    "The {obj}'s speed changes from {u} to {v} in {t}. Work out its acceleration."),
            "speed:v",
            List.of("a {obj} did {d} in {t} whats its speed", "The {obj} travelled {d} in {t}. What was its average speed?"),
            "newtons-second-law:F", List.of("how much force to give a {m} {obj} an acceleration of {a}",
                    "A {obj} of mass {m} accelerates at {a}. What resultant force acts on it?"),
            "ohms-law:I",
            List.of("find I if V={V} and R={R}", "whats the current when the voltage is {V} and the resistance is {R}"),
            "ohms-law:R", List.of("a {V} supply drives {I} through a resistor whats its resistance"),
            "ohms-law:V", List.of("{I} flows through {R}. whats the voltage across it"));

    /** What a drawn one-formula problem's parameters may hold for a voice to keep everything it says. */
    private static final Set<String> PLAIN = Set.of("case", "object", "name", "order", "story", PhysicsFamilies.UNIT_ASKED);

    private static final String TAKE_G = " Take g = 9.8 m/s^2.";

    /** The problem in another voice, or its own text where none keeps all it says. */
    static String ask(Worked w, SplittableRandom r) {
        String text = w.statement();
        if (!(Solvers.family(w.family()).orElse(null) instanceof PhysicsFamilies.Formula f)
                || f instanceof PhysicsFamilies.Friction || w.givens().isEmpty())
            return text;
        for (String key : w.params().keySet())
            if (!PLAIN.contains(key) && w.givens().stream().noneMatch(g -> g.symbol().equals(key))) return text;
        PhysicsFamilies.QuantitySpec unknown = f.quantities.get(w.start());
        if (unknown == null) return text;
        List<String> pool = new ArrayList<>(VOICES);
        for (String v : OWN.getOrDefault(w.family() + ":" + w.start(), List.of())) {
            pool.add(v);
            pool.add(v); // a case's own voices more often than the shared ones
        }
        String voice = NumberWriting.pick(r, pool);
        String obj = w.params().getOrDefault("object", "object");
        voice = voice.replace("{words}", list(w.givens(), g -> PhysicsFamilies.article(g.description()) + " "
                + g.description() + " of " + g.value()))
                .replace("{syms}", list(w.givens(), g -> shown(g.symbol()) + " = " + g.value()))
                .replace("{tight}", String.join(", ", w.givens().stream()
                        .map(g -> shown(g.symbol()) + "=" + Register.glue("0 " + g.value()).substring(2)).toList()))
                .replace("{lines}",
                        String.join("\n", w.givens().stream().map(g -> shown(g.symbol()) + " = " + g.value()).toList()))
                .replace("{U}", shown(w.start())).replace("{obj}", obj);
        for (Given g : w.givens()) voice = voice.replace("{" + g.symbol() + "}", g.value());
        voice = voice.replace("{q}", unknown.description());
        if (voice.contains("{L}")) voice = voice.replace("{L}", Register.label(r));
        if (voice.contains("{")) return text;
        return voice + tail(w, text);
    }

    /** What the old text said besides the givens and the question: the unit asked for, how resistors connect, g. */
    private static String tail(Worked w, String text) {
        String tail = "";
        String asked = w.params().get(PhysicsFamilies.UNIT_ASKED);
        if (asked != null) tail += " Give your answer in " + asked + ".";
        if (text.contains("in parallel")) tail += " They are in parallel.";
        else if (text.contains("in series")) tail += " They are in series.";
        if (text.contains(TAKE_G.strip())) tail += TAKE_G; // last: Surface.gravity rewrites it
        return tail;
    }

    /** A symbol as people write it: R_1 as R1, E_k as Ek. */
    private static String shown(String symbol) {
        return symbol.replace("_", "");
    }

    private static String list(List<Given> givens, java.util.function.Function<Given, String> each) {
        List<String> parts = givens.stream().map(each).toList();
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
