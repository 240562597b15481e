package app.stepwise.grade;

import app.stepwise.grade.LineCheck.Status;
import app.stepwise.math.Budget;
import app.stepwise.math.Derivative;
import app.stepwise.math.MathLimitException;
import app.stepwise.math.Equations;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Polynomials;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Statement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a student's working line by line. Each line is judged against the last valid line (or, after a
 * mistake, against the student's own previous line, so one slip does not mark every later line wrong);
 * a wrong line is explained by the misconception whose buggy rule turns the previous line into it.
 */
public final class StepChecker {
    private StepChecker() {}

    /**
     * @param task      solve, simplify, expand, factor or evaluate
     * @param start     the starting equation or expression
     * @param lines     the student's lines
     * @param reference the reference reasoning's lines (solver or model), possibly empty
     */
    public static LineCheck.Report check(String task, String start, List<String> lines, List<String> reference)
            throws MathSyntaxException {
        Statement origin = Statement.collapse(Parser.parse(start, Parser.Context.DEFINING));
        Statement previous = origin;
        Parser.Context context = Parser.Context.of(Exprs.variables(origin));
        if (task.equals("differentiate") && previous instanceof Statement.Expression fx) {
            // the working states the derivative: each line is judged against f'(x), not f(x)
            var vars = Exprs.variables(fx.expr());
            String x = vars.contains("x") ? "x" : vars.stream().findFirst().orElse("x");
            try {
                previous = new Statement.Expression(Derivative.of(fx.expr(), x));
            } catch (MathLimitException e) {
                throw new MathSyntaxException(e.getMessage(), -1);
            }
        }
        List<Statement> refs = new ArrayList<>();
        for (String r : reference) {
            try {
                refs.add(Statement.collapse(Parser.parse(tidy(r), Parser.Context.DEFINING)));
            } catch (MathSyntaxException e) {
                refs.add(null); // an unreadable reference step matches nothing but keeps its number
            }
        }
        List<LineCheck> out = new ArrayList<>();
        Optional<Integer> firstError = Optional.empty();
        Statement last = null;
        int furthest = 0;
        long started = Budget.now();
        Statement initial = previous;
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            String text = tidy(raw);
            if (isNote(text)) {
                out.add(new LineCheck(n, raw, Status.NOTE, Optional.empty(), "", Optional.empty()));
                continue;
            }
            Statement before = last == null ? initial : last;
            boolean afterError = firstError.isPresent();
            Judged judged = Checks.bounded(started, () -> judgeLine(n, raw, text, before, refs, afterError, context),
                    reason -> new Judged(cannotCheck(n, raw, reason), null));
            LineCheck verdict = judged.verdict();
            if (verdict == null) {
                out.add(new LineCheck(n, raw, Status.NOTE, Optional.empty(), "", Optional.empty()));
                continue;
            }
            if (verdict.status() == Status.UNREADABLE || judged.line() == null) {
                out.add(verdict);
                if (firstError.isEmpty()) firstError = Optional.of(n);
                continue;
            }
            out.add(verdict);
            if (verdict.reference().isPresent()) furthest = Math.max(furthest, verdict.reference().get());
            if (verdict.status() == Status.INVALID && firstError.isEmpty()) firstError = Optional.of(n);
            last = judged.line(); // valid or not: later lines are judged against the student's own line
        }
        Optional<Integer> next = furthest < refs.size() ? Optional.of(furthest + 1) : Optional.empty();
        Statement lastLine = last;
        Optional<Boolean> answer = Checks.bounded(Budget.now(), () -> finalAnswer(task, origin, lastLine),
                reason -> Optional.empty());
        return new LineCheck.Report(out, firstError, answer, next);
    }

    static LineCheck cannotCheck(int n, String raw, String reason) {
        return new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(), "Stepwise cannot check this line: " + reason + ".",
                Optional.empty());
    }

    /** One judged line: its verdict (null for words only) and the statement later lines are judged against. */
    private record Judged(LineCheck verdict, Statement line) {}

    /**
     * Judges one line against the line before it. "3x = 15 so x = 5" holds two steps, judged in turn; the line takes
     * the first bad verdict. A line that could be read two ways ({@code 1/2x}) is read by the rule; when only the other
     * reading follows, the student is asked to say which they mean instead of being told the line is wrong.
     */
    private static Judged judgeLine(int n, String raw, String text, Statement previous, List<Statement> refs,
            boolean afterError, Parser.Context context) {
        LineCheck verdict = null;
        Statement line = null;
        for (String part : CONNECTIVE.split(text)) {
            if (isNote(part)) continue;
            Parser.Reading reading;
            try {
                reading = Parser.read(part, context);
            } catch (MathSyntaxException e) {
                return new Judged(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                        "Stepwise cannot read this line: " + e.getMessage() + ".", Optional.empty()), null);
            }
            Statement before = line == null ? previous : line;
            Statement stated = Statement.collapse(reading.statement());
            LineCheck partVerdict = judgeStatement(n, raw, reading.statement(), before, refs, afterError);
            if (partVerdict.status() == Status.INVALID && reading.otherReading().isPresent()) {
                LineCheck other = judgeStatement(n, raw, reading.otherReading().get(), before, refs, afterError);
                if (other.status() == Status.VALID || other.status() == Status.ON_PATH) {
                    return new Judged(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                            "This line can be read two ways, and only one of them follows. " + reading.warningText(),
                            Optional.empty()), null);
                }
            }
            if (!reading.warnings().isEmpty()) {
                partVerdict = new LineCheck(n, raw, partVerdict.status(), partVerdict.misconception(),
                        partVerdict.message() + " " + reading.warningText(), partVerdict.reference());
            }
            if (verdict == null || verdict.status() != Status.INVALID) verdict = partVerdict;
            line = stated;
        }
        return new Judged(verdict, line);
    }

    private static LineCheck judgeStatement(int n, String raw, Statement parsed, Statement before, List<Statement> refs,
            boolean afterError) {
        Optional<String> brokenLink = brokenChainLink(parsed);
        Statement stated = Statement.collapse(parsed);
        if (brokenLink.isPresent()) {
            return new LineCheck(n, raw, Status.INVALID, Optional.of(Misconception.ARITHMETIC_SLIP),
                    "The method is right, but " + brokenLink.get() + ".", Optional.empty());
        }
        if (follows(before, stated)) {
            Optional<Integer> ref = afterError ? Optional.empty() : align(stated, refs);
            String msg = afterError
                    ? "This follows from your previous line (the earlier mistake is carried forward)."
                    : ref.isPresent() ? "Good step." : "Correct.";
            return new LineCheck(n, raw, ref.isPresent() ? Status.ON_PATH : Status.VALID, Optional.empty(), msg, ref);
        }
        Optional<String> exact = rounded(before, stated);
        if (exact.isPresent()) {
            return new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    "Rounded correctly; the exact value is " + exact.get() + ".", Optional.empty());
        }
        Optional<Misconception> m = diagnose(before, stated);
        String detail = m.isPresent() && m.get() == Misconception.SIGN_ERROR_MOVING_TERM ? signDetail(before, stated) : "";
        return new LineCheck(n, raw, Status.INVALID, m,
                m.map(x -> x.message(detail)).orElse("This line does not follow from the line before it."),
                Optional.empty());
    }

    /** Words only, or an empty line: "so", "therefore", "answer:". */
    static boolean isNote(String text) {
        return text.isEmpty() || !text.matches(".*[0-9A-Za-zπ√].*")
                || text.matches("(?i)(so|then|therefore|thus|hence|now|answer|check)\\W*");
    }

    /**
     * The reference step that this line states: for equations, each side equivalent to the same side of the
     * step (or swapped), so {@code 3x = 20 - 5} is the step {@code 3x = 15} but {@code x = 5} is not; for
     * expressions, the same printed canonical text. The latest matching step wins.
     */
    static Optional<Integer> align(Statement line, List<Statement> refs) {
        for (int k = refs.size() - 1; k >= 0; k--) {
            Statement r = refs.get(k);
            if (r == null) continue;
            if (r instanceof Equation re && line instanceof Equation le) {
                if (sidesMatch(re.lhs(), re.rhs(), le.lhs(), le.rhs()) || sidesMatch(re.lhs(), re.rhs(), le.rhs(), le.lhs()))
                    return Optional.of(k + 1);
            } else if (r instanceof Statement.Alternatives || r instanceof Statement.SetOf) {
                Optional<List<Expr>> a = SolutionSets.values(r);
                Optional<List<Expr>> b = SolutionSets.values(line);
                if (a.isPresent() && b.isPresent() && SolutionSets.compare(a.get(), b.get()).same()) return Optional.of(k + 1);
            } else if (Printer.text(r).equals(Printer.text(line))) {
                return Optional.of(k + 1);
            }
        }
        return Optional.empty();
    }

    private static boolean sidesMatch(Expr a, Expr b, Expr c, Expr d) {
        return Equivalence.of(a, c).equivalent() && Equivalence.of(b, d).equivalent();
    }

    private static final Pattern CONNECTIVE = Pattern
            .compile("\\s+(?i:so|therefore|then|hence|thus|which gives|gives)\\s+|\\s*(?:⇒|=>|→|->|∴)\\s*");

    static String tidy(String raw) {
        String t = raw.strip();
        t = t.replaceFirst("^(?i)(so|then|therefore|thus|hence|now|answer|ans)\\b[,:]?\\s*", "");
        t = t.replaceFirst("^(∴|⇒|=>|->|→)\\s*", "");
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t.strip();
    }

    private static Optional<String> brokenChainLink(Statement s) {
        if (!(s instanceof Statement.Chain c)) return Optional.empty();
        for (int k = 1; k + 1 < c.parts().size(); k++) {
            if (!Equivalence.of(c.parts().get(k), c.parts().get(k + 1)).equivalent()) {
                return Optional.of(Printer.text(c.parts().get(k)) + " is not " + Printer.text(c.parts().get(k + 1)));
            }
        }
        return Optional.empty();
    }

    /** Whether line states the same thing as previous (same solutions, or the same expression). */
    static boolean follows(Statement previous, Statement line) {
        if (previous instanceof Equation pe) {
            if (line instanceof Equation le) return Equations.sameSolutions(pe, le).equivalent();
            Optional<List<Expr>> values = valuesOf(line);
            Optional<List<Expr>> expected = solutionValues(pe);
            if (values.isPresent() && expected.isEmpty()) {
                // irrational solutions (x = -1 ± √3): each value satisfies the equation, and there are as many as it has
                Optional<Integer> count = Equations.realSolutionCount(pe);
                var vars = Exprs.variables(new Statement.Equation(pe.lhs(), pe.rhs()));
                if (count.isEmpty() || vars.size() != 1 || values.get().size() != count.get()) return false;
                String x = vars.iterator().next();
                return values.get().stream().allMatch(v -> Equations.satisfies(pe, Map.of(x, v)))
                        && SolutionSets.compare(values.get(), values.get()).same() && distinct(values.get());
            }
            return values.isPresent() && expected.isPresent() && SolutionSets.compare(expected.get(), values.get()).same();
        }
        if (previous instanceof Statement.Expression px && line instanceof Statement.Expression lx) {
            return Equivalence.of(px.expr(), lx.expr()).equivalent();
        }
        if (previous instanceof Statement.Expression px && line instanceof Equation le && !(le.lhs() instanceof Expr.Var)) {
            // "3 + (-8) = -5": working written as an equality; both sides must be the expression's value
            return Equivalence.of(px.expr(), le.lhs()).equivalent() && Equivalence.of(px.expr(), le.rhs()).equivalent();
        }
        if (previous instanceof Statement.Expression px && line instanceof Equation le && le.lhs() instanceof Expr.Var) {
            return Equivalence.of(px.expr(), le.rhs()).equivalent(); // "y = 2x + 2" naming the simplified expression
        }
        if (previous instanceof Statement.Alternatives || previous instanceof Statement.SetOf) {
            Optional<List<Expr>> a = valuesOf(previous);
            Optional<List<Expr>> b = valuesOf(line);
            return a.isPresent() && b.isPresent() && SolutionSets.compare(a.get(), b.get()).same();
        }
        return false;
    }

    /**
     * The values a line states: {@code x = 2 or x = -3}, {@code {2, -3}}, and also alternatives still to be solved,
     * {@code x + 6 = 0 or x - 5 = 0}, whose solutions are collected.
     */
    static Optional<List<Expr>> valuesOf(Statement s) {
        Optional<List<Expr>> direct = SolutionSets.values(s);
        if (direct.isPresent() || !(s instanceof Statement.Alternatives alt)) return direct;
        List<Expr> all = new ArrayList<>();
        for (Statement o : alt.options()) {
            if (!(Statement.collapse(o) instanceof Equation e)) return Optional.empty();
            Optional<List<Expr>> vs = SolutionSets.values(e).or(() -> solutionValues(e));
            if (vs.isEmpty()) return Optional.empty();
            all.addAll(vs.get());
        }
        return Optional.of(all);
    }

    private static boolean distinct(List<Expr> values) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++)
                if (Equivalence.of(values.get(i), values.get(j)).equivalent()) return false;
        }
        return true;
    }

    /** The solutions of a one-variable polynomial equation, when they can be listed exactly. */
    private static Optional<List<Expr>> solutionValues(Equation eq) {
        return Equations.rationalSolutions(eq).map(rs -> rs.stream().map(r -> (Expr) new Expr.Num(r, false)).toList());
    }

    /**
     * {@code x = 8.33} after {@code x = 25/3}: a decimal that is the exact solution rounded to the places written
     * (at least two significant figures). Returns the exact value to show.
     */
    static Optional<String> rounded(Statement previous, Statement line) {
        if (!(previous instanceof Equation pe) || !(line instanceof Equation le) || !(le.lhs() instanceof Expr.Var)
                || !(le.rhs() instanceof Expr.Num num && num.decimal()
                        || le.rhs() instanceof Neg ng && ng.operand() instanceof Expr.Num n2 && n2.decimal())) {
            return Optional.empty();
        }
        Optional<List<Rational>> exact = Equations.rationalSolutions(pe);
        Optional<List<Rational>> written = Equations.rationalSolutions(le);
        if (exact.isEmpty() || written.isEmpty() || exact.get().size() != 1 || written.get().size() != 1) return Optional.empty();
        BigDecimal w = written.get().get(0).toBigDecimal(MathContext.DECIMAL64).stripTrailingZeros();
        if (w.precision() < 2 || w.scale() < 1) return Optional.empty();
        BigDecimal e = exact.get().get(0).toBigDecimal(MathContext.DECIMAL128).setScale(w.scale(),
                RoundingMode.HALF_UP);
        return e.compareTo(w) == 0 ? Optional.of(exact.get().get(0).toString()) : Optional.empty();
    }

    /**
     * The lines each buggy rule makes from a correct line: what a student with that misconception would write
     * next. Used to generate labelled wrong work for training and for measuring the diagnosis.
     */
    public static Map<Misconception, List<Statement>> buggyLines(Statement previous) {
        Map<Misconception, List<Statement>> out = new EnumMap<>(Misconception.class);
        if (previous instanceof Equation pe) {
            out.put(Misconception.SIGN_ERROR_MOVING_TERM, List.copyOf(movedWithWrongSign(pe)));
            out.put(Misconception.DISTRIBUTED_FIRST_TERM_ONLY, List.copyOf(distributedFirstOnly(pe)));
            out.put(Misconception.DIVIDED_ONE_TERM_ONLY, List.copyOf(dividedOneTerm(pe)));
            out.put(Misconception.SQUARED_TERMWISE, List.copyOf(squaredTermwise(pe)));
        } else if (previous instanceof Statement.Expression px) {
            out.put(Misconception.DISTRIBUTED_FIRST_TERM_ONLY,
                    distributedFirstOnly(px.expr()).stream().map(e -> (Statement) new Statement.Expression(e)).toList());
            out.put(Misconception.SQUARED_TERMWISE,
                    squaredTermwise(px.expr()).stream().map(e -> (Statement) new Statement.Expression(e)).toList());
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** Tries each buggy rule on the previous line; the first that reproduces the student's line names the mistake. */
    static Optional<Misconception> diagnose(Statement previous, Statement line) {
        if (previous instanceof Statement.Alternatives || previous instanceof Statement.SetOf) {
            Optional<List<Expr>> all = SolutionSets.values(previous);
            Optional<List<Expr>> kept = SolutionSets.values(line);
            if (all.isPresent() && kept.isPresent()) {
                var c = SolutionSets.compare(all.get(), kept.get());
                if (c.matched() > 0 && c.matched() < c.expected() && c.extra() == 0)
                    return Optional.of(Misconception.DROPPED_ROOT);
                if (c.matched() > 0 && c.extra() > 0) return Optional.of(Misconception.ARITHMETIC_SLIP); // one value right, one worked out wrong
            }
            return Optional.empty();
        }
        if (previous instanceof Equation pe) {
            if (line instanceof Equation le) {
                for (Equation bug : movedWithWrongSign(pe))
                    if (same(bug, le)) return Optional.of(Misconception.SIGN_ERROR_MOVING_TERM);
                for (Equation bug : distributedFirstOnly(pe))
                    if (same(bug, le)) return Optional.of(Misconception.DISTRIBUTED_FIRST_TERM_ONLY);
                for (Equation bug : dividedOneTerm(pe))
                    if (same(bug, le)) return Optional.of(Misconception.DIVIDED_ONE_TERM_ONLY);
                for (Equation bug : squaredTermwise(pe)) if (same(bug, le)) return Optional.of(Misconception.SQUARED_TERMWISE);
                if (invertedFormula(pe, le)) return Optional.of(Misconception.INVERTED_FORMULA);
                if (oneSideOnly(pe, le)) return Optional.of(Misconception.ONE_SIDE_ONLY);
                if (droppedRoot(pe, le)) return Optional.of(Misconception.DROPPED_ROOT);
                if (sameShapeDifferentNumbers(pe, le)) return Optional.of(Misconception.ARITHMETIC_SLIP);
                if (Exprs.variables(new Statement.Equation(pe.lhs(), pe.rhs())).isEmpty()
                        && Exprs.variables(new Statement.Equation(le.lhs(), le.rhs())).isEmpty()) {
                    return Optional.of(Misconception.ARITHMETIC_SLIP); // 20/4 = 7 after 4/2 × 5/2 = 20/4
                }
            }
            if (line instanceof Statement.Alternatives || line instanceof Statement.SetOf) return Optional.empty();
        }
        if (previous instanceof Statement.Expression px && line instanceof Statement.Expression lx) {
            for (Expr bug : distributedFirstOnly(px.expr()))
                if (Equivalence.of(bug, lx.expr()).equivalent()) return Optional.of(Misconception.DISTRIBUTED_FIRST_TERM_ONLY);
            for (Expr bug : squaredTermwise(px.expr()))
                if (Equivalence.of(bug, lx.expr()).equivalent()) return Optional.of(Misconception.SQUARED_TERMWISE);
            if (Exprs.variables(px.expr()).equals(Exprs.variables(lx.expr())) && shape(px.expr()).equals(shape(lx.expr())))
                return Optional.of(Misconception.ARITHMETIC_SLIP);
            if (Exprs.variables(px.expr()).isEmpty() && Exprs.variables(lx.expr()).isEmpty())
                return Optional.of(Misconception.ARITHMETIC_SLIP);
            if (sameTermsOtherCoefficients(px.expr(), lx.expr())) return Optional.of(Misconception.ARITHMETIC_SLIP);
            return Optional.empty();
        }
        if (previous instanceof Statement.Expression px && line instanceof Equation le
                && Equivalence.of(px.expr(), le.lhs()).equivalent()) {
            return Optional.of(Misconception.ARITHMETIC_SLIP); // "19 - 70 = -53": the working is copied right, the result is not
        }
        return Optional.empty();
    }

    /** Both are polynomials in one variable and the line's terms are among the previous line's powers, with other numbers: 8x - 12 for 8x - 13. */
    private static boolean sameTermsOtherCoefficients(Expr previous, Expr line) {
        var vars = Exprs.variables(previous);
        if (vars.size() != 1 || !vars.equals(Exprs.variables(line))) return false;
        String x = vars.iterator().next();
        var a = Polynomials.coefficients(previous, x);
        var b = Polynomials.coefficients(line, x);
        if (a.isEmpty() || b.isEmpty() || a.get().length != b.get().length) return false;
        for (int i = 0; i < b.get().length; i++) if (!b.get()[i].isZero() && a.get()[i].isZero()) return false;
        return true;
    }

    /** The printed form with every number replaced by #: 19 - 71 and 19 - 70 have the same shape. */
    private static String shape(Expr e) {
        return Printer.text(e).replaceAll("\\d+(\\.\\d+)?", "#");
    }

    private static boolean same(Equation a, Equation b) {
        return Equations.sameSolutions(a, b).equivalent();
    }

    private static List<Expr> terms(Expr e) {
        return e instanceof Add a ? a.terms() : List.of(e);
    }

    private static Expr sum(List<Expr> ts) {
        return ts.isEmpty() ? Expr.num(0) : ts.size() == 1 ? ts.get(0) : new Add(ts);
    }

    /** a + t = b  →  a = b + t (the sign not changed), for each term t of either side. */
    private static List<Equation> movedWithWrongSign(Equation e) {
        List<Equation> out = new ArrayList<>();
        List<Expr> l = terms(e.lhs());
        List<Expr> r = terms(e.rhs());
        for (int i = 0; i < l.size() && l.size() > 1; i++) {
            List<Expr> rest = new ArrayList<>(l);
            Expr t = rest.remove(i);
            List<Expr> right = new ArrayList<>(r);
            right.add(t);
            out.add(new Equation(sum(rest), sum(right)));
        }
        for (int i = 0; i < r.size() && r.size() > 1; i++) {
            List<Expr> rest = new ArrayList<>(r);
            Expr t = rest.remove(i);
            List<Expr> left = new ArrayList<>(l);
            left.add(t);
            out.add(new Equation(sum(left), sum(rest)));
        }
        return out;
    }

    private static List<Equation> distributedFirstOnly(Equation e) {
        List<Equation> out = new ArrayList<>();
        for (Expr l : distributedFirstOnly(e.lhs())) out.add(new Equation(l, e.rhs()));
        for (Expr r : distributedFirstOnly(e.rhs())) out.add(new Equation(e.lhs(), r));
        return out;
    }

    /** k(a + b) → ka + b, wherever a product of a factor and a sum appears at the top of a term. */
    private static List<Expr> distributedFirstOnly(Expr e) {
        List<Expr> out = new ArrayList<>();
        List<Expr> ts = terms(e);
        for (int i = 0; i < ts.size(); i++) {
            Expr t = ts.get(i);
            boolean neg = t instanceof Neg;
            Expr core = neg ? ((Neg) t).operand() : t;
            if (core instanceof Mul m && m.factors().size() == 2 && m.factors().get(1) instanceof Add inner) {
                Expr k = m.factors().get(0);
                List<Expr> wrong = new ArrayList<>();
                wrong.add(new Mul(List.of(k, inner.terms().get(0))));
                wrong.addAll(inner.terms().subList(1, inner.terms().size()));
                Expr replaced = neg ? new Neg(new Add(wrong)) : new Add(wrong);
                List<Expr> nts = new ArrayList<>(ts);
                nts.set(i, replaced);
                out.add(sum(nts));
            }
        }
        return out;
    }

    /** ax + b = c  →  x + b = c/a: only one term divided. */
    private static List<Equation> dividedOneTerm(Equation e) {
        List<Equation> out = new ArrayList<>();
        List<Expr> l = terms(e.lhs());
        if (l.size() < 2) return out;
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Expr.Num k) {
                List<Expr> nl = new ArrayList<>(l);
                nl.set(i, m.factors().get(1));
                out.add(new Equation(sum(nl), new Div(e.rhs(), k)));
            }
        }
        return out;
    }

    private static List<Equation> squaredTermwise(Equation e) {
        List<Equation> out = new ArrayList<>();
        for (Expr l : squaredTermwise(e.lhs())) out.add(new Equation(l, e.rhs()));
        for (Expr r : squaredTermwise(e.rhs())) out.add(new Equation(e.lhs(), r));
        return out;
    }

    /** (a + b)² → a² + b². */
    private static List<Expr> squaredTermwise(Expr e) {
        List<Expr> out = new ArrayList<>();
        List<Expr> ts = terms(e);
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i) instanceof Pow p && p.base() instanceof Add inner
                    && Exprs.exactValue(p.exponent()).map(r -> r.equals(Rational.of(2))).orElse(false)) {
                List<Expr> sq = inner.terms().stream().map(t -> (Expr) new Pow(t, Expr.num(2))).toList();
                List<Expr> nts = new ArrayList<>(ts);
                nts.set(i, new Add(sq));
                out.add(sum(nts));
            }
        }
        return out;
    }

    /** v = a/b where the right rearrangement is v = b/a. */
    private static boolean invertedFormula(Equation prev, Equation line) {
        if (!(line.lhs() instanceof Expr.Var) || !(line.rhs() instanceof Div d)) return false;
        Equation flipped = new Equation(line.lhs(), new Div(d.denominator(), d.numerator()));
        return same(prev, flipped);
    }

    /** An operation applied to one side only: the line differs from the previous on exactly one side. */
    private static boolean oneSideOnly(Equation prev, Equation line) {
        boolean lhsSame = Equivalence.of(prev.lhs(), line.lhs()).equivalent();
        boolean rhsSame = Equivalence.of(prev.rhs(), line.rhs()).equivalent();
        return lhsSame != rhsSame && Exprs.variables(line.lhs()).equals(Exprs.variables(prev.lhs()))
                && !Exprs.variables(prev.lhs()).isEmpty() && !(prev.lhs() instanceof Expr.Var);
    }

    /** x² = 49 → x = 7: the line keeps some of the solutions and loses others. */
    private static boolean droppedRoot(Equation prev, Equation line) {
        Optional<List<Expr>> all = solutionValues(prev);
        Optional<List<Expr>> kept = SolutionSets.values(line).or(() -> solutionValues(line));
        if (all.isEmpty() || kept.isEmpty() || all.get().size() < 2) return false;
        var c = SolutionSets.compare(all.get(), kept.get());
        return c.matched() > 0 && c.matched() < c.expected() && c.extra() == 0;
    }

    /** The line has the form the right step would have (same variables on the same sides) but other numbers. */
    private static boolean sameShapeDifferentNumbers(Equation prev, Equation line) {
        return Exprs.variables(line.lhs()).size() + Exprs.variables(line.rhs()).size() > 0
                && Exprs.variables(new Statement.Equation(prev.lhs(), prev.rhs()))
                        .containsAll(Exprs.variables(new Statement.Equation(line.lhs(), line.rhs())))
                && Exprs.variables(line.rhs()).isEmpty() == Exprs.variables(prev.rhs()).isEmpty()
                || line.lhs() instanceof Expr.Var;
    }

    /** "moved + 5 to the right side without changing its sign: it becomes - 5 there", for the term that was moved. */
    static String signDetail(Statement previous, Statement line) {
        if (previous instanceof Equation pe && line instanceof Equation le) {
            List<Expr> l = terms(pe.lhs());
            List<Expr> r = terms(pe.rhs());
            for (int side = 0; side < 2; side++) {
                List<Expr> from = side == 0 ? l : r;
                for (int i = 0; i < from.size() && from.size() > 1; i++) {
                    List<Expr> rest = new ArrayList<>(from);
                    Expr t = rest.remove(i);
                    List<Expr> other = new ArrayList<>(side == 0 ? r : l);
                    other.add(t);
                    Equation bug = side == 0 ? new Equation(sum(rest), sum(other)) : new Equation(sum(other), sum(rest));
                    if (same(bug, le)) {
                        String term = Printer.text(t);
                        String kept = term.startsWith("-") ? "- " + term.substring(1).strip() : "+ " + term;
                        String flipped = term.startsWith("-") ? "+ " + term.substring(1).strip() : "- " + term;
                        return "moved " + kept + " to the " + (side == 0 ? "right" : "left")
                                + " side but kept its sign: it should become " + flipped + " there";
                    }
                }
            }
        }
        return "moved a term across the = without changing its sign";
    }

    /** For solve tasks: whether the last line gives values that satisfy the original equation. */
    private static Optional<Boolean> finalAnswer(String task, Statement origin, Statement last) {
        if (last == null || !(origin instanceof Equation eq)) return Optional.empty();
        if (!task.equals("solve")) return Optional.empty();
        Optional<List<Expr>> values = SolutionSets.values(last);
        if (values.isEmpty()) return Optional.empty();
        Optional<List<Expr>> expected = solutionValues(eq);
        if (expected.isPresent()) return Optional.of(SolutionSets.compare(expected.get(), values.get()).same());
        String x = Exprs.variables(new Statement.Equation(eq.lhs(), eq.rhs())).stream().findFirst().orElse("x");
        return Optional.of(values.get().stream().allMatch(v -> Equations.satisfies(eq, Map.of(x, v))));
    }
}
