package app.stepwise.grade;

import app.stepwise.grade.LineCheck.Status;
import app.stepwise.math.Equations;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.math.Statement.Equation;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks working on simultaneous linear equations ({@code 2x + y = 7; x - y = 2}), each line on its own. The system has
 * exactly one solution, so a line is a consequence of the system exactly when every equation on it is true there (a
 * substitution {@code 2x + (x - 2) = 7}, an elimination {@code 3x = 9}, a value {@code x = 3}); a line that is false
 * there is the first mistake. Each line is judged by exact arithmetic at that solution. After a mistake, a line that
 * states the same as the student's own previous line is carried forward rather than marked wrong again.
 */
final class SystemSteps {
    private SystemSteps() {}

    /** At most this many unknowns: a system a student solves by hand. */
    static final int MAX_UNKNOWNS = 4;

    /**
     * @param start the equations, separated by {@code ;}
     * @throws MathSyntaxException when the start is not a linear system with exactly one solution (a pack error)
     */
    static LineCheck.Report check(String start, List<String> lines, List<String> reference) throws MathSyntaxException {
        Map<String, Rational> solution = solution(start);
        Map<String, Expr> at = new HashMap<>();
        solution.forEach((k, v) -> at.put(k, new Expr.Num(v, false)));
        Parser.Context context = Parser.Context.of(solution.keySet());
        List<Statement> refs = new ArrayList<>();
        for (String r : reference) {
            try {
                refs.add(Statement.collapse(Parser.parse(StepChecker.tidy(r), context)));
            } catch (MathSyntaxException e) {
                refs.add(null); // keeps the step numbers
            }
        }
        List<Statement> said = new ArrayList<>(); // each judged line's statement, in order
        Own own = new Own(equations(start), new HashMap<>());
        LineLoop.Result<Statement> result = LineLoop.run(lines, null, (n, raw, text, before, afterError) -> {
            LineLoop.Judged<Statement> j = judgeLine(n, raw, text, before, afterError, context, solution.keySet(), at, refs,
                    own);
            // the values the student has given each unknown so far, for the lines after a mistake
            if (j.line() != null)
                for (Statement p : parts(Statement.collapse(j.line())))
                    if (Statement.collapse(p) instanceof Equation e && e.lhs() instanceof Expr.Var v
                            && Exprs.variables(e.rhs()).isEmpty())
                        own.values().put(v.name(), e.rhs());
            // an unreadable line keeps its place (null): the answer a working ends with must be one Stepwise can read
            if (j.verdict() != null && j.verdict().status() != Status.NOTE) said.add(j.line());
            return j;
        });
        Statement last = result.last();
        Optional<Boolean> finalRight = last == null
                ? Optional.empty()
                : Optional.of(answered(said, solution.keySet(), at));
        int furthest = result.furthest();
        Optional<Integer> next = furthest < refs.size() ? Optional.of(furthest + 1) : Optional.empty();
        return new LineCheck.Report(result.lines(), result.firstError(), finalRight, next);
    }

    /**
     * The answer the working ends with: it ends with a line giving values ({@code y = 1}, or {@code x = 3, y = 1}), and
     * the last value given for each unknown ({@code x = 3} lines earlier) is true at the solution. grade13: an answer on
     * two lines was not taken as the answer.
     */
    static boolean answered(List<Statement> said, Set<String> unknowns, Map<String, Expr> at) {
        Set<String> named = new HashSet<>();
        boolean ended = false; // the working ends with a value (a check in numbers after it aside)
        for (int k = said.size() - 1; k >= 0 && !named.containsAll(unknowns); k--) {
            Statement s = said.get(k);
            if (s == null && !ended) return false; // (1, 4) unread after y = 1: the last answer written is not known
            if (s == null) continue;
            Set<String> values = valuesNamed(s);
            // check: 2(3) + 3(2) = 12 after the values; a pair (1, 4) is an answer, and is judged as one
            if (!ended && Statement.collapse(s) instanceof Equation && Exprs.variables(s).isEmpty()) continue;
            if (!ended && values.isEmpty()) return false;
            ended = true;
            // each unknown's last value is the answer given for it (3 + y = 4 between x = 3 and y = 1 is working)
            Set<String> fresh = new HashSet<>(values);
            fresh.removeAll(named);
            if (fresh.isEmpty()) continue;
            if (!holds(s, at)) return false;
            named.addAll(fresh);
        }
        return named.containsAll(unknowns);
    }

    /** One line: each statement on it in turn, the first wrong one decides. */
                                                                               /** The system's equations and the last value the student gave each unknown. */
    private record Own(List<Equation> system, Map<String, Expr> values) {}

