package app.stepwise.grade;

import app.stepwise.lesson.Problem;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where the working checker reads a typed x as a times sign. One rule for the checkers and for the live preview beside
 * the working, so the preview never shows a reading other than the one checked (ui17: "m = 920 x 0.002" was previewed as
 * 920x·0.002 and checked as 920 × 0.002; a typed-in "Work out 920 x 0.002" was read as a product, and its first line,
 * the same "920 x 0.002", was marked wrong as 920 times a letter x).
 */
public final class TimesSigns {
    private TimesSigns() {}

    /**
     * A lone x, spaced, between a number (or a closing bracket) and a number or an opening bracket: "920 x 0.002",
     * "(-7) x (-8)", "(2 + 3) x 4". The problem reader's own rule for a typed-in problem.
     */
    private static final Pattern SPACED_BETWEEN_NUMBERS = Pattern.compile("(?<=[\\d)])\\s+[xX]\\s+(?=\\d|\\()");
    /** A lone x, spaced, between letters, digits or brackets: "1200 x 2.5", "m x g" where the problem has no x. */
    private static final Pattern SPACED_BETWEEN_TERMS = Pattern.compile("(?<=[\\p{L}\\d)])\\s+x\\s+(?=[\\p{L}\\d(])");
    /** A line that names x: "x = 0.05 m". */
    private static final Pattern NAMES_X = Pattern.compile("^x\\s*=");

    /**
     * Algebra: where the problem has no letter x (an evaluation of numbers, an equation in y), a spaced x between
     * numbers or brackets can only be a times sign; where it has one, x stays the letter.
     */
    static String inAlgebra(String line, boolean hasX) {
        return hasX ? line : SPACED_BETWEEN_NUMBERS.matcher(line).replaceAll(" × ");
    }

    /**
     * Physics: a spaced x between terms is a times sign where x names no quantity of the problem, and an x before a
     * number always is ({@link PhysicsSteps#timesBeforeNumbers}).
     */
    static String inPhysics(String line, boolean xIsAName) {
        String t = xIsAName ? line : SPACED_BETWEEN_TERMS.matcher(line).replaceAll(" × ");
        return PhysicsSteps.timesBeforeNumbers(t);
    }

    /** Whether an algebra start has the letter x (or X) in it; an unreadable start counts as having it. */
    static boolean hasX(Statement start) {
        var names = Exprs.variables(start);
        return names.contains("x") || names.contains("X");
    }

    /**
     * The lines of a problem's working as its checker reads their x: each x it reads as a times sign written ×, the
     * rest as typed. {@code reference}: the reference reasoning's lines, asked for only where they decide (a physics
     * problem whose reference names x).
     */
    public static List<String> asRead(Problem problem, Supplier<List<String>> reference, List<String> lines) {
        if (problem.work().isEmpty()) return lines;
        Problem.Work work = problem.work().get();
        return switch (WorkChecker.Method.of(work.task())) {
            case ALGEBRA -> {
                boolean hasX;
                try {
                    hasX = work.start() == null || hasX(Parser.parse(work.start(), Parser.Context.DEFINING));
                } catch (MathSyntaxException | RuntimeException e) {
                    hasX = true; // the checker cannot read the start either: nothing is read differently
                }
                boolean x = hasX;
                yield lines.stream().map(l -> inAlgebra(l, x)).toList();
            }
            case PHYSICS -> inPhysics(problem, reference, lines);
            case SYSTEM -> lines;
        };
    }

    /** x is a name where a given or the unknown is x, or the reference or an earlier line of the working names it. */
    private static List<String> inPhysics(Problem problem, Supplier<List<String>> reference, List<String> lines) {
        boolean named = problem.givens().stream().anyMatch(g -> Parser.symbolName(g.symbol()).equals("x"))
                || Parser.symbolName(problem.work().get().start() == null ? "" : problem.work().get().start()).equals("x");
        if (!named && lines.stream().anyMatch(l -> l.contains("x")))
            named = reference.get().stream().anyMatch(TimesSigns::namesX);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(inPhysics(line, named));
            named |= namesX(line);
        }
        return out;
    }

    private static boolean namesX(String line) {
        return NAMES_X.matcher(StepChecker.tidy(line)).find();
    }
}
