package app.stepwise.grade;

import app.stepwise.grade.LineCheck.Status;
import app.stepwise.lesson.Task;
import app.stepwise.math.Budget;
import app.stepwise.math.Derivative;
import app.stepwise.math.MathLimitException;
import app.stepwise.math.Equations;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr;
import app.stepwise.math.Forms;
import app.stepwise.math.ItemLabels;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Polynomials;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Statement;
import app.stepwise.math.Verdict;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
    public static LineCheck.Report check(Task task, String start, List<String> lines, List<String> reference)
            throws MathSyntaxException {
        Statement origin = Statement.collapse(Parser.parse(start, Parser.Context.DEFINING));
        Statement previous = origin;
        Parser.Context context = Parser.Context.of(Exprs.variables(origin));
        Differentiating d = null;
        if (task == Task.DIFFERENTIATE && previous instanceof Statement.Expression fx) {
            // the working states the derivative: each line is judged against f'(x), not f(x)
            var vars = Exprs.variables(fx.expr());
            String x = vars.contains("x") ? "x" : vars.stream().findFirst().orElse("x");
            try {
                previous = new Statement.Expression(Derivative.of(fx.expr(), x));
            } catch (MathLimitException e) {
                throw new MathSyntaxException(e.said(), -1);
            }
            d = new Differentiating(fx.expr(), x, previous);
        }
        Differentiating differentiating = d;
        // the working starts from a fraction × 100: what it works out is a number of percent (40 may be written 40%)
        boolean percentAsked = origin instanceof Statement.Expression ox && timesHundred(ox.expr());
        List<Statement> refs = new ArrayList<>();
        for (String r : reference) {
            try {
                refs.add(Statement.collapse(Parser.parse(tidy(r), Parser.Context.DEFINING)));
            } catch (MathSyntaxException e) {
                refs.add(null); // an unreadable reference step matches nothing but keeps its number
            }
        }
        Map<Integer, Run> runs = solutionsOverLines(lines, context);
        Statement[] base = new Statement[1]; // the line a run of solutions, one to a line, goes on from
        Statement[] lastRight = {previous}; // the last line that was right (the problem's own line at first)
        Rounding[] rounding = {null}; // the last line that rounded an exact value, and that value
        boolean hasX = TimesSigns.hasX(origin);
        LineLoop.Result<Statement> result = LineLoop.run(lines, previous, (n, raw, typed, before, mistakeMade) -> {
            // "920 x 0.002" where the problem has no letter x: a times sign, as the problem reader and the preview read it
            String text = TimesSigns.inAlgebra(typed, hasX);
            // a line after the student is back on track goes on from a right line: nothing is carried forward
            boolean afterError = mistakeMade && before != lastRight[0];
            LineLoop.Judged<Statement> j = runs.containsKey(n)
                    ? judgeInRun(runs.get(n), base, n, raw, text, before, refs, afterError, context, differentiating,
                            percentAsked)
                    : judgeLine(n, raw, text, before, refs, afterError, context, differentiating, percentAsked);
            // after a mistake, a line that does not follow from it but does from the last right line is the student
            // back on track (grade13: a corrected line was marked wrong again for not following the mistake)
            boolean backOnTrack = false;
            if (j.verdict() != null && j.verdict().status() == Status.INVALID && afterError && lastRight[0] != before) {
                LineLoop.Judged<Statement> again = judgeLine(n, raw, text, lastRight[0], refs, false, context,
                        differentiating, percentAsked);
                backOnTrack = again.verdict() != null && right(again.verdict().status()) && again.line() != null;
                if (backOnTrack) j = again;
            }
            // "x = 7 (x3)" under x/3 = 7: wrong as x = 7 with a note, right as x = 7 × 3; the student is asked which
            Optional<String> times = timesReading(tidied(raw));
            if (j.verdict() != null && j.verdict().status() == Status.INVALID && times.isPresent()) {
                LineLoop.Judged<Statement> asTimes = judgeLine(n, raw, times.get(), before, refs, afterError, context,
                        differentiating, percentAsked);
                if (asTimes.verdict() != null && right(asTimes.verdict().status()))
                    return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                            Message.join(Message.of("line.twoReadings"), timesOrNote(raw)), Optional.empty()), null);
            }
            // x = 0.455, then x = 0.46 on the next line, after x = 5/11: the rounding of a rounding is judged against the
            // exact value, as within one line (ADR 0018; grade18: it was "Rounded correctly; the exact value is 91/200")
            if (j.verdict() != null && j.verdict().said().key().equals("line.rounded") && j.line() != null) {
                Rounding last = rounding[0];
                Optional<SolutionSets.RoundedTwice> twice = last != null && last.line() == before
                        ? roundedTwice(last.exact(), j.line(), last.raw() + " " + raw)
                        : Optional.empty();
                if (twice.isPresent()) j = new LineLoop.Judged<>(roundedTwiceLine(n, raw, twice.get()), j.line());
                else if (last == null || last.line() != before) rounding[0] = new Rounding(before, j.line(), raw);
            }
            // x = 0.375 on a line before, then x = 0.38: the value was written in full, and this is honest rounding of it
            // (ADR 0018); the line's own check sees only the line before it (grade20)
            Message said = j.verdict() == null ? null : j.verdict().said();
            if (said != null && said.key().equals("line.writeInFull") && lines.subList(0, n - 1).stream()
                    .anyMatch(l -> SolutionSets.writtenInFull(new BigDecimal(String.valueOf(said.args().get(2))), l)))
                j = new LineLoop.Judged<>(new LineCheck(n, raw, Status.VALID, Optional.empty(),
                        Message.of("line.rounded", said.args().get(1)), Optional.empty()), j.line());
            // carried forward is right only from the mistake: the last right line stays the one before it
            if ((backOnTrack || !afterError) && j.verdict() != null && right(j.verdict().status()) && j.line() != null)
                lastRight[0] = j.line();
            return j;
        });
        int furthest = result.furthest();
        Optional<Integer> next = furthest < refs.size() ? Optional.of(furthest + 1) : Optional.empty();
        Statement lastLine = result.last();
        String lastText = result.lines().stream().filter(l -> l.status() != Status.NOTE).reduce((a, b) -> b)
                .map(LineCheck::text).orElse("");
        Optional<Boolean> answer = Checks.bounded(Budget.now(), () -> differentiating != null
                ? differentiating.answered(lastLine)
                : finalAnswer(task, origin, lastLine, lastText, String.join("\n", lines)), reason -> Optional.empty());
        if (task == Task.SOLVE && differentiating == null && answer.isEmpty() && result.firstError().isEmpty())
            return new LineCheck.Report(notFinished(origin, lastLine, result.lines(), context), result.firstError(), answer,
                    next);
        if (differentiating != null || task == Task.SOLVE || !(origin instanceof Statement.Expression startExpr))
            return new LineCheck.Report(result.lines(), result.firstError(), answer, next);
        // simplify, expand, factorise, evaluate: the last line equal to the start and in the form asked is the answer;
        // equal but not yet in that form is a right step, and the student is told what is left (grade16: no verdict)
        List<LineCheck> judged = new ArrayList<>(result.lines());
        Optional<FinalForm> form = Checks.bounded(Budget.now(), () -> FinalForm.of(task, startExpr.expr(), lastLine),
                reason -> Optional.empty());
        int at = judged.size() - 1;
        while (at >= 0 && judged.get(at).status() == Status.NOTE) at--;
        if (form.isPresent() && form.get().advice().isPresent() && at >= 0 && right(judged.get(at).status())) {
            LineCheck l = judged.get(at);
            judged.set(at, new LineCheck(l.line(), l.text(), l.status(), l.misconception(), form.get().advice().get(),
                    l.reference()));
        }
        // a last line judged right but not equal to the start (0.917 for 11/12, rounded) gets no verdict, never "wrong"
        boolean lastJudgedRight = at >= 0 && right(judged.get(at).status());
        Optional<Boolean> answered = form
                .flatMap(f -> f.equal() || !lastJudgedRight || result.firstError().isPresent()
                        ? Optional.of(f.answered())
                        : Optional.empty());
        return new LineCheck.Report(judged, result.firstError(), answered, next);
    }

    /**
     * Solve working whose lines are all right but which stops at an equation still to be solved ({@code 2x = 8}, {@code
     * (x - 2)(x - 3) = 0}) and states no value of the unknown anywhere: its last line says the working is not finished
     * (grade19: every line said "Correct." and nothing said the answer was still to come). Working that states the
     * values, or ends with a check of them, is never told so.
     */
    private static List<LineCheck> notFinished(Statement origin, Statement last, List<LineCheck> lines,
            Parser.Context context) {
        if (!(origin instanceof Equation) || last == null || SolutionSets.values(last).isPresent()) return lines;
        int at = lines.size() - 1;
        while (at >= 0 && lines.get(at).status() == Status.NOTE) at--;
        if (at < 0 || !right(lines.get(at).status())) return lines;
        for (LineCheck l : lines) {
            try {
                if (l.status() != Status.NOTE && SolutionSets.values(Parser.parse(tidy(l.text()), context)).isPresent())
                    return lines; // a value was stated on a line before: the working gave its answer
            } catch (MathSyntaxException | RuntimeException e) {
                // a line that is not one statement states no value
            }
        }
        return toldNotFinished(lines, Exprs.variables(origin).stream().findFirst().orElse("x"), key -> true);
    }

    /**
     * The lines with the last one judged (not a note) told that the working is not finished, where it is right and its
     * message may be replaced ({@code replaceable}: physics keeps a message that says which quantity a name was taken
     * as); as they were otherwise. One message for solve working and physics working that stops before the unknown's
     * value (grade20).
     */
    static List<LineCheck> toldNotFinished(List<LineCheck> lines, String unknown,
            java.util.function.Predicate<String> replaceable) {
        int at = lines.size() - 1;
        while (at >= 0 && lines.get(at).status() == Status.NOTE) at--;
        if (at < 0 || !right(lines.get(at).status()) || !replaceable.test(lines.get(at).said().key())) return lines;
        List<LineCheck> out = new ArrayList<>(lines);
        LineCheck l = lines.get(at);
        out.set(at, new LineCheck(l.line(), l.text(), l.status(), l.misconception(), Message.of("line.notFinished", unknown),
                l.reference()));
        return out;
    }

    /**
     * The lines as they were before {@link #notFinished} said the working was not finished: for working whose answer is
     * given in the answer box (the working is optional there, and a right "x = 13/2" in the box finishes it; session 19:
     * the screen said "Correct." above "Right so far, but the working is not finished yet").
     */
    public static List<LineCheck> finishedByTheAnswer(List<LineCheck> lines) {
        return lines.stream().map(l -> !l.said().key().equals("line.notFinished")
                ? l
                : new LineCheck(l.line(), l.text(), l.status(), l.misconception(),
                        Message.of(l.reference().isPresent() ? "line.goodStep" : "grade.correct"), l.reference()))
                .toList();
    }

    /**
     * Whether the last statement of simplify, expand, factorise or evaluate working is the answer: equal to the start and
     * in the form the task asks for (no like terms left; multiplied out and collected; fully factorised; one number). The
     * advice says what is left where it is equal but not in that form.
     */
    record FinalForm(boolean equal, boolean answered, Optional<Message> advice) {
        static Optional<FinalForm> of(Task task, Expr start, Statement last) {
            Optional<Expr> stated = switch (last) {
                case null -> Optional.empty();
                case Statement.Expression e -> Optional.of(e.expr());
                case Statement.Chain c -> Optional.of(c.parts().getLast());
                // "= 8/12 + 3/12 = 11/12": the form written last
                case Equation e when !(e.lhs() instanceof Expr.Var) -> Optional.of(e.rhs());
                default -> Optional.empty();
            };
            if (stated.isEmpty()) return Optional.empty();
            Verdict same = Equivalence.of(start, stated.get());
            if (same.outcome() == Verdict.Outcome.UNDECIDED) return Optional.empty();
            if (!same.equivalent()) return Optional.of(new FinalForm(false, false, Optional.empty()));
            Expr e = stated.get();
            Optional<String> left = switch (task) {
                case SIMPLIFY -> Forms.isSimplified(e) ? Optional.empty() : Optional.of("grade.form.simplified");
                case EXPAND -> Forms.isExpanded(e) ? Optional.empty() : Optional.of("grade.form.expanded");
                case FACTOR -> Forms.isFactored(e)
                        ? Optional.empty()
                        : Optional.of(Forms.hasCommonNumberFactor(e) ? "grade.form.commonFactor" : "grade.form.factored");
                // 10/8 is one number, not in lowest terms: "work it out to one number" said nothing the student could do
                case EVALUATE -> oneNumber(e)
                        ? Optional.empty()
                        : Optional.of(
                                Exprs.variables(e).isEmpty() && fraction(e) ? "grade.form.simplifiedFraction" : "line.workItOut");
                default -> Optional.empty();
            };
            return Optional.of(new FinalForm(true, left.isEmpty(), left.map(Message::of)));
        }

        /** 11, -3, 11/12 in lowest terms, 1 1/2, 2√3: a value written as one number, nothing left to work out. */
        private static boolean oneNumber(Expr e) {
            if (!Exprs.variables(e).isEmpty()) return false;
            Expr core = e instanceof Neg n ? n.operand() : e;
            if (core instanceof Expr.Num) return true;
            if (Exprs.exactValue(e).isEmpty()) return Forms.isSimplified(e); // an exact irrational value: 2√3, 3π
            return fraction(e) && Forms.isSimplifiedFraction(core);
        }

        /** 11/12, -3/4, 2 + 1/2 (a mixed number as typed): a fraction of two numbers, in lowest terms or not. */
        private static boolean fraction(Expr e) {
            Expr core = e instanceof Neg n ? n.operand() : e;
            boolean fraction = core instanceof Div d && plain(d.numerator()) && plain(d.denominator());
            boolean mixed = core instanceof Add a && a.terms().size() == 2 && a.terms().get(0) instanceof Expr.Num
                    && a.terms().get(1) instanceof Div;
            return fraction || mixed;
        }

        /** 3 or -3 (-1/3 is read as (-1)/3). */
        private static boolean plain(Expr e) {
            return e instanceof Expr.Num || e instanceof Neg n && n.operand() instanceof Expr.Num;
        }
    }

    /**
     * {@code x = 2} on one line and {@code x = 3} on the next, after {@code (x - 2)(x - 3) = 0}: solutions written one to a
     * line. Each run of two or more lines next to each other (words between them aside), each a value of the same one
     * letter and no two the same, is mapped from each of its line numbers to the run. A run is taken as one
     * statement only where, together, it follows from the line before it (grade13: the first line was "a dropped root"
     * and the second "an arithmetic slip"); otherwise each line is judged against that line before it.
     */
    private static Map<Integer, Run> solutionsOverLines(List<String> lines, Parser.Context context) {
        Map<Integer, Run> out = new java.util.HashMap<>();
        List<Integer> run = new ArrayList<>();
        List<Equation> said = new ArrayList<>();
        String letter = null;
        for (int i = 0; i <= lines.size(); i++) {
            String text = i < lines.size() ? tidy(lines.get(i)) : "";
            if (i < lines.size() && isNote(text)) continue;
            Optional<Equation> eq = i < lines.size() ? oneLetterEquation(text, context) : Optional.empty();
            String x = eq.map(e -> Exprs.variables(e).iterator().next()).orElse(null);
            boolean joins = eq.isPresent() && x.equals(letter) && said.stream().noneMatch(s -> same(s, eq.get()));
            if (!joins) {
                if (run.size() >= 2) {
                    Run r = new Run(List.copyOf(run), new Statement.Alternatives(List.copyOf(said)));
                    run.forEach(k -> out.put(k, r));
                }
                run.clear();
                said.clear();
                letter = x;
            }
            if (eq.isPresent()) {
                run.add(i + 1);
                said.add(eq.get());
            }
        }
        return out;
    }

    /**
     * A line of a run of solutions one to a line: right with the others where together they follow from the line before
     * the run; otherwise each line but the last is right when it is a solution (and the next is judged against the line
     * before the run), and any other is judged as a line (x = 3 after (x - 2)(x - 3)(x - 4) = 0 and x = 2: a lost root).
     */
    private static LineLoop.Judged<Statement> judgeInRun(Run run, Statement[] base, int n, String raw, String text,
            Statement before, List<Statement> refs, boolean afterError, Parser.Context context,
            Differentiating differentiating, boolean percentAsked) {
        int at = run.lines().indexOf(n);
        if (at == 0) base[0] = before;
        if (follows(base[0], run.together()))
            return new LineLoop.Judged<>(new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.solutionsOverLines"), Optional.empty()), run.together());
        boolean last = at == run.lines().size() - 1;
        if (!last && run.together().options().get(at) instanceof Equation e && isSolution(base[0], e))
            return new LineLoop.Judged<>(new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.oneSolution"), Optional.empty()), base[0]);
        return judgeLine(n, raw, text, before, refs, afterError, context, differentiating, percentAsked);
    }

    private static boolean right(Status s) {
        return s == Status.VALID || s == Status.ON_PATH;
    }

    /** Lines next to each other that each give one solution (1-based numbers), and what they say together. */
    private record Run(List<Integer> lines, Statement.Alternatives together) {}

    /** {@code x = 2} under {@code (x - 2)(x - 3)(x - 4) = 0}: the line's one value is a solution of the statement. */
    private static boolean isSolution(Statement base, Equation line) {
        Optional<Expr> value = SolutionSets.valueOf(line);
        Optional<Equation> eq = oneEquation(base);
        if (value.isEmpty() || eq.isEmpty()) return false;
        var letters = Exprs.variables(eq.get());
        return letters.size() == 1 && letters.equals(Exprs.variables(line))
                && Equations.satisfies(eq.get(), Map.of(letters.iterator().next(), value.get()));
    }

    /**
     * The line as one value of one letter ({@code x = 2}, {@code x = -3 + √7}), if it is only that: other lines
     * ({@code x - 2 = 4}, {@code x² = 9}) are steps of working, never read as alternatives.
     */
    private static Optional<Equation> oneLetterEquation(String text, Parser.Context context) {
        if (CONNECTIVE.split(text).length != 1 || text.startsWith("=")) return Optional.empty();
        try {
            return Parser.parse(withoutLabel(text), context) instanceof Equation e && Exprs.variables(e).size() == 1
                    && SolutionSets.valueOf(e).isPresent()
                            ? Optional.of(e)
                            : Optional.empty();
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * "2x = 8, x = 4": equations joined by commas where each follows from the one before are steps of one line, judged
     * in turn, the last the line's result (grade13b: the comma was read as alternatives, and the line gave no answer).
     * So is a chain with a wrong step, "2x = 8, x = 5" (grade14: it gave no final answer): equations in one letter that
     * end in its value, none before the last a value, where the comma read as "or" does not follow from the line
     * before, or the value solves the equation before it ({@code x^2 = 4, x = 2}). Anything else ({@code x = 2, x = 3}, {@code x - 2 = 0, x + 3 = 0}, a system's two equations,
     * {@code (3, 1)}) is the one part as written.
     */
    private static List<String> commaChain(String part, Parser.Context context, Statement before) {
        List<String> pieces = commaPieces(part);
        Optional<List<Equation>> read = equationsOf(pieces, context);
        if (read.isEmpty()) return List.of(part);
        List<Equation> equations = read.get();
        boolean eachFollows = true;
        for (int k = 1; k < equations.size(); k++) eachFollows &= follows(equations.get(k - 1), equations.get(k));
        if (eachFollows) return pieces;
        return wrongChain(part, equations, context, before) ? pieces : List.of(part);
    }

    /** The parts of a line between its commas outside brackets. */
    static List<String> commaPieces(String part) {
        List<String> pieces = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ',' && depth == 0) {
                pieces.add(part.substring(from, i).strip());
                from = i + 1;
            }
        }
        pieces.add(part.substring(from).strip());
        return pieces;
    }

    /** Two pieces or more, each an equation; empty otherwise. */
    private static Optional<List<Equation>> equationsOf(List<String> pieces, Parser.Context context) {
        if (pieces.size() < 2) return Optional.empty();
        List<Equation> equations = new ArrayList<>();
        for (String piece : pieces) {
            try {
                if (!(Statement.collapse(Parser.parse(withoutLabel(piece), context)) instanceof Equation e))
                    return Optional.empty();
                equations.add(e);
            } catch (MathSyntaxException e) {
                return Optional.empty();
            }
        }
        return Optional.of(equations);
    }

    /**
     * "2x = 12, x = 6" typed as an answer: steps in one letter that end in its value, none before the last a value; the
     * last piece is the answer they arrive at (grade14: the answer box read the commas as "or" and refused it).
     */
    static Optional<String> lastOfChain(String answer, Parser.Context context) {
        List<String> pieces = commaPieces(answer);
        return equationsOf(pieces, context).filter(StepChecker::stepsToAValue).map(e -> pieces.get(pieces.size() - 1));
    }

    /** Equations in one letter, the last its value and none before it a value. */
    private static boolean stepsToAValue(List<Equation> equations) {
        java.util.Set<String> letters = new java.util.HashSet<>();
        equations.forEach(e -> letters.addAll(Exprs.variables(e)));
        int last = equations.size() - 1;
        if (letters.size() != 1 || !statesValues(equations.get(last))) return false;
        for (int k = 0; k < last; k++) if (statesValues(equations.get(k))) return false;
        return true;
    }

    /** A chain of steps in one letter ending in its value, one of them wrong (see {@link #commaChain}). */
    private static boolean wrongChain(String part, List<Equation> equations, Parser.Context context, Statement before) {
        if (!stepsToAValue(equations)) return false;
        int last = equations.size() - 1;
        // x^2 = 4, x = 2: the value solves the equation before it, so it is that equation solved (a root lost), though
        // read as "or" the line would say x^2 = 4 again
        if (isSolution(equations.get(last - 1), equations.get(last))) return true;
        try {
            return !follows(before, Statement.collapse(Parser.parse(withoutLabel(part), context)));
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    static LineCheck cannotCheck(int n, String raw, Message reason) {
        return new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(), Message.of("line.cannotCheck", reason),
                Optional.empty());
    }

    /**
     * Judges one line against the line before it. "3x = 15 so x = 5" holds two steps, judged in turn; the line takes
     * the first bad verdict. A line that could be read two ways ({@code 1/2x}) is read by the rule; when only the other
     * reading follows, the student is asked to say which they mean instead of being told the line is wrong.
     */
    private static LineLoop.Judged<Statement> judgeLine(int n, String raw, String text, Statement previous, List<Statement> refs,
            boolean afterError, Parser.Context context, Differentiating differentiating, boolean percentAsked) {
        LineCheck verdict = null;
        Statement line = null;
        List<String> steps = new ArrayList<>();
        // the comma chains of each part, judged against the line before (a chain with a wrong step is told by it)
        for (String written : CONNECTIVE.split(StudentWriting.separated(text, context.names())))
            steps.addAll(commaChain(written, context, previous));
        for (String written : steps) {
            String part = StudentWriting.valueInWords(StudentWriting.capitals(withoutLabel(written), context.names()),
                    context.names());
            if (wordsClaim(part, context.names()))
                return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                        Message.of("line.cannotRead", Message.of("line.wordsClaim")), Optional.empty()), null);
            if (isNote(part) || wordsOnly(part, context.names())) continue;
            Statement before = line == null ? previous : line;
            Parser.Reading reading;
            try {
                if (differentiating != null && !part.strip().startsWith("=")) { // "= 6x + 2" goes on from the line before
                    Optional<String> leibniz = differentiating.leibniz(part, context);
                    if (leibniz.isPresent()) part = leibniz.get();
                    if (before == differentiating.derivative() && differentiating.restates(part, context)) {
                        if (verdict == null)
                            verdict = new LineCheck(n, raw, Status.VALID, Optional.empty(),
                                    Message.of("line.restated"), Optional.empty());
                        line = before;
                        continue;
                    }
                }
                reading = continued(before, part, context);
            } catch (MathSyntaxException e) {
                return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                        Message.of("line.cannotRead", e.said()), Optional.empty()), null);
            }
            Statement stated = Statement.collapse(reading.statement());
            Optional<Equation> implied = sideSum(before, stated);
            List<Expr> sums = numberSides(stated);
            // 32 ÷ 7 = 4.571 = 4.6: a result rounded, maybe more than once, is no slip; the step is judged as rounded
            java.util.OptionalInt falseLink = SolutionSets.firstFalseLink(sums, raw);
            Optional<LineCheck> slip = implied.isEmpty() || falseLink.isEmpty()
                    ? Optional.empty()
                    : Links.of(sums.subList(falseLink.getAsInt(), sums.size()), n, raw, "line.sumWrong").slip();
            // 8 - 2 = 4 under 2x = 8: a false sum that happens to give the right step stands for no step (a slip, as
            // before), so its right value is never the answer
            if (slip.isPresent() && right(judgeStatement(n, raw, implied.get(), before, refs, false).status()))
                implied = Optional.empty();
            if (implied.isPresent()) {
                // 11 - 3 = 7 under 2x + 3 = 11: the step 2x = 7, with a slip in its sum; the working goes on from 2x = 7
                LineCheck v = slip.isPresent()
                        ? slip.get()
                        : judgeStatement(n, raw, implied.get(), before, refs, afterError);
                boolean plainlyRight = right(v.status()) && !afterError;
                Message gives = Message.of(plainlyRight ? "line.sideSumRight" : "line.sideSumGives",
                        Printer.text(implied.get()));
                v = new LineCheck(n, raw, v.status(), v.misconception(),
                        plainlyRight ? gives : Message.join(gives, v.said()), v.reference());
                if (verdict == null || verdict.status() != Status.INVALID) verdict = v;
                line = implied.get();
                continue;
            }
            Optional<LineCheck> check = substitutionCheck(n, raw, before, reading.statement())
                    .or(() -> partWorkedOut(n, raw, before, reading.statement()))
                    .or(() -> changeWorkedOut(n, raw, before, reading.statement()))
                    .or(() -> factorsWorkedOut(n, raw, before, reading.statement()));
            if (check.isPresent()) {
                // a check by substitution (2(4) + 3 = 11 after x = 4) says nothing new about x: the next line goes on
                // from the line before it
                if (verdict == null || verdict.status() != Status.INVALID) verdict = check.get();
                line = before;
                continue;
            }
            LineCheck partVerdict = judgeStatement(n, raw, reading.statement(), before, refs, afterError);
            if (partVerdict.status() == Status.INVALID && reading.otherReading().isPresent()) {
                LineCheck other = judgeStatement(n, raw, reading.otherReading().get(), before, refs, afterError);
                if (other.status() == Status.VALID || other.status() == Status.ON_PATH) {
                    return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                            Message.join(Message.of("line.twoReadings"), reading.warningNote()),
                            Optional.empty()), null);
                }
            }
            // "360/2400 × 100 = 15%": a percentage worked out as a number of percent, the % sign a label on it
            String percentLabel = part.strip();
            // (alg13: also after "18/45 × 100 = 40" or "1800/45", where the × 100 is in the problem, not the line before)
            if (partVerdict.status() == Status.INVALID && (before instanceof Statement.Expression || percentAsked)
                    && percentLabel.endsWith("%")
                    && percentLabel.indexOf('%') == percentLabel.length() - 1) {
                try {
                    Parser.Reading asNumber = continued(before, percentLabel.substring(0, percentLabel.length() - 1),
                            context);
                    LineCheck label = judgeStatement(n, raw, asNumber.statement(), before, refs, afterError);
                    // only where the percent is what is worked out (× 100): 3/20 = 0.15% stays wrong
                    boolean timesHundred = percentAsked
                            || before instanceof Statement.Expression bx && timesHundred(bx.expr())
                            || asNumber.statement() instanceof Equation e && timesHundred(e.lhs())
                            || asNumber.statement() instanceof Statement.Chain c && timesHundred(c.parts().get(0));
                    if (timesHundred && (label.status() == Status.VALID || label.status() == Status.ON_PATH)) {
                        partVerdict = label;
                        stated = Statement.collapse(asNumber.statement());
                    }
                } catch (MathSyntaxException e) {
                    // the line as written stands
                }
            }
            if (differentiating != null
                    && (partVerdict.status() == Status.VALID || partVerdict.status() == Status.ON_PATH)) {
                Optional<String> name = differentiating.namesFunctionOtherwise(part, context);
                if (name.isPresent())
                    partVerdict = new LineCheck(n, raw, Status.INVALID, Optional.empty(),
                            Message.of("line.functionNotDerivative", name.get()), Optional.empty());
            }
            if (!reading.warnings().isEmpty()) {
                partVerdict = new LineCheck(n, raw, partVerdict.status(), partVerdict.misconception(),
                        Message.join(partVerdict.said(), reading.warningNote()), partVerdict.reference());
            }
            if (verdict == null || verdict.status() != Status.INVALID) verdict = partVerdict;
            line = stated;
        }
        return new LineLoop.Judged<>(verdict, line);
    }

    private static LineCheck judgeStatement(int n, String raw, Statement parsed, Statement before, List<Statement> refs,
            boolean afterError) {
        Optional<Message> brokenLink = brokenChainLink(parsed, raw);
        Statement stated = Statement.collapse(parsed);
        if (brokenLink.isPresent()) {
            return new LineCheck(n, raw, Status.INVALID, Optional.of(Misconception.ARITHMETIC_SLIP),
                    brokenLink.get(), Optional.empty());
        }
        // x = 4.55 = 4.6 after x = 32/7: a value inside the chain that is no rounding of the exact one (grade18: right)
        Optional<SolutionSets.Misrounded> misrounded = misrounded(before, parsed, raw);
        if (misrounded.isPresent())
            return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.misrounded",
                    misrounded.get().written().toPlainString(), misrounded.get().written().scale(),
                    misrounded.get().once().toPlainString()), Optional.empty());
        if (follows(before, stated)) {
            Optional<Integer> ref = afterError ? Optional.empty() : align(stated, refs);
            Message msg = Message.of(afterError ? "line.carriedForward" : ref.isPresent() ? "line.goodStep" : "grade.correct");
            return new LineCheck(n, raw, ref.isPresent() ? Status.ON_PATH : Status.VALID, Optional.empty(), msg, ref);
        }
        Optional<Rational> exact = rounded(before, stated, raw);
        if (exact.isPresent() && !exact.get().isTerminatingDecimal()) {
            return new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.rounded", exact.get().toString()), Optional.empty());
        }
        // x = 3.8 for 15/4: a rounding of a value whose decimal ends, written in full in an answer (ADR 0020, grade20);
        // not after a line that rounded (x = 0.667, then x = 0.67: judged across lines, ADR 0019) nor after the value in
        // full (x = 3.75 = 3.8, honest rounding as ADR 0018 keeps it)
        BigDecimal full = exact.map(e -> e.toBigDecimal(MathContext.DECIMAL128)).orElse(BigDecimal.ZERO);
        if (exact.isPresent() && !hasDecimal(before) && !SolutionSets.writtenInFull(full, raw))
            return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.writeInFull",
                    Printer.text(((Equation) stated).rhs()), exact.get().toString(),
                    full.stripTrailingZeros().toPlainString()), Optional.empty());
        if (exact.isPresent())
            return new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.rounded", exact.get().toString()), Optional.empty());
        // x = ±1.41 straight after x² = 2: the equation's real roots, rounded to the places written
        Optional<List<Expr>> exactValues = valuesOf(before).or(() -> decimalRoots(before));
        Optional<List<Expr>> writtenValues = SolutionSets.values(stated);
        if (exactValues.isPresent() && writtenValues.isPresent() && !(before instanceof Statement.Expression)
                && SolutionSets.roundedSame(exactValues.get(), writtenValues.get(), raw)) {
            return new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.rounded",
                    String.join(", ", exactValues.get().stream().map(Printer::text).toList())), Optional.empty());
        }
        if (positiveRoot(before, stated)) {
            return new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.positiveRoot"), Optional.empty());
        }
        if (squaredRoot(before, stated)) {
            return new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.squaredBoth"), Optional.empty());
        }
        // x = 5/11 = 0.455 = 0.46: a rounding rounded again to a digit the exact value does not round to (grade17, ADR 0018)
        Optional<SolutionSets.RoundedTwice> twice = roundedTwice(before, stated, raw);
        if (twice.isPresent()) return roundedTwiceLine(n, raw, twice.get());
        Optional<LineCheck> undone = wrongInverse(before, stated)
                .map(w -> new LineCheck(n, raw, Status.INVALID, Optional.of(w.misconception()), w.said(), Optional.empty()));
        if (undone.isPresent()) return undone.get();
        Optional<Misconception> m = diagnose(before, stated);
        Message message = BuggyRule.explaining(before, stated).map(rule -> rule.message(before, stated))
                .or(() -> m.map(Misconception::said))
                .orElse(Message.of(n == 1 ? "line.doesNotFollowFromProblem" : "line.doesNotFollow")); // line 1 has none before it
        return new LineCheck(n, raw, Status.INVALID, m, message, Optional.empty());
    }

    /** What a derivative's working starts from: f, its variable, and f' (the statement lines are judged against). */
    record Differentiating(Expr function, String variable, Statement derivative) {

        /**
         * {@code d/dx(4x^3 - 5x^2 + 7) = 12x^2 - 10x}: Leibniz's notation, read as {@code dy/dx = …} when what is
         * differentiated is the function, and otherwise as that other derivative (which is then not f'); empty when the
         * line does not start so.
         */
        Optional<String> leibniz(String part, Parser.Context context) throws MathSyntaxException {
            var m = LEIBNIZ.matcher(part);
            if (!m.lookingAt() || !m.group(1).equals(variable)) return Optional.empty();
            int open = m.end() - 1;
            int close = matchingBracket(part, open);
            if (close < 0) return Optional.empty();
            String rest = part.substring(close + 1).strip();
            if (!rest.startsWith("=")) return Optional.empty();
            Expr inside = Parser.parseExpression(part.substring(open + 1, close), context);
            Expr other;
            try {
                other = Derivative.of(inside, variable);
            } catch (MathLimitException e) {
                return Optional.empty();
            }
            if (Equivalence.of(other, ((Statement.Expression) derivative).expr()).equivalent())
                return Optional.of("dy/d" + variable + " " + rest);
            return Optional.of("(" + Printer.text(other) + ") " + rest);
        }

        /**
         * Whether the working's last statement gives the derivative: an expression, or dy/dx, y' or f'(x) equal to one,
         * that is f'(x) (phys15: a derivative's working had no final verdict). The function only written again (the
         * statement judged against is then still f' itself) is not yet the answer; any other statement gets no verdict.
         */
        Optional<Boolean> answered(Statement last) {
            if (last == null) return Optional.empty();
            if (last == derivative) return Optional.of(false); // no line has stated a derivative: y = 7x for 7x
            Optional<Expr> stated = switch (last) {
                case Statement.Expression e -> Optional.of(e.expr());
                case Equation e when derivativeName(e.lhs()) || !(e.lhs() instanceof Expr.Var) -> Optional.of(e.rhs());
                // dy/dx = 3x^2 - 3 = 3(x^2 - 1), and 6x^5 - 6x^2 = 6x^2(x^3 - 1): the last form written
                case Statement.Chain c when derivativeName(c.parts().get(0)) || !(c.parts().get(0) instanceof Expr.Var) ->
                    Optional.of(c.parts().getLast());
                default -> Optional.empty();
            };
            if (stated.isEmpty()) return Optional.empty();
            Verdict same = Equivalence.of(((Statement.Expression) derivative).expr(), stated.get());
            return same.outcome() == Verdict.Outcome.UNDECIDED ? Optional.empty() : Optional.of(same.equivalent());
        }

        /** dy/dx, y' or f'(x): the symbols the lexer makes of a derivative's name. */
        private static boolean derivativeName(Expr e) {
            return e instanceof Expr.Var v && (v.name().contains("'") || v.name().matches("d[a-zA-Z]/d[a-zA-Z]"));
        }

        /**
         * {@code y = 6x^-1}, {@code f(x) = …} or {@code x^2 + 2x + 1} before any derivative is written: the function
         * itself, written again or in another form to differentiate it (and not also its derivative).
         */
        boolean restates(String part, Parser.Context context) throws MathSyntaxException {
            var named = FUNCTION_NAMED.matcher(part);
            String rhs = named.lookingAt() ? part.substring(named.end()) : part;
            Statement s = Parser.parse(rhs, context);
            List<Expr> sides = switch (s) {
                case Statement.Expression e -> List.of(e.expr());
                case Equation e -> List.of(e.lhs(), e.rhs());
                case Statement.Chain c -> c.parts();
                default -> List.of();
            };
            if (sides.isEmpty()) return false;
            Expr fPrime = ((Statement.Expression) derivative).expr();
            for (Expr side : sides) {
                if (!Equivalence.of(function, side).equivalent() || Equivalence.of(fPrime, side).equivalent()) return false;
            }
            return true;
        }

        /**
         * {@code y = 3x^2 + 2} or {@code f(x) = 3x^2 + 2} in a derivative's working: y and f(x) name the function, so a
         * right-hand side that is not the function (its derivative, say) is a false statement, not the derivative
         * named; the name written, or empty where the line does not name the function or names it rightly.
         */
        Optional<String> namesFunctionOtherwise(String part, Parser.Context context) {
            var named = FUNCTION_NAMED.matcher(part);
            if (!named.lookingAt()) return Optional.empty();
            try {
                Statement s = Parser.parse(part.substring(named.end()), context);
                List<Expr> sides = switch (s) {
                    case Statement.Expression e -> List.of(e.expr());
                    case Statement.Chain c -> c.parts();
                    default -> List.of();
                };
                for (Expr side : sides)
                    if (!Equivalence.of(function, side).equivalent()) return Optional.of(named.group(1).replace(" ", ""));
                return Optional.empty();
            } catch (MathSyntaxException e) {
                return Optional.empty();
            }
        }

        private static final Pattern LEIBNIZ = Pattern.compile("\\s*d\\s*/\\s*d([a-zA-Z])\\s*[(\\[]");
        private static final Pattern FUNCTION_NAMED = Pattern.compile("\\s*(y|f\\s*\\(\\s*[a-zA-Z]\\s*\\))\\s*=");

        private static int matchingBracket(String s, int open) {
            int depth = 0;
            for (int k = open; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '(' || c == '[') depth++;
                else if (c == ')' || c == ']') {
                    depth--;
                    if (depth == 0) return k;
                }
            }
            return -1;
        }
    }

    /**
     * What follows the "=" of a line that goes on from the line before ({@code = 1.84} under {@code 920 × 0.002}); empty
     * for any other line ("==" is no such line). One rule for the checkers and for the live preview beside the working.
     */
    public static Optional<String> goesOn(String line) {
        String t = line.strip();
        return t.startsWith("=") && !t.startsWith("==") ? Optional.of(t.substring(1)) : Optional.empty();
    }

    /**
     * A line that starts with "=" goes on from the line before ({@code = 8/12 + 3/12} under {@code 2/3 + 1/4}): the
     * expression, or the same left-hand side as the equation before it.
     */
    private static Parser.Reading continued(Statement before, String part, Parser.Context context) throws MathSyntaxException {
        Optional<String> goesOn = goesOn(part);
        if (goesOn.isEmpty()) return Parser.read(part, context);
        Parser.Reading rest = Parser.read(goesOn.get(), context);
        if (!(before instanceof Equation pe)) return rest;
        java.util.function.Function<Statement, Statement> onLeft = s -> switch (s) {
            case Statement.Expression e -> new Equation(pe.lhs(), e.expr());
            case Statement.Chain c -> {
                List<Expr> parts = new ArrayList<>(List.of(pe.lhs()));
                parts.addAll(c.parts());
                yield new Statement.Chain(parts);
            }
            case Equation e -> new Statement.Chain(List.of(pe.lhs(), e.lhs(), e.rhs()));
            default -> s;
        };
        return new Parser.Reading(onLeft.apply(rest.statement()), rest.notes(), rest.otherReading().map(onLeft));
    }

    /**
     * In an equation's working, a line with no unknown in it after one with ({@code 2(4) + 3 = 11} after {@code x = 4})
     * is a check by substitution: right when it is true, an arithmetic slip when it is not. Empty for any other line.
     */
    private static Optional<LineCheck> substitutionCheck(int n, String raw, Statement before, Statement stated) {
        if (!(before instanceof Equation pe) || Exprs.variables(pe).isEmpty()) return Optional.empty();
        List<Expr> sides = switch (stated) {
            case Equation e -> List.of(e.lhs(), e.rhs());
            case Statement.Chain c -> c.parts();
            default -> List.of();
        };
        if (sides.isEmpty() || sides.stream().anyMatch(e -> !Exprs.variables(e).isEmpty())) return Optional.empty();
        Links links = Links.of(sides, n, raw);
        if (!links.decided() || links.slip().isPresent()) return links.slip();
        if (!statesValues(pe) && !substitutes(pe, sides.get(0)))
            // true, but neither a check of a value found nor the equation with a number put in (11 + 3 = 14 under
            // 2x + 3 = 11 is a wrong method done in true sums): not marked right, and the working goes on from the line
            // before
            return Optional.of(new LineCheck(n, raw, Status.NOTE, Optional.empty(), Message.of("line.sideCalculation"),
                    Optional.empty()));
        return Optional.of(new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.check"), Optional.empty()));
    }

    /**
     * "11 - 3 = 8" under {@code 2x + 3 = 11}, "8 ÷ 2 = 4" under {@code 2x = 8}: a true sum of the equation's number side
     * and a number its other side adds (or takes away), multiplies or divides by, written in place of the step. It says
     * that side without the number equals the result ({@code 2x = 8}), and is judged as that equation. grade14 (b006,
     * b007): "11 + 3 = 14; 14 ÷ 2 = 7" was a note on each line, so a wrong answer went unmarked. Adding goes with a
     * number added, × and ÷ with a factor or divisor; a factor or divisor taken away or added ({@code 8 - 2 = 6} under
     * {@code 2x = 8}) is that number undone the wrong way ({@code x = 6}). A sum with a slip ({@code 11 - 3 = 7}) stands
     * for the step with the number written ({@code 2x = 7}; phys15: it was a slip that later lines did not go on from).
     * Any other sum of numbers is judged as before.
     */
    static Optional<Equation> sideSum(Statement before, Statement stated) {
        if (!(before instanceof Equation pe) || Exprs.variables(pe).size() != 1) return Optional.empty();
        List<Expr> sides = numberSides(stated);
        if (sides.size() < 2) return Optional.empty();
        boolean numberOnRight = Exprs.variables(pe.rhs()).isEmpty();
        if (numberOnRight == Exprs.variables(pe.lhs()).isEmpty() || statesValues(pe)) return Optional.empty();
        Optional<Rational> c = Exprs.exactValue(numberOnRight ? pe.rhs() : pe.lhs());
        if (c.isEmpty() || !Links.of(sides, -1, "").decided()) return Optional.empty();
        Expr side = numberOnRight ? pe.lhs() : pe.rhs();
        Optional<Expr> rest = undone(side, sides.get(0), c.get());
        Expr result = sides.get(sides.size() - 1);
        Optional<Equation> step = rest.map(r -> numberOnRight ? new Equation(r, result) : new Equation(result, r));
        // 4 - 2 = 2 under 2x = 4: the factor taken away, right only by chance; no step is read into it (a note, as before)
        boolean wrongWay = sides.get(0) instanceof Add && !(side instanceof Add);
        return wrongWay && step.isPresent() && follows(pe, step.get()) ? Optional.empty() : step;
    }

    /** The sides of a line of numbers alone ({@code 11 - 3 = 8}); empty for any other line. */
    private static List<Expr> numberSides(Statement stated) {
        List<Expr> sides = switch (stated) {
            case Equation e -> List.of(e.lhs(), e.rhs());
            case Statement.Chain c -> c.parts();
            default -> List.of();
        };
        return sides.stream().allMatch(e -> Exprs.variables(e).isEmpty()) ? sides : List.of();
    }

    /** The unknown's side with the sum's other number taken off it, where the sum starts from the number side. */
    private static Optional<Expr> undone(Expr side, Expr sum, Rational numberSide) {
        List<Expr> operands = switch (sum) {
            case Add a when a.terms().size() == 2 -> a.terms();
            case Mul m when m.factors().size() == 2 -> m.factors();
            case Div d -> List.of(d.numerator(), d.denominator());
            default -> List.of();
        };
        if (operands.isEmpty()) return Optional.empty();
        Optional<Rational> first = Exprs.exactValue(operands.get(0)), second = Exprs.exactValue(operands.get(1));
        if (first.isEmpty() || second.isEmpty()) return Optional.empty();
        Rational other;
        if (first.get().equals(numberSide)) other = second.get();
        else if (!(sum instanceof Div) && second.get().equals(numberSide)) other = first.get();
        else
            return Optional.empty();
        if (other.isZero()) return Optional.empty();
        Rational size = other.signum() < 0 ? other.negate() : other;
        return switch (side) {
            case Add a when sum instanceof Add -> without(a.terms(), t -> Exprs.variables(t).isEmpty()
                    && Exprs.exactValue(t).map(v -> v.equals(size) || v.equals(size.negate())).orElse(false))
                    .map(terms -> terms.size() == 1 ? terms.get(0) : new Add(terms));
            case Mul m when !(sum instanceof Add) -> without(m.factors(),
                    f -> f instanceof Expr.Num k && k.value().equals(other))
                    .map(factors -> factors.size() == 1 ? factors.get(0) : new Mul(factors));
            // 8 - 2 = 6 under 2x = 8: the factor taken away instead of divided by, the step x = 6
            case Mul m -> without(m.factors(), f -> f instanceof Expr.Num k && k.value().equals(size))
                    .map(factors -> factors.size() == 1 ? factors.get(0) : new Mul(factors));
            case Div d when d.denominator() instanceof Expr.Num k
                    && (sum instanceof Add ? k.value().equals(size) : k.value().equals(other)) ->
                Optional.of(d.numerator());
            default -> Optional.empty();
        };
    }

    /** The list without its one element that matches; empty when none or more than one does. */
    private static Optional<List<Expr>> without(List<Expr> all, java.util.function.Predicate<Expr> match) {
        List<Expr> kept = all.stream().filter(match.negate()).toList();
        return kept.size() == all.size() - 1 && !kept.isEmpty() ? Optional.of(kept) : Optional.empty();
    }

    /**
     * A chain of number expressions read link by link ({@code 45.5 × 12 = 546 = 5.46}): decided when the engine can
     * tell every link, with the first false one as an arithmetic slip.
     */
    private record Links(boolean decided, Optional<LineCheck> slip) {
        static Links of(List<Expr> sides, int n, String raw) {
            return of(sides, n, raw, "line.checkWrong");
        }

        /** @param said the message key for a false link, given the two sides that differ */
        static Links of(List<Expr> sides, int n, String raw, String said) {
            for (int k = 0; k + 1 < sides.size(); k++) {
                Verdict v = Equivalence.of(sides.get(k), sides.get(k + 1));
                if (v.outcome() == Verdict.Outcome.UNDECIDED) return new Links(false, Optional.empty());
                if (!v.equivalent())
                    return new Links(true, Optional.of(new LineCheck(n, raw, Status.INVALID,
                            Optional.of(Misconception.ARITHMETIC_SLIP),
                            Message.of(said, Printer.text(sides.get(k)), Printer.text(sides.get(k + 1))),
                            Optional.empty())));
            }
            return new Links(true, Optional.empty());
        }
    }

    /** {@code x = 4}: the line gives the unknown a number. */
    private static boolean statesValues(Equation e) {
        return e.lhs() instanceof Expr.Var && Exprs.variables(e.rhs()).isEmpty()
                || e.rhs() instanceof Expr.Var && Exprs.variables(e.lhs()).isEmpty();
    }

    /** {@code 3 × 5 + 5} under {@code 3x + 5 = 20}: a side of the equation with a number written in for its unknown. */
    private static boolean substitutes(Equation e, Expr side) {
        java.util.Set<String> vars = Exprs.variables(e);
        if (vars.size() != 1) return false;
        String x = vars.iterator().next();
        String written = Printer.text(side);
        List<Expr> numbers = new ArrayList<>();
        Exprs.any(side, k -> {
            if (k instanceof Expr.Num) numbers.add(k);
            return false;
        });
        for (Expr v : numbers) {
            for (Expr candidate : List.of(v, new Expr.Neg(v))) {
                for (Expr s : List.of(e.lhs(), e.rhs())) {
                    if (Exprs.variables(s).isEmpty()) continue;
                    if (Printer.text(Exprs.substitute(s, java.util.Map.of(x, candidate))).equals(written)) return true;
                }
            }
        }
        return false;
    }

    /**
     * In a calculation, a line that works out one part of the expression on its own ({@code 45/60 = 0.75} under
     * {@code 45/60 × 100}): right when true, a slip when not, and the working goes on from the line before. Only a part
     * written as it stands in the expression counts: {@code 14 ÷ 2 = 7} under {@code 20 - 6 ÷ 2} is no part of it, and
     * is judged as a line of the working (wrong).
     */
    private static Optional<LineCheck> partWorkedOut(int n, String raw, Statement before, Statement stated) {
        if (!(before instanceof Statement.Expression px) || !Exprs.variables(px.expr()).isEmpty()) return Optional.empty();
        List<Expr> sides = switch (stated) {
            case Equation e -> List.of(e.lhs(), e.rhs());
            case Statement.Chain c -> c.parts();
            default -> List.of();
        };
        if (sides.isEmpty() || sides.stream().anyMatch(e -> !Exprs.variables(e).isEmpty())) return Optional.empty();
        String part = Printer.text(sides.get(0));
        if (part.equals(Printer.text(px.expr())) || sides.get(0) instanceof Expr.Num
                || !Exprs.any(px.expr(), x -> Printer.text(x).equals(part)))
            return Optional.empty();
        return substitutionCheck(n, raw, new Equation(new Expr.Var("x"), px.expr()), stated)
                .map(c -> c.status() == Status.VALID
                        ? new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.partWorkedOut"),
                                Optional.empty())
                        : c);
    }

    /**
     * Under a percentage change {@code A × (100 ± r)/100}, a line that works out the change itself from the amount and
     * the rate ({@code 85 × 0.2 = 17}, {@code 20% of 85 = 17} under {@code 85 × (100 - 20)/100}): right when true, a
     * slip when not, and the working goes on from the line before ({@code 85 - 17 = 68}). review12: the usual school
     * method's first line was marked "does not follow from the problem". A true line of another value ({@code 85 - 20 =
     * 65}) is judged as before.
     */
    private static Optional<LineCheck> changeWorkedOut(int n, String raw, Statement before, Statement stated) {
        if (!(before instanceof Statement.Expression px) || !(px.expr() instanceof Div d)
                || !(d.denominator() instanceof Expr.Num h) || !h.value().equals(Rational.of(100))
                || !(d.numerator() instanceof Mul m) || m.factors().size() != 2
                || !(m.factors().get(0) instanceof Expr.Num amount) || !(m.factors().get(1) instanceof Add add)
                || add.terms().size() != 2 || !(add.terms().get(0) instanceof Expr.Num hundred)
                || !hundred.value().equals(Rational.of(100)))
            return Optional.empty();
        Expr r = add.terms().get(1) instanceof Neg neg ? neg.operand() : add.terms().get(1);
        if (!(r instanceof Expr.Num rate)) return Optional.empty();
        List<Expr> sides = switch (stated) {
            case Equation e -> List.of(e.lhs(), e.rhs());
            case Statement.Chain c -> c.parts();
            default -> List.of();
        };
        if (sides.isEmpty() || sides.get(0) instanceof Expr.Num
                || sides.stream().anyMatch(e -> !Exprs.variables(e).isEmpty()))
            return Optional.empty();
        // the first side works the change out of the amount and the rate (20, or 0.2 = 20/100)
        Rational fraction = rate.value().divide(Rational.of(100));
        boolean usesAmount = Exprs.any(sides.get(0), x -> x instanceof Expr.Num k && k.value().equals(amount.value()));
        boolean usesRate = Exprs.any(sides.get(0),
                x -> x instanceof Expr.Num k && (k.value().equals(rate.value()) || k.value().equals(fraction)));
        if (!usesAmount || !usesRate) return Optional.empty();
        Expr change;
        try {
            change = Parser.parseExpression(Printer.text(amount) + " × " + Printer.text(rate) + "/100");
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        Verdict first = Equivalence.of(sides.get(0), change);
        if (first.outcome() == Verdict.Outcome.UNDECIDED || !first.equivalent()) return Optional.empty();
        Links links = Links.of(sides, n, raw);
        if (!links.decided() || links.slip().isPresent()) return links.slip();
        return Optional.of(new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.partWorkedOut"),
                Optional.empty()));
    }

    /**
     * Under a product of numbers ({@code 12/100 × 45.5}, {@code 2/3 × 5/8}), a line that multiplies some of its factors
     * together ({@code 45.5 × 12 = 546}, {@code 45.5/100 = 0.455}), or some of its divisors ({@code 3 × 8 = 24}, the
     * denominator): right when true, a slip when not, and the working goes on from the line before. review12: the
     * teacher lists these products ("2 × 5 = 10, 3 × 8 = 24"), and a student's line of one was "does not follow from the
     * problem". Factors and divisors mixed ({@code 6 × 2} under {@code 24 ÷ 6 × 2}) are judged as before (wrong).
     */
    private static Optional<LineCheck> factorsWorkedOut(int n, String raw, Statement before, Statement stated) {
        if (!(before instanceof Statement.Expression px)) return Optional.empty();
        Optional<List<Rational>> whole = factors(px.expr());
        if (whole.isEmpty() || whole.get().size() < 3) return Optional.empty();
        List<Expr> sides = switch (stated) {
            case Equation e -> List.of(e.lhs(), e.rhs());
            case Statement.Chain c -> c.parts();
            default -> List.of();
        };
        if (sides.isEmpty() || sides.get(0) instanceof Expr.Num) return Optional.empty();
        Optional<List<Rational>> part = factors(sides.get(0));
        // a part, not the whole product written again (360/2400 × 100 = 15% is judged as a line, with its % label)
        if (part.isEmpty() || part.get().size() < 2 || part.get().size() >= whole.get().size()) return Optional.empty();
        List<Rational> divisors = new ArrayList<>();
        collectFactors(px.expr(), false, new ArrayList<>(), divisors);
        if (!subMultiset(part.get(), whole.get()) && !subMultiset(part.get(), divisors)) return Optional.empty();
        Links links = Links.of(sides, n, raw);
        if (!links.decided() || links.slip().isPresent()) return links.slip();
        if (sides.size() < 2) return Optional.empty();
        return Optional.of(new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.partWorkedOut"),
                Optional.empty()));
    }

    /** The numbers a product of numbers multiplies (a divisor as its reciprocal, 1 left out); empty for anything else. */
    private static Optional<List<Rational>> factors(Expr e) {
        List<Rational> out = new ArrayList<>();
        return collectFactors(e, false, out, new ArrayList<>()) ? Optional.of(out) : Optional.empty();
    }

    /** {@code out}: each number as it multiplies (a divisor's reciprocal); {@code divisors}: the divisors as written. */
    private static boolean collectFactors(Expr e, boolean inverted, List<Rational> out, List<Rational> divisors) {
        switch (e) {
            case Expr.Num k -> {
                if (k.value().signum() == 0) return false;
                if (!k.value().isOne()) out.add(inverted ? k.value().reciprocal() : k.value());
                if (!k.value().isOne() && inverted) divisors.add(k.value());
                return true;
            }
            case Mul m -> {
                for (Expr f : m.factors()) if (!collectFactors(f, inverted, out, divisors)) return false;
                return true;
            }
            case Div d -> {
                return collectFactors(d.numerator(), inverted, out, divisors)
                        && collectFactors(d.denominator(), !inverted, out, divisors);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean subMultiset(List<Rational> part, List<Rational> of) {
        List<Rational> left = new ArrayList<>(of);
        for (Rational r : part) if (!left.remove(r)) return false;
        return true;
    }

    /** A product with 100 among its factors: a fraction written as a percentage ((2760 - 2400)/2400 × 100). */
    private static boolean timesHundred(Expr e) {
        return e instanceof Mul m && m.factors().stream()
                .anyMatch(f -> f instanceof Expr.Num k && k.value().equals(Rational.of(100)));
    }

    /**
     * "check:", "adding:", "step 2:": a label of words before the math, not part of it; so is an operation done to both
     * sides, "+3 both sides:", "/8:" (grade14: the colon made the line unreadable).
     */
    static String withoutLabel(String part) {
        return OPERATION_LABEL.matcher(LABEL.matcher(part).replaceFirst("")).replaceFirst("");
    }

    private static final Pattern LABEL = Pattern.compile("^\\s*\\p{L}[\\p{L} ]{2,30}(?:\\s+\\d{1,2})?\\s*:\\s*");
    private static final Pattern OPERATION_LABEL = Pattern
            .compile("^\\s*[+\\-−×÷*/]\\s*\\d+(?:\\.\\d+)?(?:\\s+[\\p{L} ]{2,30})?\\s*:\\s*");

    /**
     * "multiply both sides by 6", "subtract 3 from both sides": words saying what is done, with no operator or equals
     * sign. A run of three or more letters that are neither names Stepwise reads (sin, sqrt, theta) nor all letters of the
     * problem is a word; a lone short run ({@code 9abc}) stays math, so a slip written in letters is still judged.
     */
    static boolean wordsOnly(String part, java.util.Set<String> names) {
        if (OPERATORS.matcher(part).find()) return false;
        var m = LETTERS.matcher(part);
        int runs = 0;
        boolean word = false;
        while (m.find()) {
            runs++;
            String w = m.group();
            if (w.length() >= 3 && !Parser.isKnownWord(w)
                    && !w.codePoints().allMatch(c -> names.contains(Character.toString(c)))) {
                word = true;
                if (w.length() >= 5) runs++;
            }
        }
        return word && runs >= 2;
    }

    /**
     * Words that state a result with a number ("x equals 5", "the answer is 5", "to get x equals 5"): not a note about
     * what is done but a claim, which must be judged. It cannot be read as math, so the student is asked to write it so;
     * it is never skipped as a note (a wrong value hidden in words would be passed over).
     */
    static boolean wordsClaim(String part, java.util.Set<String> names) {
        if (OPERATORS.matcher(part).find() || !part.matches(".*\\d.*")) return false;
        var m = CLAIM.matcher(part);
        while (m.find()) {
            // "is" in a problem about i and s stays math
            if (!m.group().codePoints().allMatch(c -> names.contains(Character.toString(c)))) return true;
        }
        return false;
    }

    private static final Pattern CLAIM = Pattern.compile(
            "(?iU)\\b(equals?|is|are|was|gives?|giving|gets?|got|makes?|becomes?|answer|result|solution|comes to)\\b");

    private static final Pattern OPERATORS = Pattern.compile("[=<>≤≥+*/^×÷·()\\[\\]{}√²³]");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern ROUNDING_NOTE = Pattern
            .compile("(?i)(?:to\\s*)?\\d+\\s*(?:d\\.?\\s*p\\.?|s\\.?\\s*f\\.?|sig\\.?\\s*figs?\\.?)");

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

    static final Pattern CONNECTIVE = Pattern
            .compile("\\s+(?i:so|therefore|then|hence|thus|which gives|gives)\\s+|\\s*(?:⇒|=+>|→|-+>|∴)\\s*");

    static String tidy(String raw) {
        return withoutComment(tidied(raw));
    }

    /** The line with the words before it, an arrow, ≈ and a last full stop dealt with; a comment after it kept. */
    private static String tidied(String raw) {
        // "(a)" on its own line, "Q3. 2x = 8": worksheet numbering, never maths (grade16)
        if (ItemLabels.isLabel(raw)) return "";
        String t = ItemLabels.droppedFromWork(raw.strip()).strip();
        t = t.replaceFirst("^(?i)(so|then|therefore|thus|hence|now|answer|ans)\\b[,:]?\\s*", "");
        t = t.replaceFirst("^(∴|⇒|=+>|-+>|→)\\s*", "");
        t = t.replace('≈', '='); // x ≈ 3.33: a rounding, judged as x = 3.33 is
        if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
        return t.strip();
    }

    /**
     * "x = 4 (divide by 2)", "2x = 8 (÷2)", "5x - 3 (collect like terms)", "x = 4 ✓", "x = 4 ans": a comment after the math
     * saying what was done, a tick or the word marking the answer, is no part of it. grade13: the words were read as letters multiplied together, and the right
     * line was marked wrong. Only a last bracket of words (a run of three letters or more that is no name Stepwise reads)
     * or of an operation no math begins with (÷2, ×3) is a comment; {@code (x + 3)} and {@code (-3)} stay math.
     */
    static String withoutComment(String line) {
        String t = ANSWER_WORD.matcher(TICK.matcher(line).replaceFirst("")).replaceFirst("");
        Matcher whole = WHOLE_BRACKET.matcher(t);
        if (whole.matches() && isComment(whole.group(1))) return ""; // "(divide by 2)" on its own line: a note
        Matcher m = TRAILING_BRACKET.matcher(t);
        // written apart from the math ("x = 4 (divide by 2)"), and no name with a subscript (a = (F_net))
        if (!m.find() || m.start() == 0 || !Character.isWhitespace(t.charAt(m.start() - 1)) || m.group(1).contains("_"))
            return t.strip();
        String before = t.substring(0, m.start()).strip();
        if (!isComment(m.group(1)) && !timesAsX(m.group(1), before)) return t.strip();
        return withoutComment(before);
    }

    /** What a bracket holds is a comment: a word (three letters or more, no name Stepwise reads) or ÷2, ×3. */
    private static boolean isComment(String inside) {
        if (inside.strip().matches("[÷×*/]\\s*\\d+(\\.\\d+)?")) return true;
        if (ROUNDING_NOTE.matcher(inside.strip()).matches()) return true; // "0.67 (2dp)", "(3 s.f.)": how it was rounded
        Matcher w = LETTERS.matcher(inside);
        while (w.find()) if (w.group().length() >= 3 && !Parser.isKnownWord(w.group())) return true;
        return false;
    }

    /**
     * "x = 12 (x3)": × typed as the letter x before a number, in a bracket after a line complete without it (an equation
     * whose right side ends in a number, a letter or a bracket). grade13b: it was read as x·3 and the right line marked
     * wrong. {@code 12 = (x3)} and {@code 5x - 3 (x3)} stay maths.
     */
    private static boolean timesAsX(String inside, String before) {
        int eq = before.lastIndexOf('=');
        return inside.strip().matches("[xX]\\s*\\d+(\\.\\d+)?") && eq > 0
                && before.substring(eq + 1).strip().matches(".*[\\p{L}\\d)]");
    }

    /**
     * "x = 7 (x3)" under x/3 = 7, "x = 8 (÷2)" under 2x = 8: read as a note ({@link #withoutComment}) the line is x = 7,
     * but it may also be x = 7 × 3 (grade14). The line with its bracket read as that operation on the number before
     * it, where the right side is one number; empty for any other line.
     */
    static Optional<String> timesReading(String line) {
        String t = TICK.matcher(line.strip()).replaceFirst("");
        Matcher m = TRAILING_BRACKET.matcher(t);
        if (!m.find() || m.start() == 0 || !Character.isWhitespace(t.charAt(m.start() - 1))) return Optional.empty();
        String before = t.substring(0, m.start()).strip();
        Matcher op = OPERATION.matcher(m.group(1).strip());
        int eq = before.lastIndexOf('=');
        if (!op.matches() || eq <= 0 || !before.substring(eq + 1).strip().matches("-?\\d+(\\.\\d+)?"))
            return Optional.empty();
        return Optional.of(before + " " + operation(op) + " " + op.group(2));
    }

    /** Says that a bracket like (x3) or (÷2) may be an operation on the number before it or a note of what was done. */
    static Message timesOrNote(String raw) {
        Matcher m = TRAILING_BRACKET.matcher(TICK.matcher(raw.strip()).replaceFirst(""));
        if (!m.find()) return Message.NONE;
        Matcher op = OPERATION.matcher(m.group(1).strip());
        String bracket = m.group().strip();
        return Message.of("note.timesOrNote", bracket, op.matches() ? operation(op) + " " + op.group(2) : bracket);
    }

    /** × for x, X, × and *; ÷ for ÷ and /. */
    private static String operation(Matcher op) {
        return op.group(1).matches("[÷/]") ? "÷" : "×";
    }

    /** What a bracket of one operation holds: x3, ×3, *3, ÷2, /2. */
    private static final Pattern OPERATION = Pattern.compile("([xX×*÷/])\\s*(\\d+(?:\\.\\d+)?)");

    /** "x = 4 ans", "x = 4 answer:": the word marks the answer, it multiplies nothing ("(final answer)" is a comment). */
    private static final Pattern ANSWER_WORD = Pattern.compile("(?i)(?<=\\S)\\s+(?:ans|answer|final answer)[^\\w)]*$");
    private static final Pattern TICK = Pattern.compile("\\s*[✓✔]+\\s*$");
    private static final Pattern WHOLE_BRACKET = Pattern.compile("\\s*[(\\[]([^()\\[\\]_]*)[)\\]]\\s*");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\(([^()]*)\\)\\s*$");

    private static Optional<Message> brokenChainLink(Statement s, String raw) {
        if (!(s instanceof Statement.Chain c)) return Optional.empty();
        List<Expr> links = c.parts().subList(1, c.parts().size());
        for (int k = 0; k + 1 < links.size(); k++) {
            // x = 10/3 = 3.33, x = 32/7 = 4.571 = 4.6: a decimal that is the value before it rounded to the places written
            if (!Equivalence.of(links.get(k), links.get(k + 1)).equivalent() && !SolutionSets.roundedLink(links, k, raw)) {
                return Optional.of(Message.of("line.brokenChain", Printer.text(links.get(k)), Printer.text(links.get(k + 1))));
            }
        }
        return Optional.empty();
    }

    /** Whether line states the same thing as previous (same solutions, or the same expression). */
    static boolean follows(Statement previous, Statement line) {
        return switch (previous) {
            // "0.4 × 100 = 40" then "40": a calculation written as an equality, then its result (alg13)
            case Equation pe when line instanceof Statement.Expression lx && Exprs.variables(pe).isEmpty() ->
                Equivalence.of(pe.rhs(), lx.expr()).equivalent();
            case Equation pe -> followsEquation(pe, line) || sameAlternatives(previous, line);
            case Statement.Expression px -> switch (line) {
                case Statement.Expression lx -> Equivalence.of(px.expr(), lx.expr()).equivalent();
                // "y = 2x + 2" naming the simplified expression
                case Equation le when le.lhs() instanceof Expr.Var -> Equivalence.of(px.expr(), le.rhs()).equivalent();
                // "3 + (-8) = -5": working written as an equality; both sides must be the expression's value
                case Equation le ->
                    Equivalence.of(px.expr(), le.lhs()).equivalent() && Equivalence.of(px.expr(), le.rhs()).equivalent();
                case Statement.Chain c -> false;
                case Statement.Alternatives alt -> false;
                case Statement.SetOf set -> false;
            };
            case Statement.Alternatives alt -> sameValues(previous, line) || sameAlternatives(previous, line);
            case Statement.SetOf set -> sameValues(previous, line);
            case Statement.Chain c -> false; // a chain is collapsed to its equation before it becomes the previous line
        };
    }

    /**
     * {@code x + 3 = ±√7} after {@code (x + 3)² = 7}, and {@code x = -3 ± √7} after it: a line of alternatives states
     * that one of its equations holds, so it is compared, as a whole, with the line before as the one equation it
     * amounts to ({@link Equations#anyOf}). grade13: both lines were marked wrong, as the surds were not listed values.
     */
    private static boolean sameAlternatives(Statement previous, Statement line) {
        if (!(previous instanceof Statement.Alternatives) && !(line instanceof Statement.Alternatives)) return false;
        Optional<Equation> a = oneEquation(previous);
        Optional<Equation> b = oneEquation(line);
        return a.isPresent() && b.isPresent() && Equations.sameSolutions(a.get(), b.get()).equivalent();
    }

    /** The equation a line states: itself, a chain's first = last, or alternatives' {@link Equations#anyOf}. */
    static Optional<Equation> oneEquation(Statement s) {
        return switch (Statement.collapse(s)) {
            case Equation e -> Optional.of(e);
            case Statement.Alternatives alt -> {
                List<Equation> options = new ArrayList<>();
                for (Statement o : alt.options()) {
                    if (!(Statement.collapse(o) instanceof Equation e)) yield Optional.empty();
                    options.add(e);
                }
                yield Equations.anyOf(options);
            }
            default -> Optional.empty();
        };
    }

    private static boolean sameValues(Statement previous, Statement line) {
        Optional<List<Expr>> a = valuesOf(previous);
        Optional<List<Expr>> b = valuesOf(line);
        return a.isPresent() && b.isPresent() && SolutionSets.compare(a.get(), b.get()).same();
    }

    private static boolean followsEquation(Equation pe, Statement line) {
        if (line instanceof Equation le) return Equations.sameSolutions(pe, le).equivalent();
        // "3 + 3/4" under "6/4 + 9/4 = 15/4": in a calculation, the next line goes on from the value the line before
        // ended with (grade13: it was judged as a solution of an equation with no unknown, and marked wrong)
        if (line instanceof Statement.Expression lx && Exprs.variables(pe).isEmpty() && Exprs.variables(lx.expr()).isEmpty())
            return Equivalence.of(pe.rhs(), lx.expr()).equivalent();
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

    /**
     * The values a line states: {@code x = 2 or x = -3}, {@code {2, -3}}, and also alternatives still to be solved,
     * {@code x + 6 = 0 or x - 5 = 0}, whose solutions are collected.
     */
    /** The real roots of an equation in one unknown, as decimals (x² = 2: ±1.41421…), where they can be worked out. */
    private static Optional<List<Expr>> decimalRoots(Statement s) {
        if (!(s instanceof Equation eq)) return Optional.empty();
        return Equations.realRoots(eq).filter(roots -> !roots.isEmpty()).map(roots -> roots.stream()
                .map(r -> (Expr) new Expr.Num(Rational.of(new BigDecimal(r)), true)).toList());
    }

    static Optional<List<Expr>> valuesOf(Statement s) {
        Optional<List<Expr>> direct = SolutionSets.values(s);
        if (direct.isPresent() || !(s instanceof Statement.Alternatives alt)) return direct;
        List<Expr> all = new ArrayList<>();
        for (Statement o : alt.options()) {
            if (!(Statement.collapse(o) instanceof Equation e)) return Optional.empty();
            Optional<List<Expr>> vs = SolutionSets.values(e).or(() -> solutionValues(e)).or(() -> linearRoot(e));
            if (vs.isEmpty()) return Optional.empty();
            all.addAll(vs.get());
        }
        return Optional.of(all);
    }

    private static int distinctCount(List<Expr> values) {
        List<Expr> seen = new ArrayList<>();
        for (Expr v : values) if (seen.stream().noneMatch(o -> Equivalence.of(o, v).equivalent())) seen.add(v);
        return seen.size();
    }

    /**
     * The one solution of an equation of the first degree in its one letter whose numbers may be surds,
     * {@code x + 3 = √7} → -3 + √7: the options of {@code x + 3 = ±√7} (session 13: such a line was marked as not
     * following from {@code (x + 3)^2 = 7}).
     */
    private static Optional<List<Expr>> linearRoot(Equation e) {
        var vars = Exprs.variables(new Equation(e.lhs(), e.rhs()));
        if (vars.size() != 1) return Optional.empty();
        String x = vars.iterator().next();
        Expr f = new Add(List.of(e.lhs(), new Neg(e.rhs())));
        // the derivative as the engine writes it may still name x (2 × 1 + 0 × a): first degree when it has one value
        Expr derivative = Derivative.of(f, x);
        double a = Evaluator.eval(derivative, Map.of(x, 0.0));
        if (!Double.isFinite(a) || Math.abs(a) < 1e-12) return Optional.empty();
        for (double at : new double[]{-2.7, 1.3, 5.9})
            if (!(Math.abs(Evaluator.eval(derivative, Map.of(x, at)) - a) <= 1e-9 * Math.max(1, Math.abs(a))))
                return Optional.empty();
        Map<String, Expr> zero = Map.of(x, Expr.num(0));
        return Optional.of(List.of(new Neg(new Div(Exprs.substitute(f, zero), Exprs.substitute(derivative, zero)))));
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
    static Optional<Rational> rounded(Statement previous, Statement line, String text) {
        if (!(previous instanceof Equation pe) || !(line instanceof Equation le) || !(le.lhs() instanceof Expr.Var)
                || !(le.rhs() instanceof Expr.Num num && num.decimal()
                        || le.rhs() instanceof Neg ng && ng.operand() instanceof Expr.Num n2 && n2.decimal())) {
            return Optional.empty();
        }
        Optional<List<Rational>> exact = Equations.rationalSolutions(pe);
        Optional<List<Rational>> written = Equations.rationalSolutions(le);
        if (exact.isEmpty() || written.isEmpty() || exact.get().size() != 1 || written.get().size() != 1) return Optional.empty();
        // the places as written: x = 3.30 for 10/3 is a wrong rounding to two places, not a right one to one
        Optional<Integer> places = SolutionSets.placesOf(le.rhs(), text);
        if (places.isEmpty()) return Optional.empty();
        BigDecimal w = written.get().get(0).toBigDecimal(MathContext.DECIMAL64);
        if (w.setScale(places.get(), RoundingMode.HALF_UP).compareTo(w) != 0) return Optional.empty();
        w = w.setScale(places.get(), RoundingMode.HALF_UP);
        if (w.precision() < 2 || w.scale() < 1) return Optional.empty();
        BigDecimal e = exact.get().get(0).toBigDecimal(MathContext.DECIMAL128).setScale(w.scale(),
                RoundingMode.HALF_UP);
        return e.compareTo(w) == 0 ? Optional.of(exact.get().get(0)) : Optional.empty();
    }

    /** Whether a statement writes a decimal ({@code x = 0.667}): a value that was itself rounded, or may have been. */
    private static boolean hasDecimal(Statement s) {
        return switch (s) {
            case null -> false;
            case Statement.Expression x -> hasDecimal(x.expr());
            case Equation q -> hasDecimal(q.lhs()) || hasDecimal(q.rhs());
            case Statement.Chain c -> c.parts().stream().anyMatch(StepChecker::hasDecimal);
            case Statement.Alternatives a -> a.options().stream().anyMatch(StepChecker::hasDecimal);
            case Statement.SetOf set -> set.elements().stream().anyMatch(StepChecker::hasDecimal);
            default -> false;
        };
    }

    private static boolean hasDecimal(Expr e) {
        return switch (e) {
            case Expr.Num num -> num.decimal();
            case Expr.Neg(Expr a) -> hasDecimal(a);
            case Expr.Add(List<Expr> ts) -> ts.stream().anyMatch(StepChecker::hasDecimal);
            case Expr.Mul(List<Expr> fs) -> fs.stream().anyMatch(StepChecker::hasDecimal);
            case Expr.Div(Expr a, Expr b) -> hasDecimal(a) || hasDecimal(b);
            case Expr.Pow(Expr a, Expr b) -> hasDecimal(a) || hasDecimal(b);
            default -> false;
        };
    }

    /** A line that rounded an exact value: the exact line before it, the line, and the line as typed. */
    private record Rounding(Statement exact, Statement line, String raw) {}

    private static LineCheck roundedTwiceLine(int n, String raw, SolutionSets.RoundedTwice t) {
        return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.roundedTwice",
                t.from().toPlainString(), t.to().toPlainString(), t.to().scale(), t.once().toPlainString()),
                Optional.empty());
    }

    /** {@code x = 4.55 = 4.6} after {@code x = 32/7}: a decimal inside the chain that is not the solution rounded. */
    private static Optional<SolutionSets.Misrounded> misrounded(Statement previous, Statement line, String text) {
        if (!(previous instanceof Equation pe) || !(line instanceof Statement.Chain c) || !(c.parts().get(0) instanceof Expr.Var))
            return Optional.empty();
        Optional<List<Rational>> exact = Equations.rationalSolutions(pe);
        if (exact.isEmpty() || exact.get().size() != 1) return Optional.empty();
        return SolutionSets.misroundedInChain(new Expr.Num(exact.get().get(0), false), c.parts(), text);
    }

    /** {@code x = 0.46} written as {@code x = 5/11 = 0.455 = 0.46} after {@code 11x = 5}: the solution rounded twice. */
    private static Optional<SolutionSets.RoundedTwice> roundedTwice(Statement previous, Statement line, String text) {
        if (!(previous instanceof Equation pe) || !(line instanceof Equation le) || !(le.lhs() instanceof Expr.Var))
            return Optional.empty();
        Optional<List<Rational>> exact = Equations.rationalSolutions(pe);
        if (exact.isEmpty() || exact.get().size() != 1) return Optional.empty();
        return SolutionSets.roundedTwice(new Expr.Num(exact.get().get(0), false), text);
    }

    /**
     * The lines each buggy rule makes from a correct line: what a student with that misconception would write
     * next. Used to generate labelled wrong work for training and for measuring the diagnosis.
     */
    public static Map<Misconception, List<Statement>> buggyLines(Statement previous) {
        Map<Misconception, List<Statement>> out = new EnumMap<>(Misconception.class);
        for (BuggyRule rule : BuggyRule.ALL) {
            List<Statement> lines = rule.apply(previous);
            if (!lines.isEmpty()) out.put(rule.misconception(), lines);
        }
        return out;
    }

    /** a/b + c/d written as (a + c)/(b + d): tops and bottoms added, a method no slip of arithmetic explains. */
    static boolean addedAcross(Expr sum, Expr result) {
        if (!(sum instanceof Expr.Add add) || add.terms().size() != 2) return false;
        Rational top = Rational.ZERO, bottom = Rational.ZERO;
        for (Expr t : add.terms()) {
            if (!(t instanceof Expr.Div d && d.numerator() instanceof Expr.Num n && d.denominator() instanceof Expr.Num m))
                return false;
            top = top.add(n.value());
            bottom = bottom.add(m.value());
        }
        if (bottom.isZero()) return false;
        Optional<Rational> written = Exprs.exactValue(result);
        return written.isPresent() && written.get().equals(top.divide(bottom))
                && !written.get().equals(Exprs.exactValue(sum).orElse(null));
    }

    /** A wrong line's misconception with what to tell the student about it. */
    record Named(Misconception misconception, Message said) {}

    /**
     * {@code x = 56 - 7} or {@code x = 7 × 56} after {@code 7x = 56}: the multiplication undone with the wrong operation
     * (b - k, b + k, k - b, k × b for k·x = b; b ÷ m, b - m, b + m for x ÷ m = b); {@code x = 9} after {@code -3x = 27}: the
     * sign of the number divided by is lost (review20: both were called "the method is right, an arithmetic slip").
     * Empty for any other line, whenever the line's value is the right one, and for a wrong operation's value written as a
     * bare number ({@code x = 6} after {@code 2x = 8} may be a slip of 8 ÷ 2: student-lines-13 keeps it an arithmetic slip).
     */
    static Optional<Named> wrongInverse(Statement previous, Statement line) {
        if (!(previous instanceof Equation pe) || !(line instanceof Equation le) || !(le.lhs() instanceof Expr.Var x))
            return Optional.empty();
        Expr side = Exprs.variables(pe.rhs()).isEmpty() ? pe.lhs() : pe.rhs();
        Expr other = side == pe.lhs() ? pe.rhs() : pe.lhs();
        if (!Exprs.variables(other).isEmpty() || !Exprs.variables(le.rhs()).isEmpty()
                || !Exprs.variables(side).equals(java.util.Set.of(x.name())))
            return Optional.empty();
        Optional<Rational[]> c = Polynomials.coefficients(side, x.name());
        Optional<Rational> b = Exprs.exactValue(other);
        Optional<Rational> v = Exprs.exactValue(le.rhs());
        if (c.isEmpty() || b.isEmpty() || v.isEmpty() || c.get().length != 2 || !c.get()[0].isZero()) return Optional.empty();
        Rational a = c.get()[1];
        if (a.isZero() || a.isOne()) return Optional.empty();
        Rational right = b.get().divide(a);
        Rational got = v.get();
        if (got.equals(right)) return Optional.empty();
        // x = -3 after -x = -3 as well (gradefix25: it was "one side only")
        if (a.signum() < 0 && !right.isZero() && got.equals(right.negate()))
            return Optional.of(new Named(Misconception.SIGN_ERROR_MOVING_TERM, Message.of("misconception.sign-error.dividing",
                    x.name(), a.toString())));
        if (a.abs().isOne()) return Optional.empty();
        // a bare number (x = 6 after 2x = 8) may be a slip of 8 ÷ 2 as well: only an operation written out is named
        if (le.rhs() instanceof Expr.Num) return Optional.empty();
        Rational bv = b.get();
        if (a.isInteger()) {
            List<Rational> wrong = List.of(bv.subtract(a), bv.add(a), a.subtract(bv), bv.multiply(a));
            if (wrong.contains(got))
                return Optional.of(new Named(Misconception.WRONG_INVERSE,
                        Message.of("misconception.wrong-inverse.times", x.name(), a.toString())));
        } else if (a.reciprocal().isInteger()) {
            Rational m = a.reciprocal();
            List<Rational> wrong = List.of(bv.divide(m), bv.subtract(m), bv.add(m));
            if (wrong.contains(got))
                return Optional.of(new Named(Misconception.WRONG_INVERSE,
                        Message.of("misconception.wrong-inverse.divided", x.name(), m.toString())));
        }
        return Optional.empty();
    }

    /** Tries each buggy rule on the previous line; the first that reproduces the student's line names the mistake. */
    static Optional<Misconception> diagnose(Statement previous, Statement line) {
        if (previous instanceof Statement.Alternatives && line instanceof Equation && droppedRoot(previous, line))
            return Optional.of(Misconception.DROPPED_ROOT); // x = -3 + √7 after x + 3 = ±√7
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
                Optional<BuggyRule> rule = BuggyRule.explaining(pe, le);
                if (rule.isPresent()) return Optional.of(rule.get().misconception());
                if (invertedFormula(pe, le)) return Optional.of(Misconception.INVERTED_FORMULA);
                // x - 4 = 0 after x² - 4x = 0: divided by x, the root 0 is lost (one side looks unchanged, 0/x = 0)
                if (droppedRoot(pe, le)) return Optional.of(Misconception.DROPPED_ROOT);
                if (oneSideOnly(pe, le)) return Optional.of(Misconception.ONE_SIDE_ONLY);
                if (sameShapeDifferentNumbers(pe, le)) return Optional.of(Misconception.ARITHMETIC_SLIP);
                if (Exprs.variables(new Statement.Equation(pe.lhs(), pe.rhs())).isEmpty()
                        && Exprs.variables(new Statement.Equation(le.lhs(), le.rhs())).isEmpty()) {
                    return Optional.of(Misconception.ARITHMETIC_SLIP); // 20/4 = 7 after 4/2 × 5/2 = 20/4
                }
            }
            if (line instanceof Statement.Alternatives || line instanceof Statement.SetOf) return Optional.empty();
        }
        if (previous instanceof Statement.Expression px && line instanceof Statement.Expression lx) {
            Optional<BuggyRule> rule = BuggyRule.explaining(px, lx);
            if (rule.isPresent()) return Optional.of(rule.get().misconception());
            if (Exprs.variables(px.expr()).equals(Exprs.variables(lx.expr())) && shape(px.expr()).equals(shape(lx.expr())))
                return Optional.of(Misconception.ARITHMETIC_SLIP);
            if (addedAcross(px.expr(), lx.expr())) return Optional.of(Misconception.ADDED_ACROSS); // a wrong method, not a slip
            if (Exprs.variables(px.expr()).isEmpty() && Exprs.variables(lx.expr()).isEmpty())
                return Optional.of(Misconception.ARITHMETIC_SLIP);
            if (sameTermsOtherCoefficients(px.expr(), lx.expr())) return Optional.of(Misconception.ARITHMETIC_SLIP);
            return Optional.empty();
        }
        if (previous instanceof Statement.Expression px && line instanceof Equation le
                && Equivalence.of(px.expr(), le.lhs()).equivalent()) {
            // 2/3 + 3/4 = 5/7: a wrong method, not a slip (gradefix25: named, it was only "does not follow")
            if (addedAcross(px.expr(), le.rhs())) return Optional.of(Misconception.ADDED_ACROSS);
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

    static boolean same(Equation a, Equation b) {
        return Equations.sameSolutions(a, b).equivalent();
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

    /**
     * {@code v = √(2E/m)} after {@code v² = 2E/m}: rearranging a formula (other letters besides the subject) by taking the
     * principal square root. Squared, the line is the line before; the negative root is the one left out. An equation in
     * one letter ({@code x² = 49 → x = 7}) still loses a solution: that is {@link Misconception#DROPPED_ROOT}.
     */
    static boolean positiveRoot(Statement before, Statement line) {
        if (!(before instanceof Equation pe) || !(line instanceof Equation le) || !(le.lhs() instanceof Expr.Var v)) return false;
        var names = Exprs.variables(new Equation(pe.lhs(), pe.rhs()));
        if (names.size() < 2 || !names.contains(v.name()) || Exprs.variables(le.rhs()).contains(v.name())) return false;
        if (!principalRoot(le.rhs())) return false;
        Expr two = new Expr.Num(Rational.of(2), false);
        return Equations.sameSolutions(pe, new Equation(new Pow(v, two), new Pow(le.rhs(), two))).equivalent();
    }

    /**
     * {@code T^2 = 4π^2 l/g} after {@code T = 2π√(l/g)}: making a letter under a root the subject of a formula by squaring
     * both sides (session 13). The root side is never negative, so for the quantities a formula is about nothing is
     * gained; the line must say exactly what the squared line says.
     */
    static boolean squaredRoot(Statement before, Statement line) {
        if (!(before instanceof Equation pe) || !(line instanceof Equation le)) return false;
        if (Exprs.variables(new Equation(pe.lhs(), pe.rhs())).size() < 2) return false;
        Expr two = new Expr.Num(Rational.of(2), false);
        for (boolean rootOnRight : new boolean[]{true, false}) {
            Expr root = rootOnRight ? pe.rhs() : pe.lhs(), other = rootOnRight ? pe.lhs() : pe.rhs();
            if (principalRoot(root) && !principalRoot(other)
                    && Equations.sameSolutions(le, new Equation(new Pow(other, two), new Pow(root, two))).equivalent())
                return true;
        }
        return false;
    }

    /** √(…), (…)^(1/2), or a positive multiple or quotient of one: a value that is never negative where defined. */
    private static boolean principalRoot(Expr e) {
        return switch (e) {
            case Expr.Fn f -> f.name().equals("sqrt");
            case Pow p -> p.exponent() instanceof Expr.Num k && k.value().equals(Rational.of(1).divide(Rational.of(2)))
                    || p.exponent() instanceof Div d && d.numerator() instanceof Expr.Num a
                            && d.denominator() instanceof Expr.Num b
                            && a.value().equals(Rational.of(1)) && b.value().equals(Rational.of(2));
            case Mul m -> m.factors().stream().anyMatch(StepChecker::principalRoot)
                    && m.factors().stream().allMatch(f -> principalRoot(f) || positiveLetterFree(f));
            case Div d -> principalRoot(d.numerator()) && positiveLetterFree(d.denominator());
            default -> false;
        };
    }

    /** A positive number, π and 2π included (the factor of T = 2π√(l/g)). */
    private static boolean positiveLetterFree(Expr e) {
        return Exprs.variables(e).isEmpty() && Evaluator.eval(e, Map.of()) > 0;
    }

    /**
     * x² = 49 → x = 7, (x + 3)² = 7 → x + 3 = √7: the line keeps some of the solutions and loses others. Irrational
     * solutions are compared as numbers: this only names a mistake in a line already found not to follow.
     */
    private static boolean droppedRoot(Statement prev, Statement line) {
        Optional<List<Expr>> all = prev instanceof Equation pe ? solutionValues(pe) : valuesOf(prev);
        Optional<List<Expr>> kept = SolutionSets.values(line)
                .or(() -> line instanceof Equation le ? solutionValues(le) : Optional.empty());
        if (all.isPresent() && kept.isPresent()) {
            if (all.get().size() < 2) return false;
            var c = SolutionSets.compare(all.get(), kept.get());
            return c.matched() > 0 && c.matched() < c.expected() && c.extra() == 0;
        }
        Optional<List<Double>> allRoots = oneEquation(prev).flatMap(Equations::approximateRoots);
        Optional<List<Double>> keptRoots = oneEquation(line).flatMap(Equations::approximateRoots);
        if (allRoots.isEmpty() || keptRoots.isEmpty() || keptRoots.get().isEmpty()
                || keptRoots.get().size() >= allRoots.get().size())
            return false;
        return keptRoots.get().stream().allMatch(k -> allRoots.get().stream()
                .anyMatch(r -> Math.abs(r - k) <= 1e-6 * Math.max(1, Math.abs(r))));
    }

    /** The line has the form the right step would have (same variables on the same sides) but other numbers. */
    private static boolean sameShapeDifferentNumbers(Equation prev, Equation line) {
        return Exprs.variables(line.lhs()).size() + Exprs.variables(line.rhs()).size() > 0
                && Exprs.variables(new Statement.Equation(prev.lhs(), prev.rhs()))
                        .containsAll(Exprs.variables(new Statement.Equation(line.lhs(), line.rhs())))
                && Exprs.variables(line.rhs()).isEmpty() == Exprs.variables(prev.rhs()).isEmpty()
                || line.lhs() instanceof Expr.Var;
    }

    /** For solve tasks: whether the last line gives values that satisfy the original equation. */
    private static Optional<Boolean> finalAnswer(Task task, Statement origin, Statement last, String lastText,
            String allText) {
        if (last == null || !(origin instanceof Equation eq)) return Optional.empty();
        if (task != Task.SOLVE) return Optional.empty();
        Optional<List<Expr>> values = SolutionSets.values(last);
        Optional<List<Expr>> expected = solutionValues(eq);
        if (values.isEmpty()) {
            // x = -6 or x - 5 = -6: options still to be solved are not yet the answer, but wrong values are a wrong one
            Optional<List<Expr>> solved = valuesOf(last);
            return solved.isPresent() && expected.isPresent() && !SolutionSets.compare(expected.get(), solved.get()).same()
                    ? Optional.of(false)
                    : Optional.empty();
        }
        // y = 4 under 2x + 3 = 11 (review14): a value of a letter the equation does not have is no answer to it
        if (!Exprs.variables(new Statement.Equation(eq.lhs(), eq.rhs())).containsAll(SolutionSets.namedVariables(last)))
            return Optional.of(false);
        // x = 3.33 for 10/3: rounded to the places written, as the answer checker takes it (grade13: a right line, a wrong answer)
        if (expected.isPresent())
            return Optional.of(SolutionSets.compare(expected.get(), values.get()).same()
                    || SolutionSets.roundedOnce(expected.get(), values.get(), lastText, allText));
        String x = Exprs.variables(new Statement.Equation(eq.lhs(), eq.rhs())).stream().findFirst().orElse("x");
        // every solution, not only some: x = -3 + √7 alone for (x + 3)² = 7 loses one (grade13: it was marked right)
        if (values.get().stream().allMatch(v -> Equations.satisfies(eq, Map.of(x, v)))
                && distinctCount(values.get()) >= Equations.realSolutionCount(eq)
                        .or(() -> Equations.approximateRoots(eq).map(List::size)).orElse(0))
            return Optional.of(true);
        // x = 5.24 or x = 0.76 for x^2 - 6x + 4 = 0: the irrational solutions rounded, where they can be worked out
        Optional<List<Double>> roots = Equations.realRoots(eq);
        return Optional.of(roots.isPresent() && SolutionSets.roundedSame(
                roots.get().stream().map(r -> (Expr) new Expr.Num(Rational.of(new BigDecimal(r)), true)).toList(),
                values.get(), lastText));
    }
}