    private static LineLoop.Judged<Statement> judgeLine(int n, String raw, String text, Statement before, boolean afterError,
            Parser.Context context, Set<String> unknowns, Map<String, Expr> at, List<Statement> refs, Own own) {
        // "adding gives 6x = 18 so x = 3": each statement on the line is judged, words and labels are not math
        LineLoop.Judged<Statement> judged = null;
        Statement previous = before;
        // "X = 7 Y = 2": capitals for the unknowns, two values with no separator (ans15)
        String math = StudentWriting.separated(StudentWriting.capitals(text, context.names()), context.names());
        for (String written : StepChecker.CONNECTIVE.split(math)) {
            String part = StepChecker.withoutLabel(written); // "adding: 2x = 14"
            if (StepChecker.wordsClaim(part, context.names()))
                return new LineLoop.Judged<>(new LineCheck(n, raw, LineCheck.Status.UNREADABLE, Optional.empty(),
                        Message.of("line.cannotRead", Message.of("line.wordsClaim")), Optional.empty()), null);
            if (StepChecker.isNote(part) || StepChecker.wordsOnly(part, context.names())) continue;
            LineLoop.Judged<Statement> one = judge(n, raw, part, previous, afterError, context, unknowns, at, refs, own);
            if (one.line() == null || one.verdict().status() == Status.INVALID) return one;
            judged = one;
            previous = one.line();
        }
        return judged == null ? new LineLoop.Judged<>(null, before) : judged;
    }

