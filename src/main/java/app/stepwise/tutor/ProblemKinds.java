package app.stepwise.tutor;

import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kinds of problem Stepwise can check, said to a student whose typed-in problem it cannot (typed21): a few plain
 * lines (numbers, equations, algebra, derivatives, physics with units) made from the families the solvers really have,
 * so the list never promises a family that is gone, and one example of the kind the student seems to be after.
 */
public final class ProblemKinds {
    private ProblemKinds() {}

    /** Where a skill's family is said: its line and its words on that line ({@code tutor.kinds.<line>.<item>}). */
    private record Place(String line, String item) {}

    /**
     * A family is placed by its first skill. A new family whose first skill is not here is said nowhere, and
     * {@code ProblemKindsTest} fails until it is placed.
     */
    private static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("order-of-operations", new Place("numbers", "arithmetic")),
            Map.entry("fractions", new Place("numbers", "fractions")),
            Map.entry("percentages", new Place("numbers", "percentages")),
            Map.entry("linear-equations", new Place("equations", "linear")),
            Map.entry("quadratic-equations", new Place("equations", "quadratic")),
            Map.entry("simultaneous-equations", new Place("equations", "simultaneous")),
            Map.entry("collecting-terms", new Place("algebra", "simplifying")),
            Map.entry("expanding-brackets", new Place("algebra", "expanding")),
            Map.entry("factorising", new Place("algebra", "factorising")),
            Map.entry("indices", new Place("algebra", "indices")),
            Map.entry("rearranging-formulas", new Place("algebra", "rearranging")),
            Map.entry("derivatives", new Place("calculus", "derivatives")),
            Map.entry("speed", new Place("physics", "motion")),
            Map.entry("acceleration", new Place("physics", "motion")),
            Map.entry("constant-acceleration-equations", new Place("physics", "motion")),
            Map.entry("free-fall", new Place("physics", "motion")),
            Map.entry("newtons-second-law", new Place("physics", "forces")),
            Map.entry("weight", new Place("physics", "forces")),
            Map.entry("friction", new Place("physics", "forces")),
            Map.entry("work-done", new Place("physics", "energy")),
            Map.entry("kinetic-energy", new Place("physics", "energy")),
            Map.entry("potential-energy", new Place("physics", "energy")),
            Map.entry("power", new Place("physics", "energy")),
            Map.entry("momentum", new Place("physics", "momentum")),
            Map.entry("impulse", new Place("physics", "momentum")),
            Map.entry("density", new Place("physics", "matter")),
            Map.entry("pressure", new Place("physics", "matter")),
            Map.entry("ohms-law", new Place("physics", "circuits")),
            Map.entry("series-and-parallel", new Place("physics", "circuits")),
            Map.entry("electrical-power", new Place("physics", "circuits")),
            Map.entry("waves", new Place("physics", "waves")));

    /** The families no line says (their first skill is not placed); empty when every family is said. */
    static List<String> unplaced() {
        return Solvers.families().stream().filter(f -> place(f).isEmpty()).map(Family::name).toList();
    }

    private static Optional<Place> place(Family f) {
        return f.skills().isEmpty() ? Optional.empty() : Optional.ofNullable(PLACES.get(f.skills().get(0)));
    }

    /**
     * The lines, in the order the families come: each line's key and its items' keys, without repeats
     * ({@code numbers → [arithmetic, fractions, percentages]}).
     */
    static Map<String, List<String>> lines() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (Family f : Solvers.families()) {
            Optional<Place> p = place(f);
            if (p.isEmpty()) continue;
            List<String> items = lines.computeIfAbsent(p.get().line(), k -> new ArrayList<>());
            if (!items.contains(p.get().item())) items.add(p.get().item());
        }
        return lines;
    }

    /** "Stepwise can't check this kind of problem yet. It can check: …", with an example that fits what was typed. */
    public static Message whatCanBeChecked(String refused) {
        Message all = null;
        for (Map.Entry<String, List<String>> line : lines().entrySet()) {
            List<Message> items = line.getValue().stream()
                    .map(i -> Message.of("tutor.kinds." + line.getKey() + "." + i)).toList();
            Message said = Message.of("tutor.kinds.line", Message.of("tutor.kinds." + line.getKey()), listed(items));
            all = all == null ? said : Message.of("tutor.kinds.lines", all, said);
        }
        return Message.of("tutor.cannotCheckKinds", all == null ? Message.NONE : all,
                Message.of("tutor.kinds.example." + exampleFor(refused)));
    }

    /** "a, b and c" in the student's language. */
    private static Message listed(List<Message> items) {
        if (items.size() == 1) return items.get(0);
        Message list = items.get(0);
        for (int i = 1; i < items.size() - 1; i++) list = Message.of("list.comma", list, items.get(i));
        return Message.of("list.and", list, items.get(items.size() - 1));
    }

    /** The examples a student may be shown, by what they seem to be after. */
    static final List<String> EXAMPLES = List.of("physics", "percentage", "equation");

    private static final Pattern PHYSICS = Pattern.compile("(?iu)\\b(speed|velocity|velocidad|force|fuerza|energy|energía"
            + "|power|potencia|mass|masa|current|corriente|voltage|voltaje|resistance|resistencia|pressure|presión"
            + "|density|densidad|acceleration|aceleración|momentum|wave|onda|frequency|frecuencia|weight|peso)\\b"
            + "|\\d\\s*(km/h|m/s|kg|N|J|kJ|W|kW|V|A|mA|Ω|ohms?|Hz)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?iu)%|\\bper\\s*cent|\\bporcentaje|\\bpor\\s+ciento");

    /** The example that fits the refused text: physics for a text of forces and speeds, percentages, else an equation. */
    static String exampleFor(String refused) {
        String text = refused == null ? "" : refused.toLowerCase(Locale.ROOT);
        if (PERCENT.matcher(text).find()) return "percentage";
        if (refused != null && PHYSICS.matcher(refused).find()) return "physics";
        return "equation";
    }

    /** The refusal for this text: why the reader did not read it where it says (three resistors), else what it can check. */
    public static Message refusal(String text) {
        Message why = ProblemReader.whyNotRead(text);
        return why.equals(ProblemReader.CANNOT_CHECK_SAID) ? whatCanBeChecked(text) : why;
    }
}
