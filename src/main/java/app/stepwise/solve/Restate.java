package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem that was read from someone's text, said again in the plainest of the frames the model was trained on
 * ("Solve 5x = -27.", "Given a mass of 65 kg and a kinetic energy of 2940 J, calculate the speed of the object."). The model reads its
 * own frames far better than a teacher's or a textbook's wording; the reading it is built from is the verified one,
 * so the restatement asks exactly what the student's text asks. Only training frames are used, never held-out ones.
 */
public final class Restate {
    private Restate() {}

    /** The physics frame with the givens listed before the question: "Given {givens}, calculate the {u} of the {obj}." */
    private static final int PHYSICS_FRAME = 2;

    private static final Pattern PERCENT_START = Pattern.compile("^\\s*(\\S+)\\s*/\\s*100\\s*×\\s*(\\S+)\\s*$");

    /**
     * The problem of a verified worked solution in a training frame, or empty when its kind has none.
     *
     * @param w       the worked solution the reading gave
     * @param unknown the letter asked for (math), empty for an expression task
     */
    public static Optional<String> plainly(Worked w, String unknown) {
        String start = tidy(w.start());
        return switch (w.task()) {
            case PHYSICS -> physics(w);
            case SOLVE -> solve(start, unknown);
            case SYSTEM -> {
                String[] eqs = start.split(";");
                yield eqs.length == 2
                        ? Optional.of(fill(Frames.SYSTEM.get(0), Map.of("e1", eqs[0].strip(), "e2", eqs[1].strip())))
                        : Optional.empty();
            }
            case DIFFERENTIATE -> Optional.of(fill(Frames.DIFFERENTIATE.get(0),
                    Map.of("f", start, "x", unknown.isEmpty() ? "x" : unknown)));
            case EVALUATE -> {
                Matcher pc = PERCENT_START.matcher(start);
                yield Optional.of(w.family().equals("percentages") && pc.matches()
                        ? fill(Frames.PERCENT.get(0), Map.of("p", pc.group(1), "n", pc.group(2)))
                        : fill(Frames.CALCULATE.get(0), Map.of("e", start)));
            }
            case SIMPLIFY -> Optional.of(fill(Frames.SIMPLIFY.get(0), Map.of("e", start)));
            case EXPAND -> Optional.of(fill(Frames.EXPAND.get(0), Map.of("e", start)));
            case FACTOR -> Optional.of(fill(Frames.FACTOR.get(0), Map.of("e", start)));
        };
    }