    /** One statement of a line: true at the system's solution, or (after a mistake) following from the line before. */
    private static LineLoop.Judged<Statement> judge(int n, String raw, String part, Statement before, boolean afterError,
            Parser.Context context, Set<String> unknowns, Map<String, Expr> at, List<Statement> refs, Own own) {
        Statement line;
        try {
            // (3, 1) for x = 3, y = 1: a pair gives the unknowns in alphabetical order, as the answer checker reads it
            line = Parser.parse(AnswerChecker.coordinates(part, unknowns).orElse(part), context);
        } catch (MathSyntaxException e) {
            return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                    Message.of("line.cannotRead", e.said()), Optional.empty()), null);
        }
        Statement stated = Statement.collapse(line);
        Optional<String> stray = stray(line, unknowns);
        if (stray.isPresent()) {
            return new LineLoop.Judged<>(new LineCheck(n, raw, Status.INVALID, Optional.empty(),
                    Message.of("line.notAnUnknown", stray.get()), Optional.empty()), stated);
        }
        if (holds(line, at)) {
            Optional<Integer> ref = afterError ? Optional.empty() : StepChecker.align(stated, refs);
            return new LineLoop.Judged<>(new LineCheck(n, raw, ref.isPresent() ? Status.ON_PATH : Status.VALID,
                    Optional.empty(), Message.of(ref.isPresent() ? "line.goodStep" : "line.followsFromSystem"), ref),
                    stated);
        }
        if (afterError && (before instanceof Equation pe && stated instanceof Equation le
                && Equations.sameSolutions(pe, le).equivalent() || fromOwnValues(stated, own))) {
            return new LineLoop.Judged<>(new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.carriedForward"), Optional.empty()), stated);
        }
        return new LineLoop.Judged<>(new LineCheck(n, raw, Status.INVALID, Optional.of(Misconception.ARITHMETIC_SLIP),
                Message.of("line.systemNotTrue"), Optional.empty()), stated);
    }

    /**
     * After a mistake, {@code y = 7} after {@code x = 3} for x + y = 10: the line solves one of the system's equations
     * for its one unknown, with the student's own values of the others (grade14: it was marked wrong a second time).
     */
    private static boolean fromOwnValues(Statement stated, Own own) {
        if (!(stated instanceof Equation le) || Exprs.variables(le).size() != 1) return false;
        String x = Exprs.variables(le).iterator().next();
        for (Equation e : own.system()) {
            Set<String> others = new HashSet<>(Exprs.variables(e));
            if (!others.remove(x) || !own.values().keySet().containsAll(others)) continue;
            Map<String, Expr> put = new HashMap<>();
            for (String o : others) put.put(o, own.values().get(o));
            Equation inX = new Equation(Exprs.substitute(e.lhs(), put), Exprs.substitute(e.rhs(), put));
            if (Equations.sameSolutions(inX, le).equivalent()) return true;
        }
        return false;
    }

    /** The system's equations, one between each pair of semicolons. */
    private static List<Equation> equations(String start) throws MathSyntaxException {
        List<Equation> equations = new ArrayList<>();
        for (String part : start.split(";")) {
            if (part.isBlank()) continue;
            if (!(Statement.collapse(Parser.parse(part.strip(), Parser.Context.DEFINING)) instanceof Equation e))
                throw new MathSyntaxException(Message.of("system.equationsOnly"), 0);
            equations.add(e);
        }
        return equations;
    }

    /** The one solution of a linear system, exactly, by elimination. */
    static Map<String, Rational> solution(String start) throws MathSyntaxException {
        List<Equation> equations = equations(start);
        Set<String> names = new TreeSet<>();
        for (Equation e : equations) names.addAll(Exprs.variables(e));
        List<String> vars = List.copyOf(names);
        if (vars.isEmpty() || vars.size() > MAX_UNKNOWNS || equations.size() != vars.size())
            throw new MathSyntaxException(Message.of("system.asManyEquations", MAX_UNKNOWNS), 0);
        int n = vars.size();
        Rational[][] m = new Rational[n][n + 1];
        for (int i = 0; i < n; i++) {
            Expr f = new Expr.Add(List.of(equations.get(i).lhs(), new Expr.Neg(equations.get(i).rhs())));
            Rational c0 = valueAt(f, vars, point(n, -1, Rational.of(0)));
            for (int j = 0; j < n; j++) m[i][j] = valueAt(f, vars, point(n, j, Rational.of(0))).subtract(c0);
            m[i][n] = c0.negate();
            // linear: the value at another point is what the coefficients predict
            Rational[] probe = new Rational[n];
            Rational predicted = c0;
            for (int j = 0; j < n; j++) {
                probe[j] = Rational.of(j + 2, 3);
                predicted = predicted.add(m[i][j].multiply(probe[j]));
            }
            if (!valueAt(f, vars, probe).equals(predicted)) throw new MathSyntaxException(Message.of("system.linear"), 0);
        }
        for (int col = 0; col < n; col++) {
            int pivot = -1;
            for (int r = col; r < n; r++) if (!m[r][col].isZero()) pivot = r;
            if (pivot < 0) throw new MathSyntaxException(Message.of("line.systemNoSolution"), 0);
            Rational[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            for (int r = 0; r < n; r++) {
                if (r == col || m[r][col].isZero()) continue;
                Rational k = m[r][col].divide(m[col][col]);
                for (int c = col; c <= n; c++) m[r][c] = m[r][c].subtract(k.multiply(m[col][c]));
            }
        }
        Map<String, Rational> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) out.put(vars.get(i), m[i][n].divide(m[i][i]));
        return out;
    }

    /** The point with 1 at {@code one} and 0 elsewhere ({@code one} = -1: the origin). */
    private static Rational[] point(int n, int one, Rational zero) {
        Rational[] p = new Rational[n];
        for (int j = 0; j < n; j++) p[j] = j == one ? Rational.of(1) : zero;
        return p;
    }

    private static Rational valueAt(Expr f, List<String> vars, Rational[] p) throws MathSyntaxException {
        Map<String, Expr> at = new HashMap<>();
        for (int j = 0; j < vars.size(); j++) at.put(vars.get(j), new Expr.Num(p[j], false));
        return Exprs.exactValue(Exprs.substitute(f, at))
                .orElseThrow(() -> new MathSyntaxException(Message.of("system.linear"), 0));
    }

    private static List<Statement> parts(Statement s) {
        return s instanceof Statement.Alternatives a ? a.options() : List.of(s);
    }

    /** A letter that is none of the unknowns: z in a system in x and y. */
    private static Optional<String> stray(Statement s, Set<String> unknowns) {
        Set<String> extra = new HashSet<>(Exprs.variables(s));
        extra.removeAll(unknowns);
        return extra.stream().sorted().findFirst();
    }

    /** Every equation (and every link of a chain) on the line is true at the solution. */
    private static boolean holds(Statement s, Map<String, Expr> at) {
        for (Statement p : parts(s)) {
            List<Expr> sides = switch (p) {
                case Equation e -> List.of(e.lhs(), e.rhs());
                case Statement.Chain c -> c.parts();
                case Statement.Expression x -> List.of();
                case Statement.Alternatives a -> List.of();
                case Statement.SetOf set -> List.of();
            };
            if (sides.size() < 2) return false;
            for (int k = 1; k < sides.size(); k++) if (!equalAt(sides.get(k - 1), sides.get(k), at)) return false;
        }
        return true;
    }

    /** Equal at the solution, by exact arithmetic only: no tolerance can let a wrong value through. */
    private static boolean equalAt(Expr a, Expr b, Map<String, Expr> at) {
        Optional<Rational> x = Exprs.exactValue(Exprs.substitute(a, at));
        Optional<Rational> y = Exprs.exactValue(Exprs.substitute(b, at));
        return x.isPresent() && y.isPresent() && x.get().equals(y.get());
    }

    /** The unknowns a line gives values ({@code x = 3, y = 1}); empty when any part of it is not such a value. */
    private static Set<String> valuesNamed(Statement s) {
        Set<String> named = new HashSet<>();
        for (Statement p : parts(Statement.collapse(s))) {
            if (!(Statement.collapse(p) instanceof Equation e && e.lhs() instanceof Expr.Var v
                    && Exprs.variables(e.rhs()).isEmpty()))
                return Set.of();
            named.add(v.name());
        }
        return named;
    }
}
