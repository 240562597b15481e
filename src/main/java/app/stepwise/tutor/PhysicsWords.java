package app.stepwise.tutor;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which numbers in words a physics reading may leave out (reader25): those that cannot change it. reader24 refused every
 * reading that left a count, a multiple or an "again" out, which lost right answers ("Newton's second law again. A
 * trolley of mass 2 kg …", "stands on four feet … the total area of its feet is 0.5 m²"). A word is harmless here only in
 * a shape that says so; anything else still refuses, since a wrong answer shown as verified is the worst outcome. Each
 * method reads the lower-case text, {@code at} or the match being one of {@link WordNumbers}' physics words.
 */
final class PhysicsWords {
    private PhysicsWords() {}

    /** What a heading names: a quantity, a law, or the exercise itself. */
    private static final Pattern TOPIC = Pattern.compile("\\b(?:energy|kinetic|potential|pressure|speed|velocity|acceleration"
            + "|forces?|newton\\S*|laws?|weight|density|momentum|power|work|waves?|circuits?|current|voltage|resistance"
            + "|ohm\\S*|impulse|friction|motion|suvat|physics|practice|questions?|problems?|examples?|exercises?|homework"
            + "|revision|topic|formula|equations?|ke|gpe)\\b");
    /** "Once again, …", "Again:" at the start of the text: the lesson goes on, nothing is done twice. */
    private static final Pattern OPENER = Pattern.compile("^\\W*(?:once\\s+)?(?:again|once\\s+more)\\s*[,:;!-]");

    /**
     * An "again" in a heading or an opener: "Kinetic energy again.", "Pressure again!", "ok speed again lol.", "Once
     * again, find …" (r14b-030). The heading is the text's first sentence, short, with no number, naming a topic; "A crane
     * lifts the load again." names none and still refuses.
     */
    static boolean heading(String lower, int at) {
        String text = lower.strip();
        int shift = lower.indexOf(text.isEmpty() ? lower : text);
        if (OPENER.matcher(text).find() && at - shift < 16) return true;
        Matcher end = SENTENCE_END.matcher(text);
        String first = end.find() ? text.substring(0, end.start()) : text;
        if (at - shift > first.length()) return false;
        return !first.matches("(?s).*\\d.*") && first.split("\\s+").length <= 7 && TOPIC.matcher(first).find();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n|:\\s");

    /** A number in words before a unit: "two-kilogram", "four feet high" (not "stands on four feet"), "forty kilos". */
    private static final Pattern UNIT_AFTER = Pattern.compile("^[-\\s]+((?:kilo|centi|milli|mega)?(?:grams?|metres?|meters?"
            + "|joules?|watts?|newtons?|pascals?|volts?|amps?|amperes?|ohms?|hertz|seconds?)|kilos?|minutes?|hours?|kg|km"
            + "|cm|mm|ft|inch(?:es)?|miles?|tonnes?|litres?|liters?|(?:feet|foot)(?=\\s+" + Solvers.FEET_AS_A_LENGTH + "))\\b");

    /**
     * A number in words before a unit: present when it is a given of the reading said again ("A 2 kg mass … the
     * two-kilogram mass", read as the same given), false when it is a quantity the reading does not have (a three-kilogram
     * mass where the reading has 2 kg); empty where no unit follows.
     */
    static Optional<Boolean> sameAsAGiven(String lower, MatchResult word, Worked w) {
        Matcher unit = UNIT_AFTER.matcher(lower.substring(word.end()));
        if (!unit.find()) return Optional.empty();
        OptionalInt n = WordNumbers.valueAt(lower, word.start());
        if (n.isEmpty()) return Optional.of(false);
        try {
            Quantity said = Quantity.parse(n.getAsInt() + " " + unit.group(1));
            for (Given g : w.givens())
                if (same(said, g)) return Optional.of(true);
        } catch (MathSyntaxException e) {
            // a unit not read: not the same as any given
        }
        return Optional.of(false);
    }

    private static boolean same(Quantity said, Given g) {
        try {
            Quantity given = Quantity.parse(g.value());
            return given.unit().sameDimension(said.unit()) && Math.abs(given.si() - said.si()) <= 1e-9 * Math.abs(said.si());
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    /**
     * What follows a count that makes it part of the problem: a number ("two 3 kg bricks"), "times" (a multiple), "of"
     * ("four laps of a 400 m track", "two of the boxes"), a hundred or a thousand (a number said in words), something
     * counted that is itself a measure (waves, laps, steps, floors: "Ten waves pass a buoy in 5 s"), a given belonging
     * to each one ("crates of mass 25 kg", "each"), or the counted things doing the work ("two tugs pull").
     */
    private static final Pattern COUNT_USED = Pattern.compile("^\\s+(?:(?:[\\w'’-]+\\s+)?\\d|times\\b|of\\b|hundred"
            + "|thousand|(?:[\\w'’-]+\\s+){0,2}?(?:waves?|pulses?|crests?|troughs?|ripples?|oscillations?|vibrations?|cycles?"
            + "|swings?|revolutions?|rotations?|turns?|spins?|laps?|lengths?|widths?|trips?|journeys?|runs?|steps?|stairs?"
            + "|flights?|floors?|storeys?|stories|bounces?|beats?|ticks?|flashes?|days?|weeks?|months?|years?|feet|foot"
            + "|inch(?:es)?|miles?|yards?|blocks?|rungs?|bricks?|pieces?|parts?|halves|quarters?|thirds?)\\b"
            // the counted things have a given or do something: a verb in the plural ("two tugs pull", not "forty
            // passengers travels", whose subject is the bus)
            + "|(?:[\\w'’-]+\\s+){1,3}?(?:each|apiece|of|with|weighing|having|measuring|at|(?:pull|push|drag|lift|tow|haul"
            + "|carr(?:y|ie)|hold|held|support|appl(?:y|ie)|exert|act|kick|hit|throw|threw|share|lean|sit|sat|stand|stood"
            + "|rest|press|hang|hung|are|were|have|had|move|travel|roll|run|ran|fall|fell|drop|slide|slid|weigh)(?:s?ed|ing|d)?)"
            + "\\b)");
    /** Words that add up or share out over what was counted: a count next to them is used. */
    private static final Pattern SHARED = Pattern.compile("\\b(?:each|every|per|apiece|total\\w*|altogether|combined|together"
            + "|in\\s+all|all|both|their|they|them|these|those|whole|sum|stack\\w*|pile|pair|identical|similar|equal|same"
            + "|overall|group|team|between|share\\w*|joint\\w*)\\b");
    /** What a pressure is spread over: counted, the area of one is not the area pressed on. */
    private static final Pattern SUPPORTS = Pattern.compile("^\\s+(?:[\\w'’-]+\\s+){0,2}?(?:legs?|feet|foot|wheels?|tyres?"
            + "|tires?|hooves|hoofs?|paws?|points?|pins?|stilts?|skis?|shoes?|boots?|studs?|spikes?|posts?|pillars?|columns?"
            + "|castors?|casters?|tracks?|supports?|blocks?|bricks?)\\b");
    /**
     * A pressure whose area is one support's of several: "stands on both feet and each shoe has an area of 0.02 m²" (read
     * as 25000 Pa for 12500 Pa), "an area of 0.01 m² per tyre".
     */
    private static final Pattern AREA_OF_ONE = Pattern.compile("\\b(?:each|apiece|per\\s+(?:[\\w'’-]+\\s+)?(?:legs?|feet|foot"
            + "|wheels?|tyres?|tires?|hooves|hoofs?|paws?|points?|shoes?|boots?|supports?|skis?)|both\\s+(?:of\\s+)?(?:its|his|her"
            + "|their|the\\s+)?\\s*(?:legs?|feet|wheels?|tyres?|tires?|hooves|paws?|shoes?|boots?|hands?|skis?))\\b");

    /** Whether the reading is a pressure over an area that may be one support's of several (see {@link #AREA_OF_ONE}). */
    static boolean areaOfOneSupport(String lower, Worked w) {
        return w.family().equals("pressure") && AREA_OF_ONE.matcher(lower).find();
    }

    /** A count in a phrase about something else: "hangs from two hooks", "a car with four wheels", "carrying forty passengers". */
    private static final Pattern IN_A_PHRASE = Pattern.compile("\\b(?:with|from|on|carrying|has|have|having|holding|beside"
            + "|under|among)\\s+$");
    /** People counted who measure, watch or argue, and do nothing to what is measured: "Two students time a 2 kg trolley". */
    private static final Pattern PEOPLE_LOOKING = Pattern.compile("^\\s+(?:[\\w'’-]+\\s+)?(?:students?|pupils?|people"
            + "|friends|children|kids|boys|girls|teachers|scientists|engineers|classmates)\\s+(?:measure|calculate|time|timed"
            + "|watch|see|saw|say|said|think|thought|claim|find|found|record|note|use|disagree|argue|compare|investigate|test"
            + "|notice|plot|draw|drew|write|wrote|check|decide|discuss|agree)(?:s?ed|d|ing)?\\b");
    private static final Set<String> CIRCUITS = Set.of("ohms-law", "resistors", "electrical-power");

    /**
     * A count of something the reading does not use: "A 12 kg sign hangs from two hooks", "A bus carrying forty
     * passengers travels 90 km", "Three students time a toy car. It travels 6 m in 4 s." Not where it counts a given's
     * owner or a measure (see {@link #COUNT_USED}), where anything is added up or shared (see {@link #SHARED}), where a
     * pressure's supports are counted, or in a circuit (two lamps, four cells).
     */
    static boolean countOfSomethingElse(String lower, MatchResult word, Worked w) {
        if (COUNT_USED.matcher(lower.substring(word.end())).find() || SHARED.matcher(lower).find()) return false;
        if (CIRCUITS.contains(w.family())) return false;
        if (w.family().equals("pressure") && SUPPORTS.matcher(lower.substring(word.end())).find()) return false;
        return IN_A_PHRASE.matcher(lower.substring(0, word.start())).find()
                || PEOPLE_LOOKING.matcher(lower.substring(word.end())).find()
                || !sentenceAround(lower, word).matches("(?s).*\\d.*");
    }

    private static String sentenceAround(String lower, MatchResult word) {
        int from = 0;
        for (Matcher end = SENTENCE_END.matcher(lower); end.find() && end.end() <= word.start();) from = end.end();
        Matcher end = SENTENCE_END.matcher(lower);
        int to = end.find(word.end()) ? end.start() : lower.length();
        return lower.substring(from, to);
    }

    /** The kinetic energy's formula said in words: "half m v squared", "one half times mass times speed squared". */
    private static final Pattern HALF_M_V = Pattern.compile("^\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:times|x|×)\\s+)?(?:m\\b|mv\\b"
            + "|mass\\b)");

    /** Half of the people watching: "Half the class timed a toy car". */
    private static final Pattern HALF_THE_CLASS = Pattern.compile("^\\s+(?:of\\s+)?(?:the|my|our|a|your)\\s+(?:class|group"
            + "|students|pupils|children|year|set)\\b");

    /**
     * A multiple that changes no given: the formula said in words (see {@link #HALF_M_V}), half of the class watching
     * ("Half the class timed a toy car"), "double-check".
     */
    static boolean formulaInWords(String lower, MatchResult word, Worked w) {
        String after = lower.substring(word.end());
        if (word.group().startsWith("double") && after.matches("(?s)^[-\\s]check.*")) return true;
        if (word.group().equals("half") && HALF_THE_CLASS.matcher(after).find()) return true;
        return word.group().equals("half") && w.family().equals("kinetic-energy") && HALF_M_V.matcher(after).find();
    }
}