    /**
     * A math problem known only by its task and start (a pack problem's working): the unknown of an equation is its one
     * letter; empty for physics, for an equation in several letters, and for a task with no frame.
     */
    public static Optional<String> plainly(Task task, String start) {
        if (task == Task.PHYSICS) return Optional.empty();
        String unknown = "";
        if (task == Task.SOLVE || task == Task.DIFFERENTIATE) {
            try {
                Set<String> letters = Exprs.variables(Parser.parse(start));
                if (letters.size() != 1) return Optional.empty();
                unknown = letters.iterator().next();
            } catch (MathSyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }
        Worked w = new Worked("", "", task, start, List.of(), List.of(), "", "", List.of(),
                Map.of(), 0, Double.NaN);
        return plainly(w, unknown);
    }

    /** One letter: "Solve {eq}." (x) or "Solve the equation {eq} for {x}."; several letters: "Make {s} the subject of {f}." */
    private static Optional<String> solve(String equation, String unknown) {
        int letters;
        try {
            letters = Exprs.variables(Parser.parse(equation)).size();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        if (unknown.isEmpty()) return Optional.empty();
        if (letters > 1)
            return Optional.of(fill(Frames.REARRANGE.get(0), Map.of("s", unknown, "f", lettersApart(equation))));
        return Optional.of(unknown.equals("x")
                ? fill(Frames.SOLVE.get(0), Map.of("eq", equation))
                : fill(frame(Frames.SOLVE, "Solve the equation {eq} for {x}."), Map.of("eq", equation, "x", unknown)));
    }

    /** The same physics problem written again by its own family in the givens-first frame, with the givens as symbols. */
    private static Optional<String> physics(Worked w) {
        Optional<Family> family = Solvers.family(w.family());
        // a two-formula problem (PhysicsChains) has no one-formula frame: its second formula alone would hand the model
        // the first one's result as a given
        if (family.isEmpty() || w.params().isEmpty() || w.params().containsKey(PhysicsChains.CHAIN)) return Optional.empty();
        Map<String, String> p = new LinkedHashMap<>(family.get() instanceof PhysicsFamilies.Formula f
                ? f.inGeneratorUnits(w.params())
                : w.params());
        p.remove("story");
        p.put("object", "object");
        p.put("order", "2"); // a listing order whose style names each given ("a mass of 65 kg"), no number in words
        try {
            Worked again = Solvers.solve(family.get(), p, PHYSICS_FRAME);
            return again.answer().equals(w.answer()) ? Optional.of(again.statement()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A bracket around one number or letter, not touching a letter, number or bracket (a product or a function's argument). */
    private static final Pattern BRACKETED_ATOM = Pattern.compile("(?<![\\w.)])\\(([\\w.]+)\\)(?![\\w.(])");

    /** A bracket around a plain fraction of two atoms, between terms only (+, -, =, a bracket, or the ends). */
    private static final Pattern BRACKETED_FRACTION = Pattern.compile(
            "(?<=^|[=+\\-(,;]|[=+\\-(,;]\\s)\\(([\\w.]+/[\\w.]+)\\)(?=$|[=+\\-),;]|\\s[=+\\-),;])");

    /**
     * Brackets that LaTeX or careful typing left around plain numbers, letters and fractions removed, as the model's
     * problems are written: {@code ((m)/(4)) = -3} is {@code m/4 = -3}. Negative numbers keep theirs, and a bracket that
     * multiplies, divides or is raised keeps its own, so the math is unchanged.
     */
    static String tidy(String math) {
        String s = math, before;
        do {
            before = s;
            s = BRACKETED_ATOM.matcher(s).replaceAll("$1");
            s = BRACKETED_FRACTION.matcher(s).replaceAll("$1");
        } while (!s.equals(before));
        return s;
    }

    /** A run of two or more letters: a product written without spaces (2as, mc^2), or a function's name. */
    private static final Pattern LETTER_RUN = Pattern.compile("(?<![\\p{L}_])\\p{L}{2,}");

    /**
     * A formula with the letters of each product set apart, as the corpus writes every formula to rearrange (v^2 = u^2
     * + 2a s, E = m c^2): 2.10.0, given "Make s the subject of v^2 = u^2 + 2as.", wrote another letter for s (session
     * 20). A function's name stays whole (sin x, arcsin x, sinh x: the longest name the parser knows), and so does a
     * subscript (v_max). The math is unchanged: the reader
     * reads 2as as 2 × a × s.
     */
    static String lettersApart(String formula) {
        return LETTER_RUN.matcher(formula).replaceAll(m -> {
            String run = m.group();
            List<String> parts = new java.util.ArrayList<>();
            for (int i = 0; i < run.length();) {
                int at = i;
                // the longest function name the parser reads that starts here: arcsin, not a r c sin; sinh, not sin h
                String name = Parser.functionNames().stream().filter(f -> run.startsWith(f, at))
                        .max(java.util.Comparator.comparingInt(String::length))
                        .orElse(run.substring(at, run.offsetByCodePoints(at, 1)));
                parts.add(name);
                i += name.length();
            }
            return Matcher.quoteReplacement(String.join(" ", parts));
        });
    }

    private static String frame(List<String> pool, String wanted) {
        int i = pool.indexOf(wanted);
        if (i < 0 || i >= pool.size() - Frames.HELD_OUT) throw new IllegalStateException("not a training frame: " + wanted);
        return wanted;
    }

    private static String fill(String frame, Map<String, String> values) {
        String s = frame;
        for (var e : values.entrySet()) s = s.replace("{" + e.getKey() + "}", e.getValue());
        return s;
    }
}
