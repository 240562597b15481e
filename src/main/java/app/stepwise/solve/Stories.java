package app.stepwise.solve;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Physics problems told as a story, the way teachers write them ("A cyclist travels 150 m in 12 s. How fast is she
 * going?") rather than as a list of givens. Keyed by family and unknown; {symbol} stands for that given's value with
 * its unit (in symbols or in words), {obj} and {name} as in the frames. A story without its own question gets one of
 * {@link #QUESTIONS}. Each list's last story, and the last two questions, are held out of training (the corpus's
 * test-wording split), like the frames. Written for Stepwise.
 */
final class Stories {
    private Stories() {}

    static final Map<String, List<String>> CONTEXTS = Map.ofEntries(
            Map.entry("speed:v", List.of(
                    "A {obj} travels {d} in {t}. How fast is it going?",
                    "{name} rides a {obj} for {t} and covers {d}.",
                    "It takes a {obj} {t} to cover a distance of {d}. What is its average speed?",
                    "A {obj} goes {d} in {t}.")),
            Map.entry("speed:d", List.of(
                    "A {obj} moves at {v} for {t}. How far does it go?",
                    "{name}'s {obj} keeps a steady {v} for {t}. What distance does it cover?",
                    "Travelling at {v}, a {obj} keeps going for {t}. How far does it travel?")),
            Map.entry("speed:t", List.of(
                    "A {obj} has to cover {d} at {v}. How long does it take?",
                    "{name} travels {d} on a {obj} at a steady {v}. How much time does the trip take?",
                    "At {v}, how long does a {obj} need to go {d}?")),
            Map.entry("acceleration:a", List.of(
                    "A {obj} speeds up from {u} to {v} in {t}.",
                    "Starting at {u}, a {obj} reaches {v} after {t}. What is its acceleration?",
                    "In {t} the speed of a {obj} goes from {u} to {v}.")),
            Map.entry("acceleration:t", List.of(
                    "A {obj} accelerates at {a} from {u} to {v}. How long does this take?",
                    "{name}'s {obj} speeds up from {u} to {v} with an acceleration of {a}. How much time does it need?",
                    "How long does a {obj} take to go from {u} to {v} if it accelerates at {a}?")),
            Map.entry("suvat:v", List.of(
                    "A {obj} moving at {u} accelerates at {a} for {t}. How fast is it going at the end?",
                    "{name}'s {obj} starts at {u} and speeds up at {a} for {t}.",
                    "After {t} of accelerating at {a}, starting from {u}, what speed does a {obj} reach?")),
            Map.entry("suvat:s", List.of(
                    "A {obj} starts at {u} and accelerates at {a} for {t}. How far does it travel?",
                    "{name}'s {obj} has an initial speed of {u} and a steady acceleration of {a}. What distance does it cover in {t}?",
                    "Starting at {u}, a {obj} accelerates at {a}. How far has it gone after {t}?")),
            Map.entry("suvat:v^2", List.of(
                    "A {obj} starts at {u} and accelerates at {a} over {s}. How fast is it going at the end?",
                    "{name}'s {obj} speeds up at {a} from {u} along {s}.",
                    "Over a distance of {s} a {obj} accelerates at {a}, starting from {u}. What speed does it reach?")),
            Map.entry("free-fall:v", List.of(
                    "A {obj} is dropped and falls for {t}. How fast is it going when it lands?",
                    "{name} drops a {obj}; it hits the ground after {t}.",
                    "A {obj} falls from rest for {t}. What speed does it reach?")),
            Map.entry("free-fall:h", List.of(
                    "A {obj} is dropped from rest and takes {t} to reach the ground. How high was it?",
                    "{name} lets go of a {obj} and it lands {t} later. From what height did it fall?",
                    "It takes {t} for a dropped {obj} to hit the floor. How far did it fall?")),
            Map.entry("free-fall:v^2", List.of(
                    "A {obj} is dropped from {h}. How fast is it going when it lands?",
                    "{name} drops a {obj} from a height of {h}.",
                    "A {obj} falls {h} from rest. What is its speed at the bottom?")),
            Map.entry("newtons-second-law:F", List.of(
                    "A {m} {obj} accelerates at {a}. What resultant force acts on it?",
                    "{name} pushes a {obj} of {m} so that it speeds up at {a}. How big is the net force?",
                    "What force makes a {m} {obj} accelerate at {a}?")),
            Map.entry("newtons-second-law:a", List.of(
                    "A resultant force of {F} acts on a {m} {obj}.",
                    "{name} pushes a {m} {obj} with a net force of {F}. How quickly does it speed up?",
                    "A {obj} with a mass of {m} is pulled by a net force of {F}. What is its acceleration?")),
            Map.entry("newtons-second-law:m", List.of(
                    "A net force of {F} gives a {obj} an acceleration of {a}. What is its mass?",
                    "{name} finds that a force of {F} makes a {obj} accelerate at {a}. How heavy is it, in kilograms?",
                    "A {obj} accelerates at {a} when the resultant force on it is {F}.")),
            Map.entry("weight:W", List.of(
                    "A {obj} has a mass of {m}. How much does it weigh on Earth?",
                    "{name}'s {obj} is {m}. What is its weight?",
                    "What is the weight of a {m} {obj}?")),
            Map.entry("weight:m", List.of(
                    "A {obj} weighs {W} on Earth. What is its mass?",
                    "The weight of {name}'s {obj} is {W}.",
                    "On Earth a {obj} has a weight of {W}. How many kilograms is that?")),
            Map.entry("work-done:W", List.of(
                    "{name} pushes a {obj} {d} with a force of {F}. How much work is done?",
                    "A force of {F} moves a {obj} through {d}.",
                    "A {obj} is dragged {d} by a steady force of {F}. What work does the force do?")),
            Map.entry("work-done:d", List.of(
                    "{name} does {W} of work pushing a {obj} with a force of {F}. How far does it move?",
                    "A force of {F} does {W} of work on a {obj}.",
                    "How far is a {obj} moved if a force of {F} does {W} of work on it?")),
            Map.entry("kinetic-energy:E_k", List.of(
                    "A {m} {obj} is moving at {v}. How much kinetic energy does it have?",
                    "{name}'s {obj} has a mass of {m} and travels at {v}.",
                    "What is the kinetic energy of a {obj} of {m} going at {v}?")),
            Map.entry("kinetic-energy:v", List.of(
                    "A {m} {obj} has {E_k} of kinetic energy. How fast is it moving?",
                    "{name}'s {obj} has a mass of {m} and a kinetic energy of {E_k}.",
                    "How fast must a {m} {obj} go to have {E_k} of kinetic energy?")),
            Map.entry("potential-energy:E_p", List.of(
                    "A {m} {obj} is lifted {h}. How much gravitational potential energy does it gain?",
                    "{name} raises a {obj} of {m} through a height of {h}.",
                    "What energy is stored when a {m} {obj} is raised {h}?")),
            Map.entry("potential-energy:h", List.of(
                    "A {m} {obj} gains {E_p} of gravitational potential energy. How high was it lifted?",
                    "{name} lifts a {m} {obj} and gives it {E_p} of potential energy.",
                    "Through what height must a {m} {obj} be raised to store {E_p}?")),
            Map.entry("power:P", List.of(
                    "A {obj} transfers {E} in {t}. What is its power?",
                    "{name}'s {obj} uses {E} of energy in {t}.",
                    "In {t} a {obj} transfers {E} of energy. At what rate does it work?")),
            Map.entry("power:E", List.of(
                    "A {P} {obj} runs for {t}. How much energy does it transfer?",
                    "{name} leaves a {obj} rated at {P} on for {t}.",
                    "How much energy does a {obj} with a power of {P} transfer in {t}?")),
            Map.entry("power:t", List.of(
                    "A {P} {obj} has to transfer {E}. How long does it take?",
                    "{name}'s {obj} works at {P}. How long does it need to transfer {E}?",
                    "How long does a {obj} of power {P} take to transfer {E}?")),
            Map.entry("momentum:p", List.of(
                    "A {m} {obj} moves at {v}. What is its momentum?",
                    "{name}'s {obj} has a mass of {m} and is travelling at {v}.",
                    "How much momentum does a {obj} of {m} have at {v}?")),
            Map.entry("momentum:v", List.of(
                    "A {m} {obj} has a momentum of {p}. How fast is it moving?",
                    "{name} measures a momentum of {p} for a {obj} of {m}.",
                    "At what speed does a {m} {obj} have {p} of momentum?")),
            Map.entry("impulse:J", List.of(
                    "A force of {F} acts on a {obj} for {t}. What impulse does it give?",
                    "{name} hits a {obj} with an average force of {F} for {t}.",
                    "What is the impulse when a {obj} feels a force of {F} for {t}?")),
            Map.entry("impulse:F", List.of(
                    "A {obj} receives an impulse of {J} in {t}. What average force acts on it?",
                    "{name}'s {obj} gets an impulse of {J} over {t}.",
                    "What average force gives a {obj} an impulse of {J} in {t}?")),
            Map.entry("density:ρ", List.of(
                    "A {obj} has a mass of {m} and takes up {V}. What is its density?",
                    "{name} finds that a {obj} of {m} fills {V}.",
                    "What is the density of a {obj} with a mass of {m} and a volume of {V}?")),
            Map.entry("density:m", List.of(
                    "A {obj} of density {ρ} has a volume of {V}. What is its mass?",
                    "{name}'s {obj} takes up {V} and is made of a material of density {ρ}.",
                    "How heavy is a {obj} of {V} if its density is {ρ}?")),
            Map.entry("density:V", List.of(
                    "A {obj} of {m} is made of a material with a density of {ρ}. What volume does it take up?",
                    "{name} has a {obj} of {m}; its density is {ρ}.",
                    "What volume does a {m} {obj} of density {ρ} fill?")),
            Map.entry("pressure:p", List.of(
                    "A force of {F} presses on an area of {A}. What is the pressure?",
                    "A {obj} pushes down with {F} on {A}.",
                    "What pressure does a {obj} exert if a force of {F} acts on {A}?")),
            Map.entry("pressure:F", List.of(
                    "A pressure of {p} acts on an area of {A} under a {obj}. What force is that?",
                    "{name} measures a pressure of {p} under a {obj} whose base is {A}.",
                    "What force gives a pressure of {p} on an area of {A}?")),
            Map.entry("ohms-law:V", List.of(
                    "A current of {I} flows through a {obj} of resistance {R}. What is the voltage across it?",
                    "{name} passes {I} through a {R} {obj}.",
                    "What potential difference drives {I} through a {obj} of {R}?")),
            Map.entry("ohms-law:I", List.of(
                    "A {obj} of resistance {R} is connected to {V}. What current flows?",
                    "{name} puts {V} across a {R} {obj}.",
                    "How much current flows through a {obj} of {R} when the voltage across it is {V}?")),
            Map.entry("ohms-law:R", List.of(
                    "A {obj} carries {I} when the voltage across it is {V}. What is its resistance?",
                    "{name} measures {V} across a {obj} and a current of {I} through it.",
                    "What resistance does a {obj} have if {V} drives {I} through it?")),
            Map.entry("resistors:R", List.of(
                    "A {R_1} resistor and a {R_2} resistor are used in a {obj}. What is the total resistance?",
                    "{name} joins a {R_1} resistor and a {R_2} resistor in a {obj}.",
                    "What single resistor could replace a {R_1} resistor and a {R_2} resistor in a {obj}?",
                    "2 resistors, {R_1} and {R_2}, in a {obj}. whats the total resistance?",
                    "{name} needs the combined resistance of the {R_1} and {R_2} resistors in a {obj}.",
                    "In a {obj} there are two resistors, {R_1} and {R_2}. Find their combined resistance.")),
            Map.entry("electrical-power:P", List.of(
                    "A {obj} runs on {V} and draws {I}. How much power does it use?",
                    "{name}'s {obj} takes a current of {I} from a {V} supply.",
                    "What is the power of a {obj} that draws {I} at {V}?")),
            Map.entry("electrical-power:I", List.of(
                    "A {P} {obj} runs on {V}. What current does it draw?",
                    "{name} plugs a {obj} rated {P} into a {V} supply.",
                    "How much current flows in a {obj} of {P} on {V}?")),
            Map.entry("electrical-power:P^2", List.of(
                    "A current of {I} flows through a {obj} with a resistance of {R}. How much power is transferred?",
                    "{name} passes {I} through a {R} {obj}.",
                    "What power is used when {I} flows through a {obj} of resistance {R}?")),
            Map.entry("wave-speed:v", List.of(
                    "A {obj} has a frequency of {f} and a wavelength of {λ}. How fast does it travel?",
                    "{name} measures a {obj} with waves {λ} apart arriving at {f}.",
                    "What is the speed of a {obj} of wavelength {λ} and frequency {f}?")),
            Map.entry("wave-speed:λ", List.of(
                    "A {obj} travels at {v} with a frequency of {f}. How long is each wave?",
                    "{name} sees a {obj} moving at {v} with a frequency of {f}.",
                    "What is the wavelength of a {obj} with a speed of {v} and a frequency of {f}?")),
            Map.entry("wave-speed:f", List.of(
                    "A {obj} moves at {v} and its wavelength is {λ}. What is its frequency?",
                    "{name} measures a {obj} travelling at {v} with waves {λ} long.",
                    "How many waves per second does a {obj} of wavelength {λ} at {v} have?")));

    /** Questions for a story that asks none; the last two are held out. {u} is the unknown's description. */
    static final List<String> QUESTIONS = List.of(
            "What is the {u}?",
            "Find the {u}.",
            "Calculate the {u}.",
            "Work out the {u}.",
            "Determine the {u}.",
            "What {u} does this give?",
            "How big is the {u}?",
            "Calculate the {u}, giving the unit.",
            "what is the {u}",
            "Find the {u} in SI units.",
            // held out
            "Show how to find the {u}.",
            "What value does the {u} have?");

    static final int HELD_OUT_QUESTIONS = 2;

    private static final Pattern SLOT = Pattern.compile("\\{([^{}]+)}");

    /** The stories for this family and case; the key names the case by its unknown and, where two cases share it, ^2. */
    static List<String> contexts(String family, String unknown, int caseIndexAmongSameUnknown) {
        String key = family + ":" + unknown + (caseIndexAmongSameUnknown > 0 ? "^2" : "");
        return CONTEXTS.getOrDefault(key, List.of());
    }

    /**
     * The story with {slots} filled, or null when a slot has no value (a story that does not match the case's
     * givens is never used).
     */
    static String fill(String story, Map<String, String> values) {
        Matcher m = SLOT.matcher(story);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) return null;
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The given symbols a story names. */
    static java.util.Set<String> slots(String story) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher m = SLOT.matcher(story);
        while (m.find()) if (!m.group(1).equals("obj") && !m.group(1).equals("name")) out.add(m.group(1));
        return out;
    }
}
