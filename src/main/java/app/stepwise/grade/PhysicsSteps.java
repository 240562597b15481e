package app.stepwise.grade;

import app.stepwise.grade.Dimensions.Dim;
import app.stepwise.grade.LineCheck.Status;
import app.stepwise.math.Budget;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Numbers;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.Quantity;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Statement;
import app.stepwise.math.Unit;
import app.stepwise.math.Units;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Checks physics working: formula lines ({@code v = u + a t}), rearrangements ({@code a = F/m}), substitutions
 * with or without units ({@code v = 0 + 2 m/s² × 5 s}) and results with units ({@code v = 10 m/s}).
 *
 * <p>A line is right when it is true of this situation: every symbol takes its value from the givens, from
 * the reference reasoning (intermediate quantities such as the normal force) or from the expected answer, all
 * in SI. Numbers may be rounded as students round them (0.5 %, or to the significant figures written). After a
 * mistake, later lines are judged against the values the student's own lines implied.
 *
 * <p>A line may give a quantity a name of the student's own ({@code W = m g = 98 N}, {@code net force = 30.6 N}): it is
 * right when its value is the value of the quantity the name stands for ({@link NewNames}, ADR 0010), and later lines
 * may use the name. A number typed against a unit ({@code 20m/s}) is that quantity unless only the dimensionally sound
 * reading of its letters as the problem's symbols is true.
 */
public final class PhysicsSteps {
    /** Relative tolerance for rounded intermediate values. */
    static final double ROUNDING = 0.005;
    /** The answer box's tolerance where the teacher sets none (1 %): a one-figure rounding is right within it there. */
    private static final double BOX_TOLERANCE = app.stepwise.lesson.AnswerSpec.Tolerance.DEFAULT_RELATIVE.amount().doubleValue();
    /** Standard gravity, used when a line writes {@code g} and the problem does not give it. */
    static final double STANDARD_G = Units.STANDARD_GRAVITY;

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(?<![A-Za-z_\\d.])(?<!\\d\\s{0,3}/\\s{0,3})(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*((?:[A-Za-zΩμ°]+(?:\\^-?\\d+|[²³]|[23](?![\\d.]))?)(?:\\s*/\\s*[A-Za-zΩμ°]+(?:\\^-?\\d+|[²³]|[23](?![\\d.]))?)*)");

    private PhysicsSteps() {}

    /** What a physics problem states: its givens in SI, the unknown and its expected answer. */
    public record Situation(Map<String, Quantity> givens, Optional<String> unknown, Optional<Quantity> answer) {
        public Situation {
            givens = Map.copyOf(givens);
        }

        /** Reads the pack's givens ("m", "2 kg"); a given that cannot be read is reported by the exception. */
        public static Situation of(List<Map.Entry<String, String>> givens, Optional<String> unknown, Optional<String> answer)
                throws MathSyntaxException {
            Map<String, Quantity> g = new HashMap<>();
            for (var e : givens) g.put(Parser.symbolName(e.getKey()), Quantity.parse(e.getValue()));
            Optional<Quantity> a = answer.isPresent() ? Optional.of(Quantity.parse(answer.get())) : Optional.empty();
            return new Situation(g, unknown.filter(s -> !s.isBlank()).map(Parser::symbolName), a);
        }
    }

    public static LineCheck.Report check(Situation situation, List<String> lines, List<String> reference) {
        Map<String, Double> truth = new HashMap<>();
        situation.givens().forEach((k, q) -> truth.put(k, q.si()));
        truth.putIfAbsent("g", STANDARD_G); // before the reference is read, so "2 g h" is not read as 2 grams
        Map<String, Dim> dims = new HashMap<>();
        situation.givens().forEach((k, q) -> dims.put(k, Dim.of(q.unit())));
        dims.putIfAbsent("g", GRAVITY_DIM);
        List<Equation> refs = new ArrayList<>();
        for (String r : reference) {
            Optional<Equation> eq = read(r, truth.keySet(), true).flatMap(PhysicsSteps::asEquation);
            eq.ifPresent(refs::add);
            // the first definition of a quantity is the exact one: later reference lines round it (v = 11.3 m/s)
            eq.ifPresent(e -> {
                if (!(e.lhs() instanceof Expr.Var v && truth.containsKey(v.name()))) {
                    define(e, truth);
                    if (e.lhs() instanceof Expr.Var v && !Exprs.variables(e.rhs()).isEmpty())
                        Dimensions.of(e.rhs(), dims).ifPresent(d -> dims.putIfAbsent(v.name(), d));
                }
            });
        }
        String unknown = situation.unknown()
                .orElseGet(() -> refs.isEmpty() ? "" : refs.get(refs.size() - 1).lhs() instanceof Expr.Var v ? v.name() : "");
        situation.answer().ifPresent(a -> {
            if (!unknown.isEmpty()) {
                truth.putIfAbsent(unknown, a.si());
                if (a.hasUnit()) dims.put(unknown, Dim.of(a.unit()));
            }
        });
        // "What is the deceleration?" answered 4 m/s² where the givens make the acceleration -4 m/s²: its size is asked.
        // The acceleration is judged signed, as the physics has it; a line giving the size asked is right too (grade14)
        if (!unknown.isEmpty() && givensMakeItNegative(unknown, truth, dims)) truth.put(unknown, -truth.get(unknown));
        truth.putIfAbsent("g", STANDARD_G);
        // the same reasoning done with the numbers as given (3 km, 10 min) and no conversion: a conversion slip's value
        Map<String, Double> asGiven = new HashMap<>();
        situation.givens().forEach((k, q) -> asGiven.put(k, q.value()));
        asGiven.put("g", STANDARD_G);
        for (String r : reference) {
            try {
                asEquation(Parser.parse(withSiNumbers(StepChecker.tidy(r), asGiven.keySet(), false, false),
                        new Parser.Context(asGiven.keySet(), true))).ifPresent(e -> {
                            if (!(e.lhs() instanceof Expr.Var v && asGiven.containsKey(v.name()))) define(e, asGiven);
                        });
            } catch (MathSyntaxException e) {
                // skipped, as for the truth
            }
        }

        Work work = new Work(truth, new HashMap<>(truth), dims, asGiven, refs, unknown, situation, new HashSet<>(),
                new HashSet<>(), QuestionUnits.of(situation.answer(), situation.givens().values()), new HashSet<>(),
                new HashSet<>(), new HashSet<>());
        Map<String, String> wordNames = new HashMap<>(); // "net force" as the student wrote it → netforce
        Map<String, String> spellings = new HashMap<>(); // Ek as the student wrote it → E_k
        boolean degrees = situation.givens().values().stream().anyMatch(q -> q.unit().symbol().equals("°"));
        AtomicReference<Optional<Boolean>> finalCorrect = new AtomicReference<>(Optional.empty());
        java.util.concurrent.atomic.AtomicBoolean valueStated = new java.util.concurrent.atomic.AtomicBoolean();
        LineLoop.Judge<Equation> judgeLine = (n, raw, tidied, before, afterError) -> {
            String text = kindWordsAsSymbols(withSpellings(withWordNames(usualNotation(tidied), wordNames), spellings), work);
            // 1200 x 2.5 typed for 1200 × 2.5, where the problem has no x; 50 x 0.2 where x is the extension: no one
            // writes the symbol x before a number, so there it is × (the preview reads it by the same rule)
            text = TimesSigns.inPhysics(text, work.names().contains("x"));
            // 5 × 10^(-7) m is 5 × 10^-7 m: the power's brackets dropped, so the unit after it is read as one
            text = BRACKETED_POWER_OF_TEN.matcher(text).replaceAll("10^$1");
            // 3 × 10^8 / 6 × 10^14: a number in standard form after a division sign is one number, as read on paper
            text = STANDARD_FORM_DIVISOR.matcher(text).replaceAll(r -> Matcher.quoteReplacement("/ (" + r.group(1) + ")"));
            text = caretlessPowers(text, work.names());
            if (degrees) text = inDegrees(text);
            // a = Δv/Δt: a change written with Δ whose name is listed (Δv the change in velocity, Δt the time taken) is that
            // quantity where the problem gives it, as a teacher reads it
            List<String> implicit = new ArrayList<>();
            Matcher delta = DELTA_NAME.matcher(text);
            while (delta.find()) implicit.add(delta.group());
            // F = m a = 2 × (7 - 1)/2 with no a found yet: a symbol of a listed quantity used right of = (or in a left side
            // that is no name, v^2 = 36) is that quantity
            implicit.addAll(symbolsUsed(text, work.names()));
            for (String name : implicit) {
                if (work.names().contains(name)) continue;
                List<NewNames.Role> roles = NewNames.roles(name);
                if (roles.size() != 1) continue; // W a weight or a work: which one is not for Stepwise to guess
                Optional<NewNames.Role> role = Optional.of(roles.get(0));
                Optional<Double> value = onlyValue(
                        NewNames.atStage(NewNames.ofRole(role.get(), work.truth(), work.dims()), name), work.truth());
                if (value.isEmpty()) continue;
                work.truth().put(name, value.get());
                work.own().put(name, value.get());
                work.dims().put(name, role.get().dim());
            }
            Set<String> known = work.names();
            Optional<NewNames.Head> head = NewNames.head(text, known);
            // Ek = 9 J read as the reference's E_k: later lines' Ek is E_k too, not E·k
            head.filter(h -> !h.written().equals(h.name()) && !h.written().contains(" "))
                    .ifPresent(h -> spellings.put(h.written(), h.name()));
            Set<String> names = new HashSet<>(known);
            if (head.isPresent()) {
                text = head.get().text();
                names.add(head.get().name());
            }
            Optional<Readings> parsed;
            try {
                parsed = reading(text, names, work, afterError);
            } catch (MathSyntaxException e) {
                return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                        Message.of("line.cannotRead", e.said()), Optional.empty()), null);
            }
            if (parsed.isEmpty())
                return new LineLoop.Judged<>(new LineCheck(n, raw, Status.NOTE, Optional.empty(),
                        Message.of("line.physicsEquation"), Optional.empty()), null);
            boolean introduces = head.isPresent() && work.isNew(head.get().name())
                    && parsed.get().chosen().equation().lhs() instanceof Expr.Var;
            Read line = introduces ? pickForNewName(parsed.get(), head.get(), text, work) : parsed.get().chosen();
            if (introduces && head.get().written().contains(" ")) wordNames.put(head.get().written(), head.get().name());
            if (!withSiNumbers(text, names, true, line.compact()).equals(withSiNumbers(text, names, false, line.compact())))
                work.otherUnitLines().add(n);
            LineCheck judged = introduces
                    ? judgeNewName(n, raw, text, head.get(), line, work, afterError)
                    : judge(n, raw, text, line, work, afterError);
            // grade12: P = 6/5 = 1200 W is true physics only with 6/5 read in kJ/s; as written it equates 1.2 and 1200
            Optional<Message> mixed = judged.status() == Status.VALID || judged.status() == Status.ON_PATH
                    ? mixedUnits(text, names)
                    : Optional.empty();
            LineCheck verdict = mixed.isPresent()
                    ? new LineCheck(n, raw, Status.INVALID, Optional.empty(), mixed.get(), Optional.empty())
                    : judged;
            Optional<String> ownValue = afterError && verdict.status() == Status.INVALID
                    ? ownNumberCarried(line, work)
                    : Optional.empty();
            if (ownValue.isPresent()) { // W = 18 - 4 = 14 J after KE_1 = 4 J (it is 8 J): the earlier value is the mistake
                String shown = wordNames.entrySet().stream().filter(e -> e.getValue().equals(ownValue.get()))
                        .map(Map.Entry::getKey).findFirst().orElse(ownValue.get()); // average velocity, as written
                verdict = new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.followsEarlierValue",
                        shown, plain(work.own().get(ownValue.get()))), Optional.empty());
            }
            OptionalDouble carriedInUnits = OptionalDouble.empty();
            if (ownValue.isEmpty() && afterError && verdict.status() == Status.INVALID) {
                if (solvesLineBefore(line.equation(), before, work.own()) || rightFormulaOwnValues(line, work))
                    verdict = new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.carriedForward"),
                            Optional.empty());
                else if ((carriedInUnits = carriedInQuestionUnits(text, line, before, work)).isPresent())
                    verdict = new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.carriedForward"),
                            Optional.empty());
            }
            // later lines may use what this one found, right or not; a line right in the question's units (t = 0.75 in
            // hours) found the true value, which later lines' carried-forward values are worked from in SI
            boolean rightInUnits = work.inQuestionUnits().remove(n);
            if (rightInUnits && line.equation().lhs() instanceof Expr.Var v)
                work.own().put(v.name(), work.truth().get(v.name()));
            else if (carriedInUnits.isPresent() && line.equation().lhs() instanceof Expr.Var v)
                work.own().put(v.name(), carriedInUnits.getAsDouble());
            else
                define(line.equation(), work.own());
            Equation eq = line.equation();
            if (eq.lhs() instanceof Expr.Var v) work.stated().add(v.name());
            work.rederive();
            // the unknown, or a name of the student's own taken as it (pressure = 29400 Pa where p is asked for)
            boolean statesUnknown = eq.lhs() instanceof Expr.Var v
                    && (v.name().equals(unknown) || work.unknownNames().contains(v.name()) || sizeAskedOf(v.name(), work));
            // after a wrong or asked-about line, a last line true of the situation (not only of the student's own
            // values, carried forward) still states the right answer
            // where a size is asked, a last line giving the signed acceleration (a = -4 m/s²) is right but not the answer
            boolean signedForSize = eq.lhs() instanceof Expr.Var u
                    && (sizeAsked(work) && u.name().equals(unknown) || sizeAskedOf(u.name(), work))
                    && (eq.rhs() instanceof Expr.Neg neg && neg.operand() instanceof Expr.Num
                            || eq.rhs() instanceof Expr.Num k && k.value().signum() < 0);
            if (signedForSize && (verdict.status() == Status.VALID || verdict.status() == Status.ON_PATH))
                verdict = new LineCheck(n, raw, verdict.status(), verdict.misconception(),
                        Message.of("line.signedNotSize", unknown), verdict.reference());
            if (statesUnknown && Exprs.variables(eq.rhs()).isEmpty()) {
                boolean right = !signedForSize && (verdict.status() == Status.ON_PATH
                        || verdict.status() == Status.VALID && (!afterError || rightInUnits || work.trueLines().contains(n)));
                // ADR 0024: an answer worked from rounded values the working carries, right as arithmetic, whose last
                // digit is not the true value's: right where it still rounds to the true value at 3 significant figures
                Optional<CarriedRounding> carried = right && !rightInUnits ? carriedRounding(line, work) : Optional.empty();
                if (carried.isPresent()) {
                    right = carried.get().awrt();
                    verdict = new LineCheck(n, raw, verdict.status(), verdict.misconception(), carried.get().said(),
                            verdict.reference());
                }
                // W = 10 × 3 with no value after it: right so far, but the answer is still to be worked out (grade20)
                if (!right || valueWritten(eq.rhs()) || valueStated.get()) finalCorrect.set(Optional.of(right));
                else
                    finalCorrect.set(Optional.empty());
                if (valueWritten(eq.rhs())) valueStated.set(true);
            }
            return new LineLoop.Judged<>(verdict, eq);
        };
        // 2.10 N and 2.0 N are rounded to the figures written, which the engine's numbers do not keep (rev16, grade17)
        LineLoop.Judge<Equation> statement = (n, raw, typed, before, afterError) -> {
            String tidied = StudentWriting.groupedDigits(typed); // p = 5 600 000 Pa (grade24)
            WRITTEN_FIGURES.set(figuresWritten(tidied));
            try {
                return judgeLine.judge(n, raw, tidied, before, afterError);
            } finally {
                WRITTEN_FIGURES.remove();
            }
        };
        // "v = u + at => v = 0 + 2 × 5 => v = 10 m/s": each statement of the line in turn, the first bad one decides
        // (grade13: the arrow was an unreadable symbol)
        LineLoop.Result<Equation> result = LineLoop.run(lines, null, (n, raw, tidied, before, afterError) -> {
            LineLoop.Judged<Equation> judged = null;
            for (String written : StepChecker.CONNECTIVE.split(tidied)) {
                String part = written.strip();
                if (StepChecker.isNote(part)) continue;
                // "= 10/2" under "a = F/m": the line goes on from the quantity the line before worked out
                if (StepChecker.goesOn(part).isPresent() && before != null && before.lhs() instanceof Expr.Var v)
                    part = v.name() + " " + part;
                LineLoop.Judged<Equation> one = statement.judge(n, raw, part, before, afterError);
                if (one.verdict() == null) continue;
                Status st = one.verdict().status();
                if (st == Status.INVALID || st == Status.UNREADABLE) return one;
                if (judged == null || st != Status.NOTE) judged = one;
            }
            return judged == null ? new LineLoop.Judged<>(null, null) : judged;
        });
        int furthest = result.furthest();
        Optional<Integer> next = furthest < reference.size() ? Optional.of(furthest + 1) : Optional.empty();
        // working that stops before the unknown's value (W = F × d, or W = 10 × 3 not worked out), every line right: told
        // so, as solve working is (grade20; it said "Correct: this is true here." only)
        List<LineCheck> lines1 = finalCorrect.get().isEmpty() && result.firstError().isEmpty() && !unknown.isEmpty()
                ? StepChecker.toldNotFinished(result.lines(), unknown,
                        Set.of("grade.correct", "line.goodStep", "line.trueHere")::contains)
                : result.lines();
        return new LineCheck.Report(lines1, result.firstError(), finalCorrect.get(), next);
    }

    /**
     * A value written out: a number ({@code 30}, {@code -4.5}, {@code 3 × 10^8}) or a fraction of two ({@code 100/24},
     * {@code 40 %}, as a solve answer may be {@code x = 15/4}), not a computation still to be done ({@code 10 × 3},
     * {@code 2 × 9.8 × 5}, {@code 60 - 29.4}).
     */
    private static boolean valueWritten(Expr e) {
        Expr inner = e instanceof Expr.Neg n ? n.operand() : e;
        return aNumber(inner) || inner instanceof Expr.Div(Expr a, Expr b) && aNumber(a) && aNumber(b);
    }

    /** A number as written: {@code 30}, {@code -4.5}, {@code 3 × 10^8}. */
    private static boolean aNumber(Expr e) {
        Expr inner = e instanceof Expr.Neg n ? n.operand() : e;
        return inner instanceof Expr.Num
                || inner instanceof Expr.Mul(List<Expr> fs) && fs.size() == 2 && fs.get(0) instanceof Expr.Num
                        && fs.get(1) instanceof Expr.Pow(Expr.Num ten, Expr k)
                        && ten.value().equals(app.stepwise.math.Rational.of(10)) && isNumber(k);
    }

    /**
     * After a mistake, {@code t = 2.12 s} under the student's own {@code 9 = 2t^2}: the value the line gives solves the
     * line before it, the other symbols there at the student's own values; the slip is carried forward, not made again
     * (grade13: it was marked wrong a second time).
     */
    private static boolean solvesLineBefore(Equation line, Equation before, Map<String, Double> own) {
        if (before == null || !(line.lhs() instanceof Expr.Var v) || !Exprs.variables(line.rhs()).isEmpty()) return false;
        Set<String> letters = Exprs.variables(before);
        if (!letters.contains(v.name())) return false;
        Map<String, Expr> others = new HashMap<>();
        for (String s : letters) {
            if (s.equals(v.name())) continue;
            Double value = own.get(s);
            if (value == null || !Double.isFinite(value)) return false;
            others.put(s, new Expr.Num(app.stepwise.math.Rational.of(new BigDecimal(value)), true));
        }
        double written = Evaluator.eval(line.rhs(), Map.of());
        Optional<List<Double>> roots = app.stepwise.math.Equations.approximateRoots(
                new Equation(Exprs.substitute(before.lhs(), others), Exprs.substitute(before.rhs(), others)));
        return roots.isPresent() && roots.get().stream().anyMatch(r -> agree(r, written, line.rhs()));
    }

    /**
     * After a wrong formula, {@code v = 60 × 2} and then {@code v = 120 km/h} under {@code v = d × t} for 60 km in 2 h with
     * km/h asked: the student's numbers are the givens as written, in the question's units, so the line is the formula
     * before it (or the value before it) worked out right in those units; the mistake is carried forward, not made again
     * (review23: both lines were told "the method is right, but there is an arithmetic slip", as {@link #solvesLineBefore}
     * compares in SI only). The line's value in SI, which later lines carry forward, if so.
     */
    private static OptionalDouble carriedInQuestionUnits(String text, Read line, Equation before, Work work) {
        if (before == null || !(line.equation().lhs() instanceof Expr.Var v) || !work.dims().containsKey(v.name()))
            return OptionalDouble.empty();
        // the units asked, else a given's (t = 150 × 100 for 150 km at 100 km/h: km and h, where only h is asked)
        List<QuestionUnits> tried = new ArrayList<>();
        work.units().ifPresent(tried::add);
        for (Quantity g : work.situation().givens().values())
            if (inOtherUnit(g)) QuestionUnits.of(Optional.of(g), work.situation().givens().values()).ifPresent(tried::add);
        for (QuestionUnits units : tried) {
            OptionalDouble found = carriedIn(units, text, line, before, work);
            if (found.isPresent()) return found;
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble carriedIn(QuestionUnits units, String text, Read line, Equation before, Work work) {
        Expr.Var v = (Expr.Var) line.equation().lhs();
        Dim dim = work.dims().get(v.name());
        OptionalDouble perSi = units.value(1.0, dim);
        if (perSi.isEmpty() || !(perSi.getAsDouble() > 0)) return OptionalDouble.empty();
        Map<String, Double> own = inUnits(units, work, work.own()); // the student's values in the question's units
        Optional<Read> asked = readInUnits(units, text, work.names(), line);
        if (asked.isEmpty() || !(asked.get().equation().lhs() instanceof Expr.Var w) || !w.name().equals(v.name())
                || !Exprs.variables(asked.get().equation().rhs()).isEmpty() || !chainAgrees(asked.get().statement(), own))
            return OptionalDouble.empty();
        double written = Evaluator.eval(asked.get().equation().rhs(), Map.of());
        Map<String, Double> without = new HashMap<>(own);
        without.remove(v.name());
        if (!Double.isFinite(written)) return OptionalDouble.empty();
        // v = d × t before it: its value at the student's numbers, worked out (roots are searched for only up to ~11 000,
        // and 150 × 100 = 15 000 h is a value a wrong formula gives)
        boolean worked = before.lhs() instanceof Expr.Var b && b.name().equals(v.name())
                && without.keySet().containsAll(Exprs.variables(before.rhs()))
                && agree(Evaluator.eval(before.rhs(), without), written, asked.get().equation().rhs());
        if (!worked && !solvesLineBefore(asked.get().equation(), before, without)) return OptionalDouble.empty();
        return OptionalDouble.of(written / perSi.getAsDouble());
    }

    /**
     * After a mistake, {@code t = (v - u)/a = 2.12 s} where the student's v is 4.24: a right formula for the quantity
     * (true of the situation) worked out right with the student's own values, as a teacher gives follow-through marks.
     */
    private static boolean rightFormulaOwnValues(Read line, Work work) {
        if (!(line.statement() instanceof Statement.Chain c) || !(c.parts().get(0) instanceof Expr.Var v)
                || Exprs.variables(c.parts().get(1)).isEmpty() || !work.truth().containsKey(v.name()))
            return false;
        Expr formula = c.parts().get(1);
        boolean right = agree(work.truth().get(v.name()), Evaluator.eval(formula, work.truth()), formula);
        return right && c.parts().size() > 2 && chainAgrees(c, work.own()); // its links after the name
    }

    /**
     * After a mistake, {@code W = 18 - 4 = 14 J} where the student found KE_1 = 4 J (it is 8 J): the number of a value the
     * student stated wrongly, used where its quantity belongs, worked out right; with the true value in its place the line
     * is true of the situation (18 - 8 is W). A teacher reads it as following from the earlier value, not as a second
     * mistake (grade17; before, bare numbers were never carried forward). The name of the value carried, if so.
     */
    private static Optional<String> ownNumberCarried(Read line, Work work) {
        List<Expr> parts = parts(line);
        if (!(parts.get(0) instanceof Expr.Var v) || !work.truth().containsKey(v.name())) return Optional.empty();
        Map<String, Double> wrong = new HashMap<>(); // each value the student stated wrongly: the name, their value
        for (String s : work.stated()) {
            Double own = work.own().get(s), truth = work.truth().get(s);
            if (!s.equals(v.name()) && own != null && truth != null && !agree(truth, own, new Expr.Var(s))) wrong.put(s, own);
        }
        List<Expr> links = parts.subList(1, parts.size());
        // its links after the name worked out right with the student's values (chainAgrees leaves the name's link out)
        if (wrong.isEmpty() || !chainAgrees(new Statement.Chain(parts), work.own())) return Optional.empty();
        for (Expr link : links) {
            if (!Exprs.variables(link).isEmpty()) continue;
            for (Map.Entry<String, Double> w : wrong.entrySet()) {
                Expr corrected = withNumber(link, w.getValue(), work.truth().get(w.getKey()));
                if (!corrected.equals(link)
                        && agree(work.truth().get(v.name()), Evaluator.eval(corrected, Map.of()), corrected))
                    return Optional.of(w.getKey());
            }
        }
        return Optional.empty();
    }

    /** The expression with each number equal to {@code from} replaced by {@code to}. */
    private static Expr withNumber(Expr e, double from, double to) {
        if (e instanceof Expr.Num num && Math.abs(num.value().toDouble() - from) <= 1e-9 * Math.max(1, Math.abs(from)))
            return new Expr.Num(app.stepwise.math.Rational.of(new BigDecimal(to)), true);
        return switch (e) {
            case Expr.Add a -> new Expr.Add(a.terms().stream().map(t -> withNumber(t, from, to)).toList());
            case Expr.Mul m -> new Expr.Mul(m.factors().stream().map(t -> withNumber(t, from, to)).toList());
            case Expr.Div d -> new Expr.Div(withNumber(d.numerator(), from, to), withNumber(d.denominator(), from, to));
            case Expr.Neg n -> new Expr.Neg(withNumber(n.operand(), from, to));
            case Expr.Pow p -> new Expr.Pow(withNumber(p.base(), from, to), withNumber(p.exponent(), from, to));
            default -> e;
        };
    }

    /**
     * The significant figures each decimal of the line being judged is written to (2.10 has three, 2.0 two), by value; a
     * value written to two different figures in the line is left out. The engine's numbers keep no trailing zeros, so
     * {@code 2 × 1.04 = 2.10 N} was read as 2.1 (2.08 rounded to two figures: right) and {@code 2 × 1.02 = 2.0 N} as 2
     * (one figure: no rounding). Set while a line is judged; empty otherwise.
     */
    /** A decimal with the trailing zeros the line wrote ({@code 1.90}: two places, as ADR 0020 counts them; grade24). */
    private static BigDecimal withWrittenZeros(BigDecimal v) {
        Integer figures = WRITTEN_FIGURES.get().get(v.abs().stripTrailingZeros());
        BigDecimal s = v.abs().stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0); // 20.0 (grade25: read as 20, so 20.0 A for 20.09 A was a rounding)
        if (figures == null || figures <= s.precision()) return v;
        return v.setScale(s.scale() + figures - s.precision());
    }

    private static final ThreadLocal<Map<BigDecimal, Integer>> WRITTEN_FIGURES = ThreadLocal.withInitial(Map::of);
    private static final Pattern WRITTEN_DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");

    private static Map<BigDecimal, Integer> figuresWritten(String text) {
        Map<BigDecimal, Integer> out = new HashMap<>();
        Set<BigDecimal> twice = new HashSet<>();
        Matcher m = WRITTEN_DECIMAL.matcher(text);
        while (m.find()) {
            BigDecimal d = new BigDecimal(m.group());
            Integer before = out.put(d.stripTrailingZeros(), d.precision());
            if (before != null && before != d.precision()) twice.add(d.stripTrailingZeros());
        }
        twice.forEach(out::remove);
        return out;
    }

    private static final Pattern CARETLESS_POWER = Pattern
            .compile("(\\d(?:\\.\\d+)?\\s*)([A-Za-z]+(?:\\s+[A-Za-z]+)*)-([123])(?=\\s*(?:=|$))");

    /**
     * 12.5 m s-1 and 12.5 ms-1 as students write m s^-1 at the end of a side: the unit's power, where the letters are a
     * unit and not all the problem's symbols (3t-1 with a time t stays 3t - 1).
     */
    private static String caretlessPowers(String text, Set<String> names) {
        Matcher m = CARETLESS_POWER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String unitText = m.group(2) + "^-" + m.group(3);
            boolean unit = unit(unitText).isPresent() && !symbolsOnly(m.group(2), names);
            m.appendReplacement(sb, Matcher.quoteReplacement(unit ? m.group(1) + unitText : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // also between names and brackets (m x a, (v - u) x t), the x standing alone (grade14: force = mass x acceleration)
    private static final Pattern BRACKETED_POWER_OF_TEN = Pattern.compile("(?<![\\d.])10\\s*\\^\\s*\\(\\s*(-?\\d+)\\s*\\)");
    private static final Pattern STANDARD_FORM_DIVISOR = Pattern
            .compile("/\\s*(\\d+(?:\\.\\d+)?\\s*[×*]\\s*10\\s*\\^\\s*(?:\\(\\s*-?\\d+\\s*\\)|-?\\d+))(?![\\d.^])");
    // x before a number after a space (k x 0.2, ½ x 100, 3 x4), or straight after a number or bracket (50x0.2, 3x 4, (3)x4)
    private static final Pattern TIMES_AS_X_BEFORE_NUMBER = Pattern
            .compile("(?<=[\\p{L}\\p{N})])\\s+x\\s*(?=\\.?\\d)|(?<=[\\p{N})])x\\s*(?=\\.?\\d)");

    /**
     * The text with x written before a number as a times sign ({@code 50 x 0.2}, {@code 3x4}, {@code 3 x4}): nobody writes
     * the letter x straight before a number. One rule for the physics working, the answer box (a numeric answer's
     * {@code 3 x 4 = 12}) and a student's own check after an answer ({@code x = 3 (3 x 3 - 2 = 7)}); grade17 made the
     * check's own rule (x between digits only) and this one the same, the table {@code grade/times-x-17.tsv}.
     */
    static String timesBeforeNumbers(String text) {
        return TIMES_AS_X_BEFORE_NUMBER.matcher(text).replaceAll(" × ");
    }

    private static final Dim GRAVITY_DIM = new Dim(new double[]{1, 0, -2, 0, 0, 0, 0});
    private static final Dim FORCE_DIM = new Dim(new double[]{1, 1, -2, 0, 0, 0, 0});
    private static final Dim ENERGY_DIM = new Dim(new double[]{2, 1, -2, 0, 0, 0, 0});
    private static final Dim PRESSURE_DIM = new Dim(new double[]{-1, 1, -2, 0, 0, 0, 0});

    /**
     * What the working is judged against: the true values of the situation ({@code truth}: givens, the reference's
     * quantities, the answer and the names the student introduced rightly), the values the student's own lines
     * implied ({@code own}), the dimensions of the known quantities, the reasoning done without unit conversion, the
     * quantities the student stated (or named) themselves, the names they gave the unknown, the units the question
     * works in where it asks for a unit other than SI's, the lines found right only in those units, and the lines found
     * true of the situation (a last one states the answer even after a wrong line).
     */
    private record Work(Map<String, Double> truth, Map<String, Double> own, Map<String, Dim> dims,
            Map<String, Double> asGiven, List<Equation> refs, String unknown, Situation situation, Set<String> stated,
            Set<String> unknownNames, Optional<QuestionUnits> units, Set<Integer> inQuestionUnits, Set<Integer> trueLines,
            Set<Integer> otherUnitLines) {

        /**
         * Whether a unit other than SI's is in play: a given or the answer asked for in one (3 km, 10 min, in km/h), or a
         * number written with one in the working so far (m = 500 g). Where none is, a value off by a power of ten
         * converted no unit (grade13b).
         */
        boolean otherUnits() {
            return !otherUnitLines.isEmpty() || situation.answer().filter(PhysicsSteps::inOtherUnit).isPresent()
                    || situation.givens().values().stream().anyMatch(PhysicsSteps::inOtherUnit);
        }

        /**
         * The quantities the student has not stated themselves, found again from their own values by the reference's
         * formulas: after {@code f = 18 N} (for 29.4 N) the acceleration their working implies is (F - 18)/m, so a last
         * line that carries the slip forward is judged against that.
         */
        void rederive() {
            Set<String> done = new HashSet<>();
            for (Equation r : refs) {
                if (!(r.lhs() instanceof Expr.Var v) || Exprs.variables(r.rhs()).isEmpty() || !done.add(v.name())) continue;
                if (stated.contains(v.name()) || situation.givens().containsKey(v.name())) continue;
                double value = Evaluator.eval(r.rhs(), own);
                if (Double.isFinite(value)) own.put(v.name(), value);
            }
        }

        /** The problem's own symbols: its givens and the quantity asked for. */
        Set<String> problemSymbols() {
            Set<String> out = new HashSet<>(situation.givens().keySet());
            if (!unknown.isEmpty()) out.add(unknown);
            return out;
        }

        /** Every name a line may use: the situation's, the unknown, and those earlier lines introduced. */
        Set<String> names() {
            Set<String> all = new HashSet<>(truth.keySet());
            all.addAll(own.keySet());
            if (!unknown.isEmpty()) all.add(unknown);
            return all;
        }

        /** A name whose true value the situation does not yet know: the line that states it introduces it. */
        boolean isNew(String name) {
            return !truth.containsKey(name) && !name.equals(unknown);
        }
    }

    /**
     * A line as read: the statement as written (a chain kept whole, for its middle links) and the equation it states;
     * {@code compact} when a number written against letters (20m/s) was read as a quantity, not as those symbols.
     */
    record Read(Statement statement, Equation equation, boolean compact) {
        Read(Statement statement, Equation equation) {
            this(statement, equation, true);
        }
    }

    /** The reading a line is judged by, and for a line that introduces a name the other reading of 20m/s-like text. */
    private record Readings(Read chosen, Optional<Read> other) {}

    /**
     * Reads a line. A number written against a unit ({@code 20m/s}, {@code 800kg/m3}, {@code 2m}) is that quantity,
     * even where the letters are also symbols of the problem. The other reading, those letters as the problem's
     * quantities ({@code t = √(2h/g)} with a height h: not hours per gram), is taken only where the line is true that way
     * and not as quantities, and its dimensions agree; where neither reading is true the line is judged as before this
     * rule (letters that are all the problem's symbols are those symbols), so the diagnosis reads the formula. A line
     * that introduces a name is read the first way, and {@link #pickForNewName} may take the other.
     */
    private static Optional<Readings> reading(String text, Set<String> names, Work work, boolean afterError)
            throws MathSyntaxException {
        Optional<Readings> readings = readingWithSymbols(text, names, work, afterError);
        if (readings.isEmpty() || !GRAMS.matcher(text).find() || !inGrams(work.situation())) return readings;
        Map<String, Double> env = afterError ? work.own() : work.truth();
        Read chosen = readings.get().chosen();
        if (holds(chosen, work.truth()) || holds(chosen, env)) return readings;
        // ρ = 600 g / 200 cm³ in a problem in grams: 600 g is 600 grams, not 600 times the g of gravity
        Set<String> withoutG = new HashSet<>(names);
        withoutG.remove("g");
        Optional<Read> grams;
        try {
            grams = parse(withSiNumbers(text, withoutG, true, true), Parser.Context.of(names), true);
        } catch (MathSyntaxException e) {
            return readings;
        }
        return grams.filter(g -> holds(g, work.truth()) || holds(g, env)).map(g -> new Readings(g, Optional.empty()))
                .or(() -> readings);
    }

    private static final Pattern GRAMS = Pattern.compile("\\d\\s*g(?![\\p{L}_\\d(])");

    /** Whether a given or the answer is written in grams (600 g, 3 g/cm³): there a number's g is most likely grams. */
    private static boolean inGrams(Situation situation) {
        List<Unit> units = new ArrayList<>();
        situation.givens().values().forEach(q -> units.add(q.unit()));
        situation.answer().ifPresent(a -> units.add(a.unit()));
        return units.stream().anyMatch(u -> u.symbol().matches("(?:.*[^\\p{L}])?g(?:[^\\p{L}].*)?"));
    }

    private static Optional<Readings> readingWithSymbols(String text, Set<String> names, Work work, boolean afterError)
            throws MathSyntaxException {
        Parser.Context ctx = Parser.Context.of(names);
        String asUnits = withSiNumbers(text, names, true, true);
        String asSymbols = withSiNumbers(text, names, true, false);
        Optional<Read> units = parse(asUnits, ctx, true);
        if (asSymbols.equals(asUnits)) return units.map(u -> new Readings(u, Optional.empty()));
        Optional<Read> symbols;
        try {
            symbols = parse(asSymbols, ctx, false);
        } catch (MathSyntaxException e) {
            return units.map(u -> new Readings(u, Optional.empty()));
        }
        if (units.isEmpty() || symbols.isEmpty()) return units.or(() -> symbols).map(r -> new Readings(r, Optional.empty()));
        Read u = units.get(), y = symbols.get();
        if (u.equation().lhs() instanceof Expr.Var v && !work.truth().containsKey(v.name()))
            return Optional.of(new Readings(u, Optional.of(y)));
        Map<String, Double> env = afterError ? work.own() : work.truth();
        if (holds(u, work.truth()) || afterError && holds(u, env)) return Optional.of(new Readings(u, Optional.empty()));
        boolean symbolsHold = holds(y, work.truth()) || afterError && holds(y, env);
        Read chosen = !symbolsHold || consistent(y, work.dims()) ? y : u;
        return Optional.of(new Readings(chosen, Optional.empty()));
    }

    /**
     * A line introducing a name with a number written against letters that are also symbols ({@code t_1 = √(2h/g)}):
     * read the first way unless only the other reading gives a quantity of the situation, with the dimension of it.
     */
    private static Read pickForNewName(Readings readings, NewNames.Head head, String text, Work work) {
        if (readings.other().isEmpty() || rightFor(head, text, readings.chosen(), work).isPresent()) return readings.chosen();
        Read other = readings.other().get();
        // a = u^2/(2s) = 4 where the deceleration is asked: the symbols' reading gives the size asked
        Meaning asSymbols = meaning(head, text, other, work);
        if (!givesSizeAsked(head.name(), meaning(head, text, readings.chosen(), work), readings.chosen(), work)
                && givesSizeAsked(head.name(), asSymbols, other, work)
                && rightSideHas(other, asSymbols.role().get().dim(), work.dims()))
            return other;
        Optional<NewNames.Candidate> right = rightFor(head, text, other, work);
        Optional<Dim> dim = right.flatMap(NewNames.Candidate::dim);
        return dim.isPresent() && rightSideHas(other, dim.get(), work.dims()) ? other : readings.chosen();
    }

    /** Every part with letters right of the name (√(2h/g) in t_1 = √(2h/g) = 2.02 s) has this dimension; one at least. */
    private static boolean rightSideHas(Read line, Dim dim, Map<String, Dim> dims) {
        List<Expr> parts = line.statement() instanceof Statement.Chain c
                ? c.parts().subList(1, c.parts().size())
                : List.of(line.equation().rhs());
        boolean any = false;
        for (Expr p : parts) {
            if (Exprs.variables(p).isEmpty()) continue;
            Optional<Dim> d = Dimensions.of(p, dims);
            if (d.isEmpty() || !d.get().same(dim)) return false;
            any = true;
        }
        return any;
    }

    private static Optional<Read> parse(String text, Parser.Context ctx, boolean compact) throws MathSyntaxException {
        Statement s = Parser.parse(text, ctx);
        return asEquation(s).map(e -> new Read(s, e, compact));
    }

    /** Every part with letters of the line has the dimension of its left side: t² = 2h/g, not 20·m/s for a speed. */
    private static boolean consistent(Read line, Map<String, Dim> dims) {
        List<Expr> parts = line.statement() instanceof Statement.Chain c
                ? c.parts()
                : List.of(line.equation().lhs(), line.equation().rhs());
        Optional<Dim> side = Optional.empty();
        for (Expr p : parts) {
            if (Exprs.variables(p).isEmpty()) continue;
            Optional<Dim> d = Dimensions.of(p, dims);
            if (d.isEmpty()) return false;
            if (side.isPresent() && !side.get().same(d.get())) return false;
            side = d;
        }
        return side.isPresent();
    }

    /** Earlier lines' names of several words (net force) written as the one name they were read as (netforce). */
    private static String withWordNames(String text, Map<String, String> wordNames) {
        String out = text;
        for (var e : wordNames.entrySet()) {
            String words = Pattern.quote(e.getKey()).replace(" ", "\\E\\s+\\Q");
            out = out.replaceAll("(?i)(?<![\\p{L}_])" + words + "(?![\\p{L}_])", Matcher.quoteReplacement(e.getValue()));
        }
        return out;
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** A power written raised after a number or a bracket: 10³, 2², (3 m/s)². */
    private static final Pattern RAISED_POWER = Pattern.compile("(?<=[\\d)])(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
    private static final Pattern VULGAR_AFTER_DIGIT = Pattern.compile("(?<![\\d.])(\\d+)([½¼¾])");
    private static final Pattern BRACED_SUBSCRIPT = Pattern.compile("_\\{([\\p{L}\\p{Nd}]+)}");
    private static final Pattern BRACKETED_NAME = Pattern.compile("(?<![\\p{L}\\p{Nd}_])(\\p{L})\\((\\p{L}{2,})\\)");

    /**
     * Ways of writing the same thing students use: F_{net} (LaTeX) and F(net) for F_net when the table lists that name
     * (m(gh) stays a product), ½ for 1/2 and 12½ for 12.5, ≈ for = (rounding is judged as for =), ∆ for Δ, and 10³ for
     * 10^3, 2² for 2^2.
     */
    static String usualNotation(String text) {
        String out = BRACED_SUBSCRIPT.matcher(text).replaceAll("_$1");
        Matcher m = BRACKETED_NAME.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) + "_" + m.group(2);
            m.appendReplacement(sb, Matcher.quoteReplacement(NewNames.roles(name).isEmpty() ? m.group() : name));
        }
        m.appendTail(sb);
        out = sb.toString().replace('≈', '=').replace('∆', 'Δ'); // v ≈ 14.3 m/s: rounding is judged as for =
        // 3.0 × 10³ N is 3.0 × 10^3 N and 2² m/s² is 2^2 m/s²: the power written as such, so the unit after it is read as
        // one (gradefix25: m and s were read as letters, "m is not a quantity of this problem")
        Matcher power = RAISED_POWER.matcher(out);
        StringBuilder powers = new StringBuilder();
        while (power.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : power.group(1).toCharArray()) digits.append(c == '⁻' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
            power.appendReplacement(powers, Matcher.quoteReplacement("^" + digits));
        }
        power.appendTail(powers);
        // 12½ m/s is 12.5 m/s (a mixed number), not 12 followed by ½; ½mv² is ½·m·v²
        return VULGAR_AFTER_DIGIT.matcher(powers.toString()).replaceAll(r -> r.group(1) + switch (r.group(2)) {
            case "½" -> ".5";
            case "¼" -> ".25";
            default -> ".75";
        }).replace("½", " 1/2 ");
    }

    private static final Pattern TRIG_OF_NUMBER = Pattern
            .compile("\\b(sin|cos|tan)\\s*(?:\\(\\s*(\\d+(?:\\.\\d+)?)\\s*\\)|(\\d+(?:\\.\\d+)?)(?![\\d.°]))");

    /** cos(30) and sin 30 in a problem whose angles are given in degrees: the angle is 30°, not 30 radians. */
    static String inDegrees(String text) {
        Matcher m = TRIG_OF_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String number = m.group(2) != null ? m.group(2) : m.group(3);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "(" + number + "°)"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Earlier lines' other spellings of a known name (Ek for E_k), written as that name; case counts. */
    private static String withSpellings(String text, Map<String, String> spellings) {
        String out = text;
        for (var e : spellings.entrySet())
            out = out.replaceAll("(?<![\\p{L}\\p{Nd}_])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{Nd}_])",
                    Matcher.quoteReplacement(e.getValue()));
        return out;
    }

    /**
     * Quantities of different kinds in one line: the unit written at its end, the left side's known dimension and each
     * part with letters ({@code a = 3.06 m/s} for an acceleration, {@code KE = m v = 4 J}). No rounding or reading makes
     * such a line right, so it is wrong even where the number is.
     */
    private static Optional<Message> otherKinds(String text, Read read, Work work, boolean withLeftSide) {
        Map<String, Dim> dims = work.dims();
        List<Expr> parts = new ArrayList<>(read.statement() instanceof Statement.Chain c
                ? c.parts().subList(1, c.parts().size())
                : List.of(read.equation().rhs()));
        Optional<Dim> unit = writtenDimension(text, work.names()).or(() -> scaledQuantityDimension(text, work.names()));
        Expr lhs = read.equation().lhs();
        Dim first = null;
        String firstText = "";
        if (withLeftSide && lhs instanceof Expr.Var v && dims.containsKey(v.name())) {
            first = dims.get(v.name());
            firstText = Printer.text(lhs);
        } else if (withLeftSide && !(lhs instanceof Expr.Var) && !Exprs.variables(lhs).isEmpty() && !hasNumber(lhs)) {
            // v^2 = 2^2 m/s^2: a left side of letters alone has its kind too (gradefix25: v² in m/s² went unseen)
            Optional<Dim> d = Dimensions.of(lhs, dims);
            if (d.isPresent()) {
                first = d.get();
                firstText = Printer.text(lhs);
            }
        }
        for (Expr p : parts) {
            // only formulas of letters alone: a number beside letters may be a quantity substituted (6/total mass)
            if (Exprs.variables(p).isEmpty() || hasNumber(p)) continue;
            Optional<Dim> d = Dimensions.of(p, dims);
            if (d.isEmpty()) continue;
            if (first == null) {
                first = d.get();
                firstText = Printer.text(p);
            } else if (!first.same(d.get())) {
                return Optional.of(Message.of("line.otherKinds", firstText, Printer.text(p)));
            }
        }
        // the unit written counts where the line's last part was read as a number (not 2h/g with a height h)
        boolean lastIsNumber = Exprs.variables(parts.get(parts.size() - 1)).isEmpty();
        if (first != null && lastIsNumber && unit.isPresent() && !first.same(unit.get())) {
            String last = text.substring(text.lastIndexOf('=') + 1).strip();
            return Optional.of(Message.of("line.otherKinds", firstText, last));
        }
        return Optional.empty();
    }

    /**
     * A number worked out without a unit set equal to a quantity written with a unit, where the bare number is neither
     * that quantity's number nor its value in SI ({@code P = 6/5 = 1200 W} in a kW question): the line holds only with
     * the bare number read in the question's units (6/5 in kJ/s) while the quantity beside it is in SI's, and "6/5 = 1200"
     * is false as written. A bare number is read in SI, or in the unit written beside it: {@code P = 6/5 = 1.2 kW},
     * {@code P = 6000/5 = 1200 W = 1.2 kW}, {@code F = 1200 × 2.5 = 3 kN} and {@code P = 6 kJ / 5 s = 1.2 kW} are fine.
     */
    private static Optional<Message> mixedUnits(String text, Set<String> names) {
        String[] sides = text.split("=", -1);
        for (int k = 1; k + 1 < sides.length; k++) {
            // the last of a run of bare links is the one written next to the quantity (6000/5 = 1200 = 1.2 kW)
            Optional<Expr> bare = bareNumbers(sides[k]);
            if (bare.isEmpty() || bareNumbers(sides[k + 1]).isPresent()) continue;
            Optional<WrittenQuantity> quantity = quantityWritten(sides[k + 1], names);
            if (quantity.isEmpty()) continue;
            double value = Evaluator.eval(bare.get(), Map.of());
            Expr number = quantity.get().number();
            double written = Evaluator.eval(number, Map.of());
            double si = quantity.get().unit().toSi(written);
            // off by no more than two roundings is no unit (a unit is off by 1000, 60, 3.6): the line's numbers were judged
            // with the line (f = 0.8 × 129.4 = 103 N, with 129.4 a rounded 129.36, fix15)
            if (Math.abs(value - written) <= 2 * ROUNDING * Math.max(Math.abs(value), Math.abs(written))) continue;
            if (!agree(value, written, number) && !agree(written, value, bare.get()) && !agree(si, value, bare.get())
                    && !agree(value, si, number))
                return Optional.of(bare.get() instanceof Expr.Num
                        ? Message.of("line.mixedUnitsNumber", sides[k].strip(), sides[k + 1].strip())
                        : Message.of("line.mixedUnits", sides[k].strip(), shown(value), sides[k + 1].strip()));
        }
        return Optional.empty();
    }

    /**
     * The line with each bare link read in the unit of the quantity written after it, where the bare link works out to
     * that quantity's number ({@code 1.2/4 = 0.3 km/min}, {@code 250 × 4 = 1000 g m/s}): a bare number is read in SI or
     * in the unit written beside it (see {@link #mixedUnits}). Empty where no link is so written.
     */
    private static Optional<Read> inTheUnitsBeside(String text, Set<String> names, boolean compact) {
        String[] sides = text.split("=", -1);
        boolean changed = false;
        for (int k = sides.length - 2; k >= 1; k--) { // from the end: 1.2/4 = 0.3 = 0.3 km/min takes the unit twice
            Optional<Expr> bare = bareNumbers(sides[k]);
            Optional<WrittenQuantity> quantity = quantityWritten(sides[k + 1], names);
            if (bare.isEmpty() || quantity.isEmpty()) continue;
            double value = Evaluator.eval(bare.get(), Map.of());
            double written = Evaluator.eval(quantity.get().number(), Map.of());
            if (agree(value, written, quantity.get().number()) || agree(written, value, bare.get())) {
                sides[k] = " " + sides[k + 1].strip() + " ";
                changed = true;
            }
        }
        if (!changed) return Optional.empty();
        try {
            return parse(withSiNumbers(String.join("=", sides), names, true, compact), Parser.Context.of(names), compact);
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    private static final Pattern LETTER = Pattern.compile("[\\p{L}°%]");

    /** A side written in numbers alone ({@code 6/5}, {@code √(2 × 9.8 × 20)}, {@code 1.2 × 10^3}), read. */
    private static Optional<Expr> bareNumbers(String side) {
        String numbers = side.replaceAll("sqrt", "");
        if (LETTER.matcher(numbers).find() || !numbers.matches("(?s).*\\d.*")) return Optional.empty();
        try {
            return Parser.parse(side, Parser.Context.NONE) instanceof Statement.Expression(Expr e)
                    && Exprs.variables(e).isEmpty() && Double.isFinite(Evaluator.eval(e, Map.of()))
                            ? Optional.of(e)
                            : Optional.empty();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A side written as numbers and then a unit ({@code 1200 W}, {@code 1.2 × 10^3 W}, {@code 20m/s}), as
     * written, not in SI; empty for any other side, and where the letters are symbols of the problem (2h/g).
     */
    private static Optional<WrittenQuantity> quantityWritten(String side, Set<String> names) {
        Matcher first = LETTER.matcher(side);
        if (!first.find()) return Optional.empty();
        String unitText = side.substring(first.start()).strip();
        Optional<Expr> number = bareNumbers(side.substring(0, first.start()));
        // as withNumbers reads a side's end: one unit-like word is a unit (1200 W with a work W); several, or a ratio,
        // that are all the problem's symbols are those symbols (2 g h, 2h/g)
        boolean symbols = (unitText.contains("/") || unitText.strip().split("[\\s·]+").length > 1)
                && symbolsOnly(unitText, names);
        if (number.isEmpty() || unit(unitText).isEmpty() || symbols || subscripted(unitText, names)
                || unitText.contains("°") || unitText.contains("%") && !unitText.equals("%"))
            return Optional.empty();
        return Optional.of(new WrittenQuantity(number.get(), unit(unitText).get()));
    }

    /** A side written as numbers and a unit: its number as written, and the unit. */
    private record WrittenQuantity(Expr number, Unit unit) {}

    /** A worked-out number as a student would read it: four significant figures at most. */
    private static String shown(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static final Pattern INNER_QUANTITY = Pattern
            .compile("(?<![A-Za-z_\\d.])\\d+(?:\\.\\d+)?\\s*([A-Za-zΩμ°]+(?:/[A-Za-z]+)?(?:\\^-?\\d+|[²³])?)(?![A-Za-z_(])");

    /**
     * The kind of the last side when it is one quantity with its unit scaled by plain numbers ({@code 1.2 km/25},
     * {@code 2 × 30 m/s}): the kind of that unit. So {@code t = 1.2 km/25} is a length, not a time, though its number
     * in SI units is the time's.
     */
    private static Optional<Dim> scaledQuantityDimension(String text, Set<String> names) {
        String last = text.substring(text.lastIndexOf('=') + 1).strip();
        Matcher m = INNER_QUANTITY.matcher(last);
        if (!m.find()) return Optional.empty();
        String unitText = m.group(1);
        String rest = last.substring(0, m.start()) + last.substring(m.end());
        if (m.find() || !rest.matches("[\\s\\d.×*/÷()]*") || symbolsOnly(unitText, names)) return Optional.empty();
        return unit(unitText).map(Dim::of);
    }

    /** A number anywhere but in a power (v^2 is a formula of letters; 6/m and 2 g h are not). */
    private static boolean hasNumber(Expr e) {
        return switch (e) {
            case Expr.Num x -> true;
            case Expr.Const x -> false;
            case Expr.Var x -> false;
            case Expr.Neg x -> hasNumber(x.operand());
            case Expr.Add x -> x.terms().stream().anyMatch(PhysicsSteps::hasNumber);
            case Expr.Mul x -> x.factors().stream().anyMatch(PhysicsSteps::hasNumber);
            case Expr.Div x -> hasNumber(x.numerator()) || hasNumber(x.denominator());
            case Expr.Pow x -> hasNumber(x.base());
            case Expr.Fn x -> hasNumber(x.arg());
        };
    }

    /** The verdict on one physics line: true of this situation, carried forward from an earlier slip, or wrong. */
    /**
     * The unknown is an acceleration given as a positive size, where every way of finding it from the givens (the
     * table's formulas for the acceleration, (v - u)/t and the others) makes it the negative of that size.
     */
    private static boolean givensMakeItNegative(String unknown, Map<String, Double> truth, Map<String, Dim> dims) {
        Double size = truth.get(unknown);
        if (size == null || !(size > 0)) return false;
        Optional<NewNames.Role> acceleration = NewNames.roles(unknown).stream()
                .filter(r -> r.id().equals("acceleration")).findFirst();
        if (acceleration.isEmpty()) return false;
        Map<String, Double> givens = new HashMap<>(truth);
        givens.remove(unknown);
        Optional<Double> signed = onlyValue(NewNames.ofRole(acceleration.get(), givens, dims), givens);
        return signed.isPresent() && agree(-size, signed.get(), new Expr.Var(unknown));
    }

    /**
     * A name's value is the answer's: the same kind of quantity as the unknown with its value (F_net = m a = 6 N where the
     * force F is asked), or its size where that is asked (deceleration = 4 m/s² where a is -4 m/s²).
     */
    private static boolean isTheAnswer(double value, String name, Work work) {
        Double answer = work.truth().get(work.unknown());
        Dim answerDim = work.dims().get(work.unknown());
        if (answer == null || answerDim == null || !work.dims().containsKey(name) || !answerDim.same(work.dims().get(name)))
            return false;
        double margin = 1e-9 * Math.max(1, Math.abs(answer));
        return Math.abs(value - answer) <= margin || sizeAsked(work) && Math.abs(value + answer) <= margin;
    }

    /**
     * {@code a = (20 - 8)/3 = 4 m/s²} where the deceleration (the acceleration's size) is asked: a new name of the
     * acceleration, negative here, worked out as the size asked, as where a is the unknown (ADR 0015; review14: it was told
     * the sign is not right). A bare {@code a = 4 m/s²} is not.
     */
    private static boolean givesSizeAsked(String name, Meaning meaning, Read read, Work work) {
        if (meaning.role().filter(r -> r.id().equals("acceleration")).isEmpty() || !worksItOut(read)) return false;
        Optional<Double> signed = onlyValue(meaning.ofRole(), work.truth());
        Optional<Double> size = work.situation().answer().map(Quantity::si);
        Dim asked = work.dims().get(work.unknown());
        if (signed.isEmpty() || !(signed.get() < 0) || size.isEmpty() || asked == null
                || !asked.same(meaning.role().get().dim())
                || Math.abs(size.get() + signed.get()) > 1e-9 * Math.max(1, size.get()))
            return false;
        Map<String, Double> asSize = new HashMap<>(work.truth());
        asSize.put(name, size.get());
        return holds(read, asSize);
    }

    /**
     * A name other than the unknown whose true value is the negative of the size asked, an acceleration: the
     * acceleration where the deceleration is asked ({@code a = -3 m/s²} is right but not the answer, as where a is asked for its size).
     */
    private static boolean sizeAskedOf(String name, Work work) {
        Double signed = work.truth().get(name);
        Dim dim = work.dims().get(name);
        Dim asked = work.dims().get(work.unknown());
        return !name.equals(work.unknown()) && signed != null && signed < 0 && dim != null && asked != null
                && dim.same(asked) && dim.same(GRAVITY_DIM) && work.situation().answer().isPresent()
                && agree(-signed, work.situation().answer().get().si(), new Expr.Var(name));
    }

    /** The line works its value out ({@code a = (20 - 8)/3 = 4}, {@code a = 12/3}), not only states a number. */
    private static boolean worksItOut(Read read) {
        Expr rhs = read.equation().rhs();
        return read.statement() instanceof Statement.Chain c && c.parts().size() > 2
                || !isNumber(rhs);
    }

    /** A number written as it is ({@code 4}, {@code -3.5}), nothing worked out. */
    private static boolean isNumber(Expr e) {
        return e instanceof Expr.Num || e instanceof Expr.Neg g && g.operand() instanceof Expr.Num;
    }

    /** The size of the unknown is what is asked: the working's truth has it negative and the answer positive. */
    private static boolean sizeAsked(Work work) {
        Double signed = work.truth().get(work.unknown());
        return signed != null && signed < 0 && work.situation().answer().isPresent()
                && agree(-signed, work.situation().answer().get().si(), new Expr.Var(work.unknown()));
    }

    private static LineCheck judge(int n, String raw, String text, Read read, Work work, boolean afterError) {
        Equation line = read.equation();
        Optional<Integer> ref = align(line, work.refs(), work.truth());
        Optional<String> unknownSymbol = unknownSymbol(line, work.own());
        if (unknownSymbol.isPresent()) return lawOrUnknownSymbol(n, raw, line, unknownSymbol.get(), work);
        // checked only where the line would be accepted: a wrong one keeps its diagnosis (a = m/F is inverted)
        Optional<LineCheck> kinds = otherKinds(text, read, work, true)
                .map(k -> new LineCheck(n, raw, Status.INVALID, Optional.empty(), k, Optional.empty()));
        if (holds(read, work.truth())) {
            if (kinds.isPresent()) return kinds.get();
            Optional<LineCheck> put = wrongSubstitution(n, raw, read, work).or(() -> cutOff(n, raw, read, work));
            if (put.isPresent()) return put.get();
            work.trueLines().add(n);
            Message msg = Message.of(afterError ? "grade.correct" : ref.isPresent() ? "line.goodStep" : "line.trueHere");
            Optional<Message> unitNote = resultUnitNote(text, line, work.unknown(), work.situation());
            return new LineCheck(n, raw, ref.isPresent() ? Status.ON_PATH : Status.VALID, Optional.empty(), unitNote.orElse(msg),
                    ref);
        }
        // I = 20/21 = 1.0 A: the true value to one place, which shows two figures, and to two figures it is 0.95 (grade25)
        Optional<LineCheck> figures = kinds.isEmpty() ? roundedPastItsFigures(n, raw, read, work) : Optional.empty();
        if (figures.isPresent()) return figures.get();
        // a = (u - v)/t = 4 m/s² where the deceleration's size is asked: the unknown taken as the size asked, as students
        // and teachers write it
        // (also a = 3 m/s² after a = 15/5 where the deceleration is asked: the student's a is the size)
        if (kinds.isEmpty() && read.equation().lhs() instanceof Expr.Var v
                && (sizeAsked(work) && v.name().equals(work.unknown())
                        || sizeAskedOf(v.name(), work) && work.own().containsKey(v.name())
                                && agree(-work.truth().get(v.name()), work.own().get(v.name()), new Expr.Var(v.name())))) {
            Map<String, Double> asSize = new HashMap<>(work.truth());
            asSize.put(v.name(), -work.truth().get(v.name()));
            if (holds(read, asSize)) {
                work.trueLines().add(n);
                return new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.sizeAsked", v.name()),
                        Optional.empty());
            }
        }
        if (afterError && holds(read, work.own())) {
            if (kinds.isPresent()) return kinds.get();
            return new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.carriedForwardEarlier"), Optional.empty());
        }
        // v = 1.2/4 = 0.3 km/min = 5 m/s: a bare number is read in the unit written beside it, where it is that number
        Optional<Read> beside = kinds.isPresent() ? Optional.empty() : inTheUnitsBeside(text, work.names(), read.compact());
        if (beside.isPresent() && holds(beside.get(), work.truth())) return judge(n, raw, text, beside.get(), work, afterError);
        Optional<LineCheck> asked = kinds.isPresent() ? Optional.empty() : inTheQuestionsUnits(n, raw, text, read, work);
        if (asked.isPresent()) return asked.get();
        Optional<LineCheck> data = kinds.isPresent() ? Optional.empty() : inTheGivensUnits(n, raw, text, read, work);
        if (data.isPresent()) return data.get();
        return wrong(n, raw, read, work, Optional.empty());
    }

    /**
     * A line worked in the units of the question where it asks for a unit other than SI's ({@link QuestionUnits}): for
     * "18 km in 45 minutes, her speed in km/h?", {@code t = 0.75} (hours), {@code d = 18}, {@code v = 18/0.75} and
     * {@code v = d/t = 18/0.75 = 24 km/h} are right, as their SI forms are; {@code t = 45} and {@code t = 0.45} are
     * not. Only a line that states a known quantity's value in numbers (its middle links may be formulas), every part
     * read in those units: a number with a unit is converted to them, a symbol takes its true value in them, and a
     * formula with a quantity that has no value in them (F/k where cm is asked) is worked out in SI and its value, of the
     * line's own kind, converted. A part of another kind, or one with no value in those units, leaves the line to the
     * SI judgement. The quantity's value without its unit asks for the unit.
     */
    private static Optional<LineCheck> inTheQuestionsUnits(int n, String raw, String text, Read read, Work work) {
        return work.units().flatMap(units -> inUnitsOf(units, false, n, raw, text, read, work));
    }

    /**
     * A line worked in the units the data are given in, where the question asks for another: "15 km at 45 km/h, how
     * many minutes?" has {@code t = 15/45} (hours) as right working, the conversion to minutes following (grade22: it
     * was "check the unit conversion"). The units are those of a given in a unit other than SI's with the givens that
     * share a base unit with it ({@link QuestionUnits#of}, as if that given's unit were asked); 5 km in 20 min makes no
     * such system for a speed (km/min is no unit the data share), so {@code v = 5/20} stays a conversion slip.
     */
    private static Optional<LineCheck> inTheGivensUnits(int n, String raw, String text, Read read, Work work) {
        // only a quantity worked out from the data (t = 15/45): a given restated bare in its own unit (t = 45 for 45 min)
        // stays judged in SI and the question's units, as units10's rows have it
        if (work.situation().answer().isEmpty() || !worksItOut(read) || !(read.equation().lhs() instanceof Expr.Var v)
                || work.situation().givens().containsKey(v.name()))
            return Optional.empty();
        Dim kind = work.dims().get(v.name());
        if (kind == null) return Optional.empty();
        for (Quantity g : work.situation().givens().values()) {
            if (!inOtherUnit(g)) continue;
            Optional<QuestionUnits> units = QuestionUnits.of(Optional.of(g), work.situation().givens().values());
            // every base unit of the quantity is one of the data's (hours from km and km/h); never one kept in SI beside
            // them (v = 18/2700 in km/s for 18 km in 45 min: no unit of the data)
            if (units.isEmpty() || !madeOf(kind, units.get())) continue;
            Optional<LineCheck> found = inUnitsOf(units.get(), true, n, raw, text, read, work);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** Whether each base unit of a quantity of this kind is replaced in these units (none kept in SI). */
    private static boolean madeOf(Dim kind, QuestionUnits units) {
        boolean any = false;
        for (int i = 0; i < 7; i++) {
            if (Math.abs(kind.exponents()[i]) < 1e-9) continue;
            if (units.scale()[i] == 0) return false;
            any = true;
        }
        return any;
    }

    private static Optional<LineCheck> inUnitsOf(QuestionUnits units, boolean givens, int n, String raw, String text,
            Read read, Work work) {
        if (!(read.equation().lhs() instanceof Expr.Var v) || !work.truth().containsKey(v.name())
                || !work.dims().containsKey(v.name()) || !Exprs.variables(read.equation().rhs()).isEmpty())
            return Optional.empty();
        Map<String, Double> inUnits = inUnits(units, work, work.truth());
        if (!inUnits.containsKey(v.name())) return Optional.empty();
        Set<String> names = work.names();
        Optional<Read> asked = readInUnits(units, text, names, read);
        if (asked.isEmpty() || !(asked.get().equation().lhs() instanceof Expr.Var w) || !w.name().equals(v.name())
                || !holdsInUnits(asked.get(), read, inUnits, units, work))
            return Optional.empty();
        work.inQuestionUnits().add(n);
        boolean withUnit = writtenDimension(text, names).isPresent();
        Optional<String> unit = units.unitOf(work.dims().get(v.name()));
        // the step of the reasoning it states: the same line (v = 18/0.75), else the step that gives this quantity's value
        Optional<Integer> ref = align(read.equation(), work.refs(), work.truth()).or(() -> statesValueOf(v.name(), work));
        Unit answerUnit = work.situation().answer().get().unit();
        Message said = givens && unit.isPresent() && work.dims().get(v.name()).same(Dim.of(answerUnit))
                ? Message.of("line.inGivensUnits", v.name(), unit.get(), answerUnit.symbol())
                : !withUnit && unit.isPresent()
                        ? Message.of("line.giveUnit", unit.get())
                        : Message.of(ref.isPresent() ? "line.goodStep" : "line.trueHere");
        return Optional.of(new LineCheck(n, raw, ref.isPresent() ? Status.ON_PATH : Status.VALID, Optional.empty(), said, ref));
    }

    /** The last step of the reasoning that states this quantity's value in numbers (t = 45 min = 2700 s), 1-based. */
    private static Optional<Integer> statesValueOf(String name, Work work) {
        for (int k = work.refs().size() - 1; k >= 0; k--) {
            Equation r = work.refs().get(k);
            if (r.lhs() instanceof Expr.Var v && v.name().equals(name) && Exprs.variables(r.rhs()).isEmpty()
                    && agree(work.truth().get(name), Evaluator.eval(r.rhs(), Map.of()), r.rhs()))
                return Optional.of(k + 1);
        }
        return Optional.empty();
    }

    /**
     * Whether a line read in the question's units ({@code inUnits}) holds there, link by link as {@link #holds} does. A
     * part whose symbols all have values in those units is worked out with them; any other part with symbols takes the
     * value of the same part read in SI ({@code si}), converted by its dimension, which must be the line's own.
     */
    private static boolean holdsInUnits(Read asked, Read si, Map<String, Double> inUnits, QuestionUnits units, Work work) {
        List<Expr> parts = parts(asked);
        Dim kind = work.dims().get(((Expr.Var) parts.get(0)).name());
        OptionalDouble value = workedInUnits(asked, si, inUnits, units, work, kind);
        return value.isPresent()
                && agree(Evaluator.eval(parts.get(0), inUnits), value.getAsDouble(), parts.get(parts.size() - 1));
    }

    /**
     * The value in the question's units that a line's right side states, its links agreeing with each other (see
     * {@link #holdsInUnits}), for a quantity of this kind; empty where a link disagrees or has no value there.
     */
    private static OptionalDouble workedInUnits(Read asked, Read si, Map<String, Double> inUnits, QuestionUnits units,
            Work work, Dim kind) {
        List<Expr> parts = parts(asked), siParts = parts(si);
        if (parts.size() != siParts.size() || parts.size() < 2 || kind == null) return OptionalDouble.empty();
        double[] values = new double[parts.size()];
        for (int k = 1; k < parts.size(); k++) {
            Expr p = parts.get(k);
            Set<String> symbols = Exprs.variables(p);
            if (inUnits.keySet().containsAll(symbols)) {
                values[k] = Evaluator.eval(p, inUnits);
                continue;
            }
            Optional<Dim> d = Dimensions.of(siParts.get(k), work.dims());
            if (d.isEmpty() || !d.get().same(kind)) return OptionalDouble.empty();
            OptionalDouble converted = units.value(Evaluator.eval(siParts.get(k), work.truth()), kind);
            if (converted.isEmpty()) return OptionalDouble.empty();
            values[k] = converted.getAsDouble();
        }
        int last = parts.size() - 1;
        for (int k = 1; k < last; k++) if (!agree(values[k], values[k + 1], parts.get(k + 1))) return OptionalDouble.empty();
        return OptionalDouble.of(values[last]);
    }

    /** Values in SI (the situation's true ones, or the student's own) in the question's units, where they have one. */
    private static Map<String, Double> inUnits(QuestionUnits units, Work work, Map<String, Double> si) {
        Map<String, Double> inUnits = new HashMap<>();
        si.forEach((name, value) -> {
            Dim d = work.dims().get(name);
            if (d != null) units.value(value, d).ifPresent(x -> inUnits.put(name, x));
        });
        return inUnits;
    }

    /** The line read with its numbers in the question's units; empty where a number's unit has no value in them. */
    private static Optional<Read> readInUnits(QuestionUnits units, String text, Set<String> names, Read read) {
        try {
            return parse(withNumbers(text, names, units::value, read.compact()), Parser.Context.of(names), read.compact());
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * units11: the quantity a new name's line states in the question's units ({@code time = 0.75} where t is 45 minutes
     * and km/h is asked, {@code speed = 18/0.75 = 24}), as {@link #match} finds it in SI: the line's numbers read in
     * those units, each candidate's value converted to them by its own dimension.
     */
    private static Optional<NewNames.Candidate> matchInUnits(List<NewNames.Candidate> candidates, String text, String name,
            Read read, Work work) {
        if (work.units().isEmpty() || !Exprs.variables(read.equation().rhs()).isEmpty()) return Optional.empty();
        QuestionUnits units = work.units().get();
        Set<String> names = new HashSet<>(work.names());
        names.add(name);
        Optional<Read> asked;
        try {
            asked = parse(withNumbers(text, names, units::value, read.compact()), Parser.Context.of(names), read.compact());
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        if (asked.isEmpty() || !(asked.get().equation().lhs() instanceof Expr.Var w) || !w.name().equals(name))
            return Optional.empty();
        Map<String, Double> inUnits = inUnits(units, work, work.truth());
        Expr last = asked.get().equation().rhs();
        NewNames.Candidate best = null;
        double bestDiff = Double.POSITIVE_INFINITY;
        for (NewNames.Candidate c : candidates) {
            if (c.dim().isEmpty() || Exprs.variables(c.formula()).contains(name)) continue;
            OptionalDouble want = units.value(Evaluator.eval(c.formula(), work.truth()), c.dim().get());
            OptionalDouble got = workedInUnits(asked.get(), read, inUnits, units, work, c.dim().get());
            if (want.isEmpty() || got.isEmpty() || !agree(want.getAsDouble(), got.getAsDouble(), last)) continue;
            double diff = Math.abs(want.getAsDouble() - got.getAsDouble());
            if (diff < bestDiff) {
                best = c;
                bestDiff = diff;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code W = F × d = 15 × 2 = 30 J} where d is 3 m: a formula then the same formula in numbers, one number not its
     * letter's value (exact, as given, in the question's units, or as the student found it). The line's value may still be
     * right by chance; the substitution is the mistake (grade18).
     */
    private static Optional<LineCheck> wrongSubstitution(int n, String raw, Read read, Work work) {
        Map<String, Double> inUnits = work.units().map(u -> inUnits(u, work, work.truth())).orElse(Map.of());
        java.util.function.Function<String, List<Double>> values = name -> {
            List<Double> all = new ArrayList<>();
            for (Map<String, Double> m : List.of(work.truth(), work.own(), work.asGiven(), inUnits))
                if (m.containsKey(name)) all.add(m.get(name));
            if (name.equals("g") && !all.isEmpty()) all.addAll(List.of(9.8, 9.81, 10.0));
            return all;
        };
        java.util.function.BiPredicate<Double, Expr> agrees = (exact, written) -> agree(exact,
                Evaluator.eval(written, Map.of()), written);
        List<Expr> parts = parts(read);
        // W = 15 × 2 = 30 J with no formula written: the numbers against the ways the name's quantity is found (grade19)
        // only the ways of the quantity the name is here (its kind known: W in joules is a work, not a weight m g)
        Dim kind = parts.get(0) instanceof Expr.Var name ? work.dims().get(name.name()) : null;
        List<Expr> ways = kind == null
                ? List.of()
                : NewNames.roles(((Expr.Var) parts.get(0)).name()).stream().filter(r -> r.dim().same(kind))
                        .flatMap(r -> r.formulas().stream()).map(NewNames.Formula::expr).toList();
        List<Double> givens = work.situation().givens().values().stream().flatMap(q -> java.util.stream.Stream.of(q.si(),
                q.value())).toList();
        return Substitutions.wrong(parts, values, agrees, givens)
                .or(() -> Substitutions.wrongWithoutFormula(parts, ways, values, agrees, givens)).map(p -> {
                    Quantity given = work.situation().givens().get(p.name());
                    String is = given != null
                            ? given.numberText() + " " + given.unit().symbol()
                            : plain(work.truth().getOrDefault(p.name(), Double.NaN));
                    return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.wrongSubstitution",
                            p.name(), Printer.text(p.number()), is.strip()), Optional.empty());
                });
    }

    /** The values of g students take where a problem uses another: 10 N/kg (many syllabuses) and 9.8 N/kg. */
    private static final List<Double> OTHER_G = List.of(10.0, 9.8);

    /**
     * {@code W = 3 × 10 = 30 N} where the problem uses g = 9.8 N/kg (W is 29.4 N): the line is right with another g, put
     * in for one of its numbers, and its own arithmetic is right with it. The line's mistake is the g, named with both
     * values (ADR 0021; grade19: "an arithmetic slip", though the arithmetic is right). Only where g is in play: the
     * line writes g, or a way of finding the line's quantity, or a step of the reasoning, takes g.
     */
    private static Optional<LineCheck> otherG(int n, String raw, Read read, Work work) {
        List<Expr> parts = parts(read);
        if (!(parts.get(0) instanceof Expr.Var v) || !work.truth().containsKey(v.name()) || !gInPlay(v.name(), read, work))
            return Optional.empty();
        double g = work.truth().get("g"), want = work.truth().get(v.name());
        for (double other : OTHER_G) {
            Expr written = new Expr.Num(app.stepwise.math.Rational.of(BigDecimal.valueOf(other)), true);
            if (agree(g, other, written)) continue; // 9.81 for 9.8 is the same g, rounded
            Map<String, Double> withOther = new HashMap<>(work.truth());
            withOther.put("g", other);
            if (!chainAgrees(read.statement(), withOther)) continue; // the line's own arithmetic is wrong too
            for (Expr link : parts.subList(1, parts.size())) {
                boolean takesIt = Exprs.variables(link).isEmpty()
                        ? oneReplaced(link, other, g).stream()
                                .anyMatch(e -> agree(want, Evaluator.eval(e, Map.of()), e))
                        : Exprs.variables(link).contains("g") && agree(Evaluator.eval(link, withOther),
                                Evaluator.eval(parts.getLast(), withOther), parts.getLast())
                                && agree(want, Evaluator.eval(link, work.truth()), link);
                if (takesIt && !(Exprs.variables(link).isEmpty() && link instanceof Expr.Num && !v.name().equals("g")))
                    return Optional.of(new LineCheck(n, raw, Status.INVALID, Optional.empty(),
                            Message.of("line.otherG", plain(other), plain(g)), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether g is in play for a line: it writes g, the reasoning takes g, or a quantity of the line's kind is found with
     * g (an energy as m g h, a force as m g, a pressure as ρ g h: E is not listed by name, being kinetic or potential).
     */
    private static boolean gInPlay(String name, Read read, Work work) {
        if (Exprs.variables(read.equation()).contains("g") || name.equals("g")) return true;
        if (work.refs().stream().anyMatch(r -> Exprs.variables(r.rhs()).contains("g"))) return true;
        Dim kind = work.dims().get(name);
        return kind != null && NewNames.ROLES.stream().filter(r -> r.dim().same(kind))
                .flatMap(r -> r.formulas().stream()).anyMatch(f -> Exprs.variables(f.expr()).contains("g"));
    }

    /** The expression with one number equal to {@code from} replaced by {@code to}, each such number in turn. */
    private static List<Expr> oneReplaced(Expr e, double from, double to) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Num num && Math.abs(num.value().toDouble() - from) <= 1e-9 * Math.max(1, Math.abs(from))) {
            out.add(new Expr.Num(app.stepwise.math.Rational.of(BigDecimal.valueOf(to)), true));
            return out;
        }
        List<Expr> kids = switch (e) {
            case Expr.Add a -> a.terms();
            case Expr.Mul m -> m.factors();
            case Expr.Div d -> List.of(d.numerator(), d.denominator());
            case Expr.Neg g -> List.of(g.operand());
            case Expr.Pow p -> List.of(p.base(), p.exponent());
            default -> List.of();
        };
        for (int i = 0; i < kids.size(); i++) {
            for (Expr swapped : oneReplaced(kids.get(i), from, to)) {
                List<Expr> copy = new ArrayList<>(kids);
                copy.set(i, swapped);
                out.add(switch (e) {
                    case Expr.Add a -> new Expr.Add(copy);
                    case Expr.Mul m -> new Expr.Mul(copy);
                    case Expr.Div d -> new Expr.Div(copy.get(0), copy.get(1));
                    case Expr.Neg g -> new Expr.Neg(copy.get(0));
                    case Expr.Pow p -> new Expr.Pow(copy.get(0), copy.get(1));
                    default -> e;
                });
            }
        }
        return out;
    }

    /**
     * {@code v = 100/24 = 4.16 m/s}: a decimal that is the value before it (the link before it in the line, or the value
     * the student's own earlier line gave the quantity: {@code v = 100/24}, then {@code v = 4.16}) cut off instead of
     * rounded, or rounded to a wrong last digit ({@code I = 12/7 = 1.72 A}). Within the 0.5 % that physics working allows
     * for carried rounding, but neither is a rounding (ADR 0020), so the line says so (grade19: a cut-off was right;
     * grade22: a wrong last digit was).
     */
    private static Optional<LineCheck> cutOff(int n, String raw, Read read, Work work) {
        List<Expr> parts = parts(read);
        Expr last = parts.getLast();
        Expr inner = last instanceof Expr.Neg neg ? neg.operand() : last;
        // the numbers are read in SI: a value written in another unit (153 km/h) has other places than the ones judged
        if (!(parts.get(0) instanceof Expr.Var v) || !(inner instanceof Expr.Num num) || !num.decimal() || work.otherUnits())
            return Optional.empty();
        double before;
        if (parts.size() > 2) before = Evaluator.eval(parts.get(parts.size() - 2), work.own());
        else if (work.stated().contains(v.name())) before = work.own().get(v.name()); // v = 100/24, then v = 4.16
        // a value stated alone (v = 4.16, after v = d/t or none) is judged as the same value after its working (grade21):
        // the problem fixes it, where the working so far carries no rounding of the student's own (a = 2.08 first, then
        // v = 4.16 may be 2 × 2.08) and the value is no rounding of the pack's answer, whose last digit is no exact value
        // to cut off from (NeverAcceptsWrongPropertiesTest found v = 28.2313 "cut off")
        else if (loneValueFixed(v.name(), num, last instanceof Expr.Neg, work)) before = work.truth().get(v.name());
        else
            return Optional.empty();
        if (!Double.isFinite(before)) return Optional.empty();
        BigDecimal written = withWrittenZeros(num.value().toBigDecimal(MathContext.DECIMAL64));
        if (last instanceof Expr.Neg) written = written.negate();
        BigDecimal value = new BigDecimal(before).round(new MathContext(12));
        int places = Math.max(0, written.scale());
        BigDecimal rounded = value.setScale(places, java.math.RoundingMode.HALF_UP);
        if (Numbers.isRounding(value, written)) return Optional.empty();
        // a wrong last digit (I = 1.72 A for 12/7 = 1.714…) is no rounding either (grade22): only the value before it
        // rounded, or the true value rounded, is a value the working gives
        boolean cut = value.setScale(places, java.math.RoundingMode.DOWN).compareTo(written) == 0;
        // a weight, an energy or a pressure stated alone may be worked with 9.8 where the problem takes 9.81 (or back),
        // the same g rounded (ADR 0021): E = 137.2 J for 137.34 J is that value rounded, E = 137.4 J is none
        if (!cut && parts.size() == 2 && !work.stated().contains(v.name()) && withOtherG(v.name(), written, places, work))
            return Optional.empty();
        // a tie (0.01525 to 0.0152, rounded half to even) is no cut-off; nor is the quantity's true value rounded where the
        // link before was worked from a rounded value (f = 0.4 × 545.9 = 218.3 N, f being 218.34: the corpus's solutions)
        if (Numbers.isRounding(value, written, java.math.RoundingMode.HALF_DOWN)) return Optional.empty();
        Double exact = work.truth().get(v.name());
        if (exact != null && Double.isFinite(exact)) {
            BigDecimal truth = new BigDecimal(exact).round(new MathContext(12));
            for (java.math.RoundingMode mode : List.of(java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_DOWN))
                if (Numbers.isRounding(truth, written, mode)) return Optional.empty();
        }
        // I = 20/21 = 1.00 A: 0.952… to two places, but three figures shown, and to three figures it is 0.952 (grade25)
        Message said = Numbers.wrongOnlyInItsFigures(value, written)
                ? Message.of("line.misRoundedFigures", written.toPlainString(), written.precision(),
                        value.round(new MathContext(written.precision())).toPlainString())
                : Message.of(cut ? "line.cutOff" : "line.misRounded", written.toPlainString(), places, rounded.toPlainString());
        return Optional.of(new LineCheck(n, raw, Status.INVALID, Optional.empty(), said, Optional.empty()));
    }

    /**
     * A line whose last value is its true value (the link before it, or the value alone) rounded to the places written
     * where that reaches a power of ten, so that it shows a figure it does not have ({@code I = 20/21 = 1.0 A}: 0.95 to
     * two figures): said as that, not as a slip of arithmetic, as the box says it (grade25). Empty otherwise.
     */
    private static Optional<LineCheck> roundedPastItsFigures(int n, String raw, Read read, Work work) {
        List<Expr> parts = parts(read);
        if (!(parts.get(0) instanceof Expr.Var v) || work.otherUnits()) return Optional.empty();
        Double exact = work.truth().get(v.name());
        if (exact == null || !Double.isFinite(exact)) return Optional.empty();
        // the link before is the quantity's value as the working takes values: the slip is the rounding, not the working
        if (parts.size() > 2
                && !agree(exact, Evaluator.eval(parts.get(parts.size() - 2), work.own()), parts.get(parts.size() - 2)))
            return Optional.empty();
        return cutOff(n, raw, read, work).filter(c -> c.said().key().equals("line.misRoundedFigures"));
    }

    /** An answer worked from carried rounded values: whether it agrees with the true value at 3 s.f., and what is said. */
    private record CarriedRounding(boolean awrt, Message said) {}

    /**
     * ADR 0024: the answer line's last value is a decimal that is no rounding of the true value (nor of the pack's answer,
     * nor the value with the other g), though the line was accepted: it follows from rounded values the working carries
     * ({@code a = 8.33}, then {@code v = 8.33 × 2 = 16.66} for 16.667). A mark scheme's "answers which round to" the
     * true value at 3 significant figures takes it (16.66 is 16.7), with a note to keep more figures; otherwise rounding
     * early moved the answer (16.6 from 8.3, 5.13 from 1.71 for 5.143): the final answer is not right, and the line says
     * why, not as a slip of arithmetic (its arithmetic is the student's own, right).
     */
    private static Optional<CarriedRounding> carriedRounding(Read read, Work work) {
        List<Expr> parts = parts(read);
        if (!(parts.get(0) instanceof Expr.Var v) || work.otherUnits()) return Optional.empty();
        Expr last = parts.getLast();
        Expr inner = last instanceof Expr.Neg neg ? neg.operand() : last;
        if (!(inner instanceof Expr.Num num) || !num.decimal()) return Optional.empty();
        Double exact = work.truth().get(v.name());
        if (exact == null || !Double.isFinite(exact) || exact == 0) return Optional.empty();
        BigDecimal written = withWrittenZeros(num.value().toBigDecimal(MathContext.DECIMAL64));
        if (last instanceof Expr.Neg) written = written.negate();
        int places = Math.max(0, written.scale());
        BigDecimal truth = new BigDecimal(exact).round(new MathContext(12));
        for (java.math.RoundingMode mode : List.of(java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_DOWN))
            if (Numbers.isRounding(truth, written, mode)) return Optional.empty();
        if (withOtherG(v.name(), written, places, work)) return Optional.empty();
        if (work.situation().answer().isPresent()) {
            BigDecimal answer = new BigDecimal(work.situation().answer().get().si()).round(new MathContext(12));
            if (Numbers.isRounding(answer, written)) return Optional.empty();
        }
        MathContext three = new MathContext(3, java.math.RoundingMode.HALF_UP);
        boolean awrt = written.precision() - written.scale() + places >= 3
                && written.round(three).compareTo(truth.round(three)) == 0;
        if (Numbers.wrongOnlyInItsFigures(truth, written)) // 1.0 from carried values for 0.952: its figures name it
            return Optional.of(new CarriedRounding(awrt,
                    Message.of(awrt ? "line.carriedRounding" : "line.carriedRoundingOffFigures",
                            written.toPlainString(), written.precision(),
                            truth.round(new MathContext(written.precision())).toPlainString())));
        String rounded = truth.setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
        return Optional.of(new CarriedRounding(awrt, Message.of(awrt ? "line.carriedRounding" : "line.carriedRoundingOff",
                written.toPlainString(), places, rounded)));
    }

    /**
     * Whether a value of a quantity found with g in proportion to it (a weight m g, an energy m g h, a pressure ρ g h) is
     * its true value worked with the other of the usual 9.8 and 9.81 for g, rounded to the places written.
     */
    private static boolean withOtherG(String name, BigDecimal written, int places, Work work) {
        Dim kind = work.dims().get(name);
        Double exact = work.truth().get(name);
        if (kind == null || exact == null || Stream.of(FORCE_DIM, ENERGY_DIM, PRESSURE_DIM).noneMatch(kind::same))
            return false;
        // the pack's answer may be worked with the other g than the problem's (137.34 J with 9.81 where g is 9.8)
        for (double ratio : List.of(9.8 / 9.81, 9.81 / 9.8)) {
            BigDecimal scaled = new BigDecimal(exact * ratio).round(new MathContext(12));
            if (Numbers.isRounding(scaled, written)) return true;
        }
        return false;
    }

    /**
     * Whether a value stated alone has a value fixed by the problem to judge a cut-off against: its true value is known,
     * every value the student stated before it is its true value (no rounding carried), and the value written is not the
     * pack's answer rounded to the places written.
     */
    private static boolean loneValueFixed(String name, Expr.Num num, boolean negative, Work work) {
        Double exact = work.truth().get(name);
        if (exact == null || !Double.isFinite(exact)) return false;
        for (String s : work.stated()) {
            Double own = work.own().get(s), truth = work.truth().get(s);
            if (own == null || truth == null || Math.abs(own - truth) > 1e-9 * Math.max(1, Math.abs(truth))) return false;
        }
        BigDecimal written = withWrittenZeros(num.value().toBigDecimal(MathContext.DECIMAL64));
        if (negative) written = written.negate();
        int places = Math.max(0, written.scale());
        if (name.equals(work.unknown()) && work.situation().answer().isPresent()) {
            BigDecimal answer = new BigDecimal(work.situation().answer().get().si()).round(new MathContext(12));
            for (java.math.RoundingMode mode : List.of(java.math.RoundingMode.HALF_UP, java.math.RoundingMode.HALF_DOWN))
                if (Numbers.isRounding(answer, written, mode)) return false;
        }
        return true;
    }

    /** The sides of a line: each link of a chain, or the two sides of an equation. */
    private static List<Expr> parts(Read line) {
        return line.statement() instanceof Statement.Chain c
                ? c.parts()
                : List.of(line.equation().lhs(), line.equation().rhs());
    }

    private static LineCheck wrong(int n, String raw, Read read, Work work, Optional<Message> otherwise) {
        Optional<LineCheck> g = otherG(n, raw, read, work);
        if (g.isPresent()) return g.get();
        Equation line = read.equation();
        Optional<Misconception> found = diagnose(read, work.truth(), work.asGiven(), work.otherUnits());
        // numbers off by the givens' units are that slip, not one of arithmetic (5/20 = 0.25 is right arithmetic)
        Optional<Misconception> m = found.isEmpty() || found.get() == Misconception.ARITHMETIC_SLIP
                ? unconverted(read, work).or(() -> found)
                : found;
        Message msg = m.map(Misconception::said).or(() -> otherwise)
                .orElse(Message.of(isFormula(line) ? "line.formulaNotTrue" : "line.valueNotRight"));
        return new LineCheck(n, raw, Status.INVALID, m, msg, Optional.empty());
    }

    /**
     * A line that gives a quantity a name of the student's own ({@code W = m g = 98 N}, {@code F_net = 60 - 29.4},
     * {@code a = (v - u)/t} where the unknown is F). A name the table {@code quantity-names.txt} knows (W, F_f, KE, net
     * force) stands for that quantity, unless what the line writes has another dimension (W = F d is a work): the line is
     * right when its value is that quantity's here. Any other name is right when its value is one of the situation's
     * quantities of the dimension written (a given, a quantity of the reference reasoning or a part of its formulas).
     * A right name joins the situation with the exact value; a wrong one still gets its true value where the table
     * determines it, so a later formula with it is judged as a formula, and the student's value for later lines.
     */
    private static LineCheck judgeNewName(int n, String raw, String text, NewNames.Head head, Read read, Work work,
            boolean afterError) {
        String name = head.name();
        String written = head.written();
        Equation line = read.equation();
        Optional<String> unknownSymbol = unknownSymbol(line, work.own());
        if (unknownSymbol.isPresent()) return lawOrUnknownSymbol(n, raw, line, unknownSymbol.get(), work);
        Optional<LineCheck> kinds = otherKinds(text, read, work, false)
                .map(k -> new LineCheck(n, raw, Status.INVALID, Optional.empty(), k, Optional.empty()));
        Meaning meaning = meaning(head, text, read, work);
        if (meaning.otherKind()) {
            String other = text.substring(text.lastIndexOf('=') + 1).strip();
            return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.otherKinds", written, other),
                    Optional.empty());
        }
        Optional<NewNames.Role> role = meaning.role();
        Optional<Dim> want = meaning.want();
        List<NewNames.Candidate> ofRole = meaning.ofRole();
        if (role.isEmpty() && saysNothing(written, work)) {
            // q = 6 where the problem has no q: a letter that names nothing here is asked about, whatever its value
            Optional<String> given = givenNamed(meaning, text, read, name, work);
            return new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(), given.isPresent()
                    ? Message.of("line.nameForGiven", written, given.get())
                    : Message.of("line.unknownName", written), Optional.empty());
        }
        List<NewNames.Candidate> candidates = new ArrayList<>(meaning.candidates());
        if (role.isEmpty()) kindOfOneGiven(written, work).ifPresent(candidates::add);
        Optional<NewNames.Candidate> inSi = match(candidates, read, name, work.truth());
        // time = 0.75 where t is 45 minutes and km/h is asked: the value in the question's units (ADR 0012)
        Optional<NewNames.Candidate> right = inSi.isPresent() || kinds.isPresent()
                ? inSi
                : matchInUnits(candidates, text, name, read, work);
        boolean inUnits = inSi.isEmpty() && right.isPresent();
        if (right.isPresent() && kinds.isPresent()) return kinds.get(); // KE = m v = 4 J: its number is no kinetic energy
        Optional<LineCheck> put = right.isPresent() ? wrongSubstitution(n, raw, read, work) : Optional.empty();
        if (put.isPresent()) return put.get();
        if (right.isPresent()) {
            double exact = Evaluator.eval(right.get().formula(), work.truth());
            work.truth().put(name, exact);
            // a = 12/7 = 1.72 m/s² introducing a: a wrong last digit, as for a quantity already named (ADR 0024)
            Optional<LineCheck> cut = inUnits ? Optional.empty() : cutOff(n, raw, read, work);
            if (cut.isPresent()) {
                work.truth().remove(name);
                return cut.get();
            }
            work.trueLines().add(n);
            want.or(() -> right.get().dim()).ifPresent(d -> work.dims().put(name, d));
            if (inUnits) {
                work.inQuestionUnits().add(n);
                if (right.get().formula() instanceof Expr.Var v && !work.situation().givens().containsKey(v.name())) {
                    work.own().put(v.name(), work.truth().get(v.name()));
                    work.stated().add(v.name());
                }
            } else {
                alias(right.get(), read, work);
            }
            if (right.get().formula() instanceof Expr.Var v && v.name().equals(work.unknown())) work.unknownNames().add(name);
            // F_net = m a = 6 N where the force F is asked: the same kind of quantity with the answer's value states it
            if (isTheAnswer(exact, name, work)) work.unknownNames().add(name);
            Message what = role.map(r -> Message.of("named." + r.id()))
                    .orElseGet(() -> Message.verbatim(Printer.text(right.get().formula())));
            Optional<String> unit = inUnits && writtenDimension(text, work.names()).isEmpty()
                    ? work.units().get().unitOf(work.dims().get(name))
                    : Optional.empty();
            return new LineCheck(n, raw, Status.VALID, Optional.empty(), unit.isPresent()
                    ? Message.of("line.giveUnit", unit.get())
                    : Message.of("line.namedQuantity", written, what), Optional.empty());
        }
        Optional<Double> determined = onlyValue(ofRole, work.truth());
        if (determined.isPresent()) { // the quantity the name stands for is known: later formulas with it are judged
            work.truth().put(name, determined.get());
            role.ifPresent(r -> work.dims().put(name, r.dim()));
            // KE = 1.5 J where E = 9 J is asked and KE is 9 J: a wrong value of the answer (grade14: no final verdict)
            if (isTheAnswer(determined.get(), name, work)) work.unknownNames().add(name);
        }
        if (givesSizeAsked(name, meaning, read, work)) {
            work.trueLines().add(n);
            work.unknownNames().add(name);
            return new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.sizeAsked", written),
                    Optional.empty());
        }
        boolean carried = false;
        if (afterError) {
            List<NewNames.Candidate> own = new ArrayList<>(
                    workedOut(fitting(NewNames.ofSituation(work.own(), work.dims(), work.refs()), want), work));
            role.ifPresent(r -> own.addAll(NewNames.atStage(NewNames.ofRole(r, work.own(), work.dims()), written)));
            carried = match(own, read, name, work.own()).isPresent();
        }
        // the student's value is now theirs for the reference's own quantity too (F_f for f), for the lines after
        if (determined.isPresent())
            ofRole.stream().filter(c -> c.formula() instanceof Expr.Var).findFirst().ifPresent(c -> alias(c, read, work));
        if (carried && kinds.isPresent()) return kinds.get();
        if (carried)
            return new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.carriedForwardEarlier"),
                    Optional.empty());
        // KE_2 = 8 J where 8 J is ½ m u²: the quantity at the other moment of the motion than the name says
        if (role.isPresent() && match(meaning.otherStage(), read, name, work.truth()).isPresent())
            return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.otherStage."
                    + NewNames.stage(written).orElseThrow().name().toLowerCase(java.util.Locale.ROOT), written,
                    Message.of("named." + role.get().id())), Optional.empty());
        Optional<String> given = givenNamed(meaning, text, read, name, work);
        if (given.isPresent())
            return new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                    Message.of("line.nameForGiven", written, given.get()),
                    Optional.empty());
        Optional<NewNames.Candidate> other = match(meaning.namedOtherwise(), read, name, work.truth());
        if (other.isPresent()) { // F_pull = 98 N where only the normal force is 98 N: asked, neither right nor wrong
            Message what = rolesOf(other.get(), work).stream().findFirst().map(r -> Message.of("named." + r.id()))
                    .orElseGet(() -> Message.verbatim(Printer.text(other.get().formula())));
            return new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                    Message.of("line.nameForOther", written, Printer.text(other.get().formula()), what), Optional.empty());
        }
        if (role.isPresent() && ofRole.isEmpty()) // the table's quantity cannot be found here: neither right nor wrong
            return new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                    Message.of("line.cannotCheckNamed", written, Message.of("named." + role.get().id())), Optional.empty());
        // deceleration = -4 m/s² where it is 4 m/s²: the size right, the sign not
        boolean signOnly = determined.isPresent() && Exprs.variables(read.equation().rhs()).isEmpty()
                && Math.abs(determined.get()) > 0 && agree(-determined.get(), Evaluator.eval(read.equation().rhs(), Map.of()),
                        read.equation().rhs());
        Optional<Message> which = role.filter(r -> determined.isPresent())
                .map(r -> Message.of(signOnly ? "line.namedQuantitySign" : "line.namedQuantityWrong", written,
                        Message.of("named." + r.id())));
        LineCheck verdict = wrong(n, raw, read, work, which);
        if (verdict.misconception().equals(Optional.of(Misconception.ARITHMETIC_SLIP))
                && chainAgrees(read.statement(), work.own()))
            // 0.3 × 60 = 18 is worked out right: the slip is which quantities were used, not the arithmetic
            return new LineCheck(n, raw, Status.INVALID, Optional.empty(),
                    which.orElse(Message.of(isFormula(read.equation()) ? "line.formulaNotTrue" : "line.valueNotRight")),
                    Optional.empty());
        return verdict;
    }

    /**
     * What a new name can stand for here: the quantity the table gives it (dropped when the unit written or the formula
     * has another dimension), the dimension wanted, the role's quantities that can be found here, and the candidates:
     * those, or where the role has none, every quantity of the situation of the dimension wanted.
     */
       /**
        * @param otherKind a name the table knows (F_net, KE, weight), or a word for a kind (time, distance), written with a
        *                  unit or a formula of none of its kinds: F_net = 3.06 m/s^2 or F_net = (F - f)/m is no force,
        *                  even where it is the acceleration's value (W may be a weight or a work: either kind is its own)
        */
    private record Meaning(Optional<NewNames.Role> role, Optional<Dim> want, List<NewNames.Candidate> ofRole,
            List<NewNames.Candidate> candidates, List<NewNames.Candidate> namedOtherwise, boolean otherKind,
            List<NewNames.Candidate> otherStage) {}

    private static Meaning meaning(NewNames.Head head, String text, Read read, Work work) {
        Expr rhs = read.equation().rhs();
        Optional<Dim> unitWritten = writtenDimension(text, work.names());
        Optional<Dim> formula = Exprs.variables(rhs).isEmpty() ? Optional.empty() : Dimensions.of(rhs, work.dims());
        List<NewNames.Role> named = NewNames.roles(head.written());
        // p_1, v_2 where the problem gives u and v: the quantity at that moment (grade17)
        List<NewNames.Role> listed = named.isEmpty() ? NewNames.stagedRoles(head.written(), work.truth().keySet()) : named;
        List<NewNames.Role> roles = listed.stream()
                .filter(r -> unitWritten.map(r.dim()::same).orElse(true) && formula.map(r.dim()::same).orElse(true)).toList();
        // the formula's kind counts only where every letter's kind is known (Δv/Δt may not be)
        Optional<Dim> written = unitWritten
                .or(() -> work.dims().keySet().containsAll(Exprs.variables(rhs)) ? formula : Optional.empty());
        // a word for a kind (time, journey time) says its dimension as a listed name does: time = 24 is no speed of 24 km/h
        Optional<Dim> kindWord = listed.isEmpty() ? kindNamed(head.written()) : Optional.empty();
        boolean otherKind = written.isPresent()
                && (!listed.isEmpty() && listed.stream().noneMatch(r -> r.dim().same(written.get()))
                        || kindWord.isPresent() && !kindWord.get().same(written.get()));
        Optional<NewNames.Role> role = oneRole(roles, read, head.name(), work);
        Optional<Dim> want = role.map(NewNames.Role::dim).or(() -> kindWord).or(() -> unitWritten).or(() -> formula);
        List<NewNames.Candidate> ofEitherStage = role.map(r -> fitting(NewNames.ofRole(r, work.truth(), work.dims()), want))
                .orElse(List.of());
        List<NewNames.Candidate> ofRole = NewNames.atStage(ofEitherStage, head.written());
        List<NewNames.Candidate> situation = ofRole.isEmpty()
                ? workedOut(fitting(NewNames.ofSituation(work.truth(), work.dims(), work.refs()), want), work)
                : List.of();
        if (want.isEmpty()) // x = 40 with no unit and no formula: only a quantity the situation names, not any product of two
            situation = situation.stream().filter(c -> c.formula() instanceof Expr.Var).toList();
        List<NewNames.Candidate> alike = situation.stream().filter(c -> namedAlike(c, head, work)).toList();
        List<NewNames.Candidate> otherwise = situation.stream().filter(c -> !alike.contains(c)).toList();
        return new Meaning(role, want, ofRole, ofRole.isEmpty() ? alike : ofRole, otherwise, otherKind,
                NewNames.atOtherStage(ofEitherStage, head.written()));
    }

    /**
     * Whether a name the table does not give this quantity may still stand for it: the quantity has no listed meaning
     * here (a total resistance, m_1 + m_2), or a word or symbol of the name is one of its listed names (KE_1 for a kinetic
     * energy, initial KE). So F_pull = 98 N is not the normal force and "total energy" not the potential energy only
     * because their numbers agree.
     */
    private static boolean namedAlike(NewNames.Candidate c, NewNames.Head head, Work work) {
        List<NewNames.Role> roles = rolesOf(c, work);
        if (roles.isEmpty()) return true;
        List<String> tokens = new ArrayList<>(Arrays.asList(head.written().split("[_\\s]+")));
        tokens.add(head.written());
        tokens.add(head.written().replaceFirst("^Δ", "")); // ΔE_p = m g h, the change in potential energy
        return roles.stream().anyMatch(r -> tokens.stream().anyMatch(t -> r.keys().contains(NewNames.key(t))));
    }

    /**
     * The listed meanings of a quantity of the situation, of its dimension: by its symbol (N, f, E_p), or for a part of
     * the reference's formulas, by a table formula it is (m g is the weight).
     */
    private static List<NewNames.Role> rolesOf(NewNames.Candidate c, Work work) {
        List<NewNames.Role> out = new ArrayList<>();
        for (NewNames.Role r : NewNames.ROLES) {
            if (c.dim().isPresent() && !c.dim().get().same(r.dim())) continue;
            boolean is = c.formula() instanceof Expr.Var v
                    ? r.owns(v.name())
                    : NewNames.ofRole(r, work.truth(), work.dims()).stream()
                            .anyMatch(f -> !(f.formula() instanceof Expr.Var)
                                    && Equivalence.of(f.formula(), c.formula()).equivalent());
            if (is) out.add(r);
        }
        return out;
    }

    /**
     * The quantities an unlisted name may stand for: worked out, not given. "total mass = 2 kg" where one cart's mass is
     * 2 kg says nothing of which quantity it means, and is more likely a slip than a given copied under a new name.
     */
    private static List<NewNames.Candidate> workedOut(List<NewNames.Candidate> all, Work work) {
        return all.stream().filter(c -> !(c.formula() instanceof Expr.Var v && work.situation().givens().containsKey(v.name())))
                .toList();
    }

    /**
     * A given whose value an unlisted name has ({@code pull = 60 N}; {@code time = 0.75} for 45 minutes where km/h is
     * asked): the student is asked to use its symbol.
     */
    private static Optional<String> givenNamed(Meaning meaning, String text, Read read, String name, Work work) {
        if (meaning.role().isPresent()) return Optional.empty();
        List<NewNames.Candidate> givens = fitting(work.situation().givens().keySet().stream()
                .map(g -> new NewNames.Candidate(new Expr.Var(g), Optional.ofNullable(work.dims().get(g)))).toList(),
                meaning.want());
        return match(givens, read, name, work.truth()).or(() -> matchInUnits(givens, text, name, read, work))
                .map(c -> ((Expr.Var) c.formula()).name());
    }

    /** The words that name a kind of quantity, and the unit of that kind. */
    private static final Map<String, String> KIND_WORDS = Map.ofEntries(Map.entry("time", "s"), Map.entry("distance", "m"),
            Map.entry("length", "m"), Map.entry("mass", "kg"), Map.entry("speed", "m/s"), Map.entry("velocity", "m/s"),
            Map.entry("force", "N"), Map.entry("energy", "J"), Map.entry("voltage", "V"), Map.entry("current", "A"),
            Map.entry("resistance", "Ω"), Map.entry("charge", "C"), Map.entry("frequency", "Hz"),
            Map.entry("wavelength", "m"), Map.entry("density", "kg/m^3"), Map.entry("volume", "m^3"),
            Map.entry("acceleration", "m/s^2"), Map.entry("area", "m^2"), Map.entry("pressure", "Pa"),
            Map.entry("power", "W"), Map.entry("momentum", "kg m/s"));

    private static final Pattern KIND_WORD = Pattern.compile(
            "(?iU)(?<![\\p{L}_])(?:(?:total|the)\\s+)?(" + String.join("|", KIND_WORDS.keySet()) + ")(?![\\p{L}_])");

    /**
     * "speed = distance/time", "a = force/mass": a word for a kind of quantity right of the first = is the problem's
     * symbol of that kind, where the problem (its givens and the quantity asked) has exactly one (grade13: the words were
     * read as letters multiplied, "c is not a quantity of this problem"). Where it has two (two times) the words stay.
     */
    private static String kindWordsAsSymbols(String text, Work work) {
        int eq = text.indexOf('=');
        if (eq < 0) return text;
        Set<String> problem = work.problemSymbols();
        Matcher m = KIND_WORD.matcher(text.substring(eq + 1));
        StringBuilder sb = new StringBuilder(text.substring(0, eq + 1));
        while (m.find()) {
            Dim kind = kindOfWord(m.group(1)).orElseThrow();
            List<String> ofKind = problem.stream().filter(q -> work.dims().containsKey(q) && work.dims().get(q).same(kind))
                    .sorted().toList();
            String symbol = ofKind.size() == 1 ? " " + ofKind.get(0) + " " : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(symbol));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The kind of quantity a name that is only the word for one names (time, mass), where it is one. */
    private static Optional<Dim> kindOfWord(String written) {
        return Optional.ofNullable(KIND_WORDS.get(written.strip().toLowerCase(java.util.Locale.ROOT)))
                .map(u -> Dim.of(unit(u).orElseThrow()));
    }

    /** The kind a name's words say (journey time, total distance, speed_2): the one kind word in it, where it has one. */
    private static Optional<Dim> kindNamed(String written) {
        List<Dim> kinds = Arrays.stream(written.strip().split("[_\\s]+")).map(PhysicsSteps::kindOfWord)
                .flatMap(Optional::stream).toList();
        return kinds.isEmpty() || kinds.stream().anyMatch(k -> !k.same(kinds.get(0)))
                ? Optional.empty()
                : Optional.of(kinds.get(0));
    }

    /**
     * units11: the given a name that is only the word for its kind stands for ({@code time = 0.75} for the given t, where
     * t is the problem's one time), as a teacher reads it; empty where the problem has no given of that kind, or more
     * than one quantity of it: two givens ("total mass = 2 kg" with two masses stays a question), or a given and the
     * unknown or a quantity of the reasoning ({@code mass = 2 kg} where m_1 is 2 kg and the mass m_2 is asked says
     * nothing of which mass it is, and is most likely the student's answer for the one asked).
     */
    private static Optional<NewNames.Candidate> kindOfOneGiven(String written, Work work) {
        Optional<Dim> word = kindOfWord(written);
        if (word.isEmpty()) return Optional.empty();
        Dim kind = word.get();
        Set<String> quantities = new HashSet<>(work.situation().givens().keySet());
        if (!work.unknown().isEmpty()) quantities.add(work.unknown());
        for (Equation r : work.refs()) if (r.lhs() instanceof Expr.Var v) quantities.add(v.name());
        List<String> ofKind = quantities.stream()
                .filter(q -> work.dims().containsKey(q) && work.dims().get(q).same(kind)).toList();
        return ofKind.size() == 1 && work.situation().givens().containsKey(ofKind.get(0))
                ? Optional.of(new NewNames.Candidate(new Expr.Var(ofKind.get(0)), Optional.of(kind)))
                : Optional.empty();
    }

    /**
     * units11: a name that says nothing of the quantity it stands for: letters and digits alone (q, x_2), none of them a
     * name the table lists or a symbol of the problem. Its value alone does not say which quantity the student means
     * (q = 6 where the force is 6 N), so it is asked about, never taken for the quantity of that value.
     */
    private static boolean saysNothing(String written, Work work) {
        Set<String> letters = new HashSet<>();
        for (String name : work.situation().givens().keySet()) letters.add(name.split("_")[0]);
        for (Equation r : work.refs()) if (r.lhs() instanceof Expr.Var v) letters.add(v.name().split("_")[0]);
        if (!work.unknown().isEmpty()) letters.add(work.unknown().split("_")[0]);
        String[] tokens = written.strip().split("_");
        for (String t : tokens) {
            if (t.isEmpty() || t.codePointCount(0, t.length()) > 1 && !t.matches("\\d+")) return false; // a word
            if (Character.isDigit(t.codePointAt(0))) continue;
            if (letters.contains(t) || NewNames.ROLES.stream().anyMatch(r -> r.keys().contains(NewNames.key(t))))
                return false;
        }
        return Character.isLetter(written.strip().codePointAt(0));
    }

    /**
     * Of the quantities a name may stand for (W: a weight or a work, when nothing written tells them apart), the one
     * whose value the line gives, else the first that can be found here, else the first.
     */
    private static Optional<NewNames.Role> oneRole(List<NewNames.Role> roles, Read read, String name, Work work) {
        if (roles.size() <= 1) return roles.stream().findFirst();
        for (NewNames.Role r : roles) {
            if (match(NewNames.ofRole(r, work.truth(), work.dims()), read, name, work.truth()).isPresent()) return Optional.of(r);
        }
        return roles.stream().filter(r -> !NewNames.ofRole(r, work.truth(), work.dims()).isEmpty()).findFirst()
                .or(() -> roles.stream().findFirst());
    }

    /** The quantity of the situation whose value the line gives the new name, if any. */
    private static Optional<NewNames.Candidate> rightFor(NewNames.Head head, String text, Read read, Work work) {
        return match(meaning(head, text, read, work).candidates(), read, head.name(), work.truth());
    }

    /** The candidates of the dimension wanted (those whose dimension is not known are kept). */
    private static List<NewNames.Candidate> fitting(List<NewNames.Candidate> all, Optional<Dim> want) {
        if (want.isEmpty()) return all;
        return all.stream().filter(c -> c.dim().map(want.get()::same).orElse(true)).toList();
    }

    /** The candidate whose value the line states (rounded as students round), its chain's links agreeing too. */
    private static Optional<NewNames.Candidate> match(List<NewNames.Candidate> candidates, Read read, String name,
            Map<String, Double> env) {
        Map<String, Double> without = new HashMap<>(env);
        without.remove(name);
        double value = Evaluator.eval(read.equation().rhs(), without);
        if (!Double.isFinite(value)) return Optional.empty();
        without.put(name, value);
        if (!chainAgrees(read.statement(), without)) return Optional.empty();
        NewNames.Candidate best = null;
        double bestDiff = Double.POSITIVE_INFINITY;
        for (NewNames.Candidate c : candidates) {
            if (Exprs.variables(c.formula()).contains(name)) continue;
            double v = Evaluator.eval(c.formula(), env);
            if (agree(v, value, read.equation().rhs()) && Math.abs(v - value) < bestDiff) {
                best = c;
                bestDiff = Math.abs(v - value);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The one value the candidates give (within rounding), if they agree. */
    private static Optional<Double> onlyValue(List<NewNames.Candidate> candidates, Map<String, Double> env) {
        Optional<Double> one = Optional.empty();
        for (NewNames.Candidate c : candidates) {
            double v = Evaluator.eval(c.formula(), env);
            if (!Double.isFinite(v)) return Optional.empty();
            if (one.isPresent() && Math.abs(one.get() - v) > ROUNDING * Math.max(Math.abs(v), Math.abs(one.get())) + 1e-12)
                return Optional.empty();
            if (one.isEmpty()) one = Optional.of(v);
        }
        return one;
    }

    /** A name for a quantity of the reference (F_f for f): the student's value is also their value of that quantity. */
    private static void alias(NewNames.Candidate c, Read read, Work work) {
        if (!(c.formula() instanceof Expr.Var v) || work.situation().givens().containsKey(v.name())) return;
        Map<String, Double> without = new HashMap<>(work.own());
        double value = Evaluator.eval(read.equation().rhs(), without);
        if (Double.isFinite(value)) work.own().put(v.name(), value);
        work.stated().add(v.name());
    }

    /**
     * The dimension of the unit the line ends with ({@code = 98 N}), if it ends with a quantity; letters that are several
     * symbols of the problem ({@code = 2 m g h}) are those symbols, as {@link #withSiNumbers} reads them.
     */
    private static Optional<Dim> writtenDimension(String text, Set<String> names) {
        String last = text.substring(text.lastIndexOf('=') + 1).strip();
        Matcher t = TRAILING_QUANTITY.matcher(last);
        // = 4 m/s^2, or a number's power with the unit after it (= 2^2 m/s^2, = 1.2 × 10^3 km): the unit is the side's
        if (!t.find()) return Optional.empty();
        String before = last.substring(0, t.start());
        if (!before.strip().matches("[-−+]?") && !(BEFORE_EXPONENT.matcher(before).matches() && !LETTER.matcher(before).find()))
            return Optional.empty();
        String unitText = t.group(2).strip();
        String[] tokens = unitText.split("[\\s·]+");
        if (tokens.length > 1 && symbolsOnly(unitText, names)) return Optional.empty();
        return unit(unitText).map(Dim::of);
    }

    /** The one-letter symbols right of the first = that are not yet known (a in F = m a), where the line can be read. */
    private static List<String> symbolsUsed(String text, Set<String> known) {
        int eq = text.indexOf('=');
        if (eq < 0) return List.of();
        Set<String> out = new java.util.TreeSet<>(used(text.substring(eq + 1), known));
        // W = KE_2 - KE_1 = 18 - 8: a listed name written for one moment is that moment's quantity (grade17: "not a quantity")
        Matcher staged = STAGED_NAME.matcher(text.substring(eq + 1));
        while (staged.find())
            if (!known.contains(staged.group()) && NewNames.stage(staged.group()).isPresent()
                    && NewNames.roles(staged.group()).size() == 1)
                out.add(staged.group());
        // v^2 = 36 after v^2 = u^2 + 2as: a left side that is no name (those are introduced by the name's own rules)
        String left = text.substring(0, eq).strip();
        if (!left.matches("[\\p{L}_][\\p{L}\\p{Nd}_ ]*")) out.addAll(used(left, known));
        return List.copyOf(out);
    }

    private static final Pattern STAGED_NAME = Pattern.compile("(?<![\\p{L}\\d_])\\p{L}{2,}_[\\p{L}\\d]+(?![\\p{L}\\d_])");

    private static List<String> used(String side, Set<String> known) {
        try {
            Statement s = Parser.parse(withSiNumbers(side, known), Parser.Context.of(known));
            return Exprs.variables(s).stream().filter(v -> v.length() == 1 && !known.contains(v)).sorted().toList();
        } catch (MathSyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    private static final Pattern DELTA_NAME = Pattern.compile("Δ(?:[A-Za-z]|KE|PE)(?:_[A-Za-z0-9]+)?(?![A-Za-z])");

    private static final Pattern TRAILING_QUANTITY = Pattern.compile(
            "(?<![A-Za-z_\\d.])(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*([A-Za-zΩμ°][^=\\d+\\-*×()]*?(?:\\^-?\\d+|[²³]|[23])?)\\s*$");

    /**
     * Replaces each "number unit" by the number in SI, so 36 km/h reads as 10. A quantity that ends a side of
     * the line ({@code = 39.2 N}, {@code = 6 kg m/s}) is always a unit; inside, a single symbol that names a
     * quantity of the problem stays a symbol ({@code 2 m} next to a mass m). {@code 1/2 m v^2} reads as ½mv².
     */
    static String withSiNumbers(String text, Set<String> symbols) {
        return withSiNumbers(text, symbols, true, false);
    }

    /**
     * @param compactUnits a number written against letters (20m/s, 2m) is a quantity with that unit even where the
     *                     letters are symbols of the problem; otherwise such letters that are all symbols are symbols
     */
    private static String withSiNumbers(String text, Set<String> symbols, boolean convert, boolean compactUnits) {
        return withNumbers(text, symbols, convert ? Unit::toSi : (u, v) -> v, compactUnits);
    }

    /** How a number written with a unit is read: in SI, as written, or in the question's units. */
    private interface InUnits {
        double value(Unit unit, double number);
    }

    private static String withNumbers(String text, Set<String> symbols, InUnits units, boolean compactUnits) {
        // 1/2 m v^2 is ½·m·v² by the parser's own rule (ADR 0008): no rewriting here
        String[] sides = text.split("=", -1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < sides.length; k++) {
            if (k > 0) out.append('=');
            String side = sides[k];
            Matcher t = TRAILING_QUANTITY.matcher(side);
            String tail = "";
            if (t.find()) {
                Optional<Unit> u = unit(t.group(2).strip());
                String[] tokens = t.group(2).strip().split("[\\s·]+");
                boolean allSymbols = tokens.length > 1 && Arrays.stream(tokens)
                        .allMatch(x -> symbols.contains(x.replaceAll("(\\^-?\\d+|[²³])$", ""))); // "2 g h" is 2·g·h
                // "1/2 g t^2": a fraction's denominator before several symbols is a coefficient (ADR 0008), not 2 g·t²;
                // so is ½mu² with a mass m and a speed u (grade18: read as 2 milli-atomic-mass-units squared)
                boolean fractionBeforeSymbols = (tokens.length > 1 || spelledBySymbols(tokens[0], symbols))
                        && side.substring(0, t.start()).matches("(?s).*\\d\\s{0,3}/\\s{0,3}$");
                // "t^2 = 2h/g" with the height h given: h and g are the problem's quantities, not hours per gram
                boolean compactSymbols = !compactUnits && t.end(1) == t.start(2) && t.group(2).contains("/")
                        && symbolsOnly(t.group(2).strip(), symbols);
                // "F_f = 0.3N = 29.4 N": inside a chain, a number against one symbol of the problem (μN written 0.3N)
                // may be that product; the last side stays a quantity. Read so only in the symbols reading, which is
                // taken where it alone is true with agreeing dimensions
                boolean symbolInChain = !compactUnits && k > 0 && k < sides.length - 1 && t.end(1) == t.start(2)
                        && symbols.contains(t.group(2).strip());
                // "0 = 15 - 3t", "3t = 15", "9 = 2t^2" with a time t: in the symbols reading a number against one symbol
                // that is a term of a sum, a side that is not the line's last, or raised to a power, may be that product
                // (not 3 tonnes); the reading is taken only where it alone is true with agreeing dimensions (grade13)
                String bare = tokens[0].replaceAll("(\\^-?\\d+|[²³])$", "");
                boolean symbolInSum = !compactUnits && tokens.length == 1
                        && (symbols.contains(bare) || spelledBySymbols(bare, symbols))
                        && (k < sides.length - 1 || side.substring(0, t.start()).matches("(?s).*\\S.*[-+]\\s*$")
                                || !bare.equals(tokens[0])); // 9 = 2t^2: no tonne squared
                if (u.isPresent() && !allSymbols && !fractionBeforeSymbols && !compactSymbols && !symbolInChain && !symbolInSum
                        && !subscripted(t.group(2).strip(), symbols)
                        && !t.group(2).strip().matches("(?i)or|and|so")) {
                    tail = withUnit(side.substring(0, t.start()), t.group(1), u.get(), units);
                    side = side.substring(0, t.start());
                }
            }
            out.append(innerUnits(side, symbols, units, compactUnits)).append(tail);
        }
        return out.toString();
    }

    /** {@code mu²} where m and u are both symbols of the problem: letters that each name one of its quantities. */
    private static boolean spelledBySymbols(String token, Set<String> symbols) {
        String letters = token.replaceAll("(\\^-?\\d+|[²³])$", "");
        return letters.length() > 1 && letters.chars().allMatch(c -> symbols.contains(String.valueOf((char) c)));
    }

    private static String innerUnits(String text, Set<String> symbols, InUnits units, boolean compactUnits) {
        Matcher m = NUMBER_WITH_UNIT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String unitText = m.group(2);
            boolean compound = unitText.contains("/") || unitText.contains("^") || unitText.matches(".*[²³]");
            Optional<Unit> unit = unit(unitText);
            // inside a side, letters that are all quantities of the problem are those quantities: 2 m next to a mass m,
            // √(2h/g) with a height h and 2s/t^2 with a distance s and a time t (not hours per gram, seconds per tonne²);
            // a lone power such as 3 m^2 stays an area
            boolean symbolic = unitText.contains("/") ? symbolsOnly(unitText, symbols) : !compound && symbols.contains(unitText);
            if (compactUnits && m.end(1) == m.start(2)) symbolic = false; // 2m: two metres, 20m/s: a speed
            // 2t^2 with a time t, in the symbols reading: 2·t², not two tonnes squared (grade13)
            // (0.5mu^2 with a mass m and a speed u: 0.5·m·u², not half a milli-atomic-mass-unit squared, grade18)
            if (!compactUnits && m.end(1) == m.start(2) && unitText.matches("\\p{L}+(\\^\\d+|[²³])")
                    && (symbols.contains(unitText.replaceAll("(\\^\\d+|[²³])$", "")) || spelledBySymbols(unitText, symbols)))
                symbolic = true;
            if (unit.isEmpty() || symbolic || subscripted(unitText, symbols) || unitText.matches("(?i)or|and|so")) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(sb,
                    Matcher.quoteReplacement(withUnit(text.substring(0, m.start()), m.group(1), unit.get(), units)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Text that ends with a power's caret: the number after it ({@code 2} of {@code 3^2 m}, {@code 3} of {@code 10^-3 km}). */
    private static final Pattern BEFORE_EXPONENT = Pattern.compile("(?s).*\\^\\s*[-−]?\\s*$");

    /**
     * A number and the unit after it, as the number in {@code units}. Where the number is a power's exponent
     * ({@code a = 2^2 m/s^2}, {@code 1.2 × 10^3 km}, {@code (3 × 10^8)^2 J}) the unit is the whole power's: the exponent
     * stays as written and the power is multiplied by the unit's factor (gradefix25: the exponent was read as 2 m/s^2,
     * so a wrong unit went unseen and 10^3 km became 10 to the 3000).
     */
    private static String withUnit(String before, String number, Unit unit, InUnits units) {
        if (BEFORE_EXPONENT.matcher(before).matches() && unit.offset() == 0) {
            double factor = units.value(unit, 1);
            return factor == 1 ? number : number + " × (" + plain(factor) + ")";
        }
        return "(" + converted(number, units.value(unit, Double.parseDouble(number))) + ")";
    }

    private static final Pattern LETTERS_AND_DIGIT = Pattern.compile("(?<![A-Za-zΩμ°])([A-Za-zΩμ°]+)([23])(?![\\d^])");

    /** m2 where the problem has a mass m_2: the symbol, not square metres (m3, cm2 are powers of units elsewhere). */
    private static boolean subscripted(String unitText, Set<String> symbols) {
        Matcher m = LETTERS_AND_DIGIT.matcher(unitText);
        while (m.find()) if (symbols.contains(m.group(1) + "_" + m.group(2))) return true;
        return false;
    }

    /** Whether every factor of a unit-like text (h/g, m s^-2) is a symbol the problem defines. */
    static boolean symbolsOnly(String unitText, Set<String> symbols) {
        String[] factors = unitText.strip().split("[\\s·*/]+");
        for (String f : factors) {
            String name = f.replaceAll("(\\^-?\\d+|[²³])$", "");
            if (name.isEmpty() || !symbols.contains(name)) return false;
        }
        return factors.length > 0;
    }

    private static Optional<Unit> unit(String text) {
        if (text.matches("sin|cos|tan")) return Optional.empty(); // 49 sin(θ): the sine, not second-inches
        // ms^-1, ms^-2 as students write m s^-1, m s^-2: a speed or an acceleration, not per millisecond
        if (text.matches("ms\\^-[12]")) text = "m s" + text.substring(2);
        try {
            Unit u = Units.parse(text);
            return u.symbol().isEmpty() ? Optional.empty() : Optional.of(u);
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A number written with a decimal point and a unit, in other units: where only a power of ten changes, with the
     * significant figures written (2.1 kJ is 2.1e3 J, so it reads as 2058 J rounded to two figures; grade12), else plain.
     */
    private static String converted(String written, double value) {
        if (!written.contains(".") || !Double.isFinite(value) || value == 0) return plain(value);
        int figures = new BigDecimal(written).precision();
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = exact.round(new MathContext(figures));
        if (rounded.compareTo(exact) != 0) return plain(value);
        return rounded.unscaledValue() + "e" + (-rounded.scale());
    }

    /** The number as plain text; a value too large for a double (1e999 km) is written so the parser refuses it. */
    private static String plain(double v) {
        if (!Double.isFinite(v)) return "1e99999";
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static Optional<Statement> read(String line, Set<String> symbols, boolean problemText) {
        try {
            return Optional.of(Parser.parse(withSiNumbers(StepChecker.tidy(line), symbols),
                    new Parser.Context(symbols, problemText)));
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<Equation> asEquation(Statement s) {
        Statement c = Statement.collapse(s);
        if (s instanceof Statement.Chain chain) {
            // v = 0 + 2 × 5 = 10: the chain states v = 10; its middle is checked as part of "holds"
            return Optional.of(chain.asEquation());
        }
        return c instanceof Equation e ? Optional.of(e) : Optional.empty();
    }

    /** Records "sym = value" for a line whose right side can be evaluated. */
    private static void define(Equation line, Map<String, Double> env) {
        if (!(line.lhs() instanceof Expr.Var v)) return;
        Map<String, Double> without = new HashMap<>(env);
        without.remove(v.name());
        if (!without.keySet().containsAll(Exprs.variables(line.rhs()))) return;
        double value = Evaluator.eval(line.rhs(), without);
        if (Double.isFinite(value)) env.put(v.name(), value);
    }

    /**
     * A line with a symbol that has no value here: a law written before any number is put in ({@code v^2 = u^2 + 2as}
     * where the problem gives no v) is a valid step ({@link Laws}; grade13: it was refused); any other such line is
     * asked to use the problem's symbols.
     */
    private static LineCheck lawOrUnknownSymbol(int n, String raw, Equation line, String symbol, Work work) {
        Set<String> problem = work.problemSymbols();
        return switch (Laws.judge(line, problem, work.dims())) {
            case STATES -> new LineCheck(n, raw, Status.VALID, Optional.empty(), Message.of("line.formula"), Optional.empty());
            case MISSTATES -> new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.formulaNotTrue"),
                    Optional.empty());
            case NO_LAW -> new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.unknownSymbol", symbol),
                    Optional.empty());
        };
    }

    private static Optional<String> unknownSymbol(Equation line, Map<String, Double> env) {
        for (String s : Exprs.variables(new Statement.Equation(line.lhs(), line.rhs()))) {
            if (!env.containsKey(s) && !(line.lhs() instanceof Expr.Var v && v.name().equals(s))) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** Whether both sides agree under the values, allowing students' rounding; every link of a chain must agree too. */
    static boolean holds(Read line, Map<String, Double> env) {
        Equation eq = line.equation();
        if (eq.lhs() instanceof Expr.Var v && !env.containsKey(v.name())) return false;
        double l = Evaluator.eval(eq.lhs(), env);
        double r = Evaluator.eval(eq.rhs(), env);
        return agree(l, r, eq.rhs()) && chainAgrees(line.statement(), env);
    }

    /**
     * Every link of a chain agrees with the next. A link that is off its neighbour only by the rounding of a number written
     * earlier ("f = 0.8 × 129.4 = 103 N" with N = 129.36 shown as 129.4, f = 103.49) is right where the chain's head is a
     * quantity with a known value, the earlier link is worked out from numbers and agrees with that value, and the later
     * one is that value rounded to its own figures (fix15). A real slip ("= 108 N"), a false product near the value
     * ("0.8 × 130 = 103.2 N") and two numbers that differ ("103.0 = 104 N") are not (rev16).
     */
    private static boolean chainAgrees(Statement s, Map<String, Double> env) {
        if (!(s instanceof Statement.Chain c)) return true;
        Optional<Double> head = c.parts().get(0) instanceof Expr.Var v && env.containsKey(v.name())
                ? Optional.of(env.get(v.name()))
                : Optional.empty();
        for (int k = 1; k + 1 < c.parts().size(); k++) {
            double a = Evaluator.eval(c.parts().get(k), env);
            double b = Evaluator.eval(c.parts().get(k + 1), env);
            if (agree(a, b, c.parts().get(k + 1))) continue;
            boolean bothRoundTheValue = head.isPresent() && !isNumber(c.parts().get(k))
                    && agree(head.get(), a, c.parts().get(k)) && roundsTo(head.get(), b, c.parts().get(k + 1));
            if (!bothRoundTheValue) return false;
        }
        return true;
    }

    /**
     * A chain with a computation in numbers whose every link agrees with the next, letters taken at their values here
     * ("a = F × m = 30 × 20 = 600"): its working is carried out right, so a wrong value comes from the method. A
     * substitution that does not match its formula ("1/2 g t^2 = 1/2 × 9.8 × 3") is a link that disagrees.
     */
    private static boolean workedOutRight(Statement s, Map<String, Double> truth) {
        if (!(s instanceof Statement.Chain c) || c.parts().size() < 3) return false;
        boolean computed = c.parts().stream().skip(1)
                .anyMatch(e -> Exprs.variables(e).isEmpty() && !(e instanceof Expr.Num) && !(e instanceof Expr.Neg));
        return computed && chainAgrees(s, truth);
    }

    /** a is the exact value, b what the student wrote; b may be rounded to its own significant figures. */
    private static boolean agree(double exact, double written, Expr writtenExpr) {
        if (!Double.isFinite(exact) || !Double.isFinite(written)) return false;
        double diff = Math.abs(exact - written);
        // the absolute margin is for a zero worked out with rounding noise (0.1 + 0.2 - 0.3); between two values that are
        // not zero it would make 8 × 10^-18 C agree with 8 × 10^-19 C (grade12)
        double margin = exact == 0 || written == 0 ? 1e-12 : 0;
        if (diff <= ROUNDING * Math.max(Math.abs(exact), Math.abs(written)) + margin) return true;
        return roundsTo(exact, written, writtenExpr);
    }

    /** The written number is the exact value rounded to its own significant figures (103 or 103.5 for 103.49). */
    private static boolean roundsTo(double exact, double written, Expr writtenExpr) {
        if (writtenExpr instanceof Expr.Num num && num.decimal()) {
            BigDecimal value = num.value().toBigDecimal(MathContext.DECIMAL64);
            int sig = WRITTEN_FIGURES.get().getOrDefault(value.stripTrailingZeros(), value.stripTrailingZeros().precision());
            // the box's rule, the same function (grade25), on the value in SI at the figures written (2.1 kJ as 2.1E+3 J);
            // 15 figures first drop the binary noise (15 × 4.1 is 61.5)
            if (sig < 1 || written == 0) return false;
            // one figure (0.6 A for 0.5957 A) only within the answer box's default 1 %, as the box takes it (grade25)
            if (sig < 2 && Math.abs(exact - written) > BOX_TOLERANCE * Math.abs(exact)) return false;
            BigDecimal shown = new BigDecimal(written).round(new MathContext(15)).round(new MathContext(sig));
            if (shown.precision() < sig) shown = shown.setScale(shown.scale() + sig - shown.precision()); // 1.0, 20.0
            return Numbers.isRounding(new BigDecimal(exact).round(new MathContext(15)), shown);
        }
        // a whole number is rounded to its digits when it ends in no zero (29 N for 29.4 N is 2 s.f.); 30 could be one
        // figure or two, and is not taken as rounded
        if (writtenExpr instanceof Expr.Num num && num.value().isInteger() && num.value().signum() != 0) {
            String digits = num.value().toString().replace("-", "");
            return digits.length() >= 2 && !digits.endsWith("0")
                    && Numbers.round(exact, digits.length()).equals(Numbers.round(written, digits.length()));
        }
        return false;
    }

    private static boolean isFormula(Equation line) {
        return Exprs.exactValue(line.rhs()).isEmpty() && !Exprs.variables(line.rhs()).isEmpty();
    }

    /** A quantity whose number is not its value in SI (3 km, 500 g). */
    private static boolean inOtherUnit(Quantity q) {
        return Math.abs(q.si() - q.value()) > 1e-12 * Math.abs(q.value());
    }

    /**
     * @param otherUnits whether a unit other than SI's is in play ({@link Work#otherUnits}): where none is, a value off
     *                   by a power of ten (ρ = 60 kg/m^3 under ρ = 3/0.005) converted no unit and is judged as any other
     *                   wrong value (an arithmetic slip where it is a number)
     */
    private static Optional<Misconception> diagnose(Read read, Map<String, Double> truth, Map<String, Double> raw,
            boolean otherUnits) {
        Equation line = read.equation();
        if (line.lhs() instanceof Expr.Var v && line.rhs() instanceof Expr.Div d) {
            Equation flipped = new Equation(v, new Expr.Div(d.denominator(), d.numerator()));
            if (holds(new Read(flipped, flipped), truth)) return Optional.of(Misconception.INVERTED_FORMULA);
        }
        if (line.lhs() instanceof Expr.Var v && truth.containsKey(v.name())) {
            double want = truth.get(v.name());
            double got = Evaluator.eval(line.rhs(), truth);
            if (Double.isFinite(got) && raw.containsKey(v.name())
                    && Math.abs(raw.get(v.name()) - want) > ROUNDING * Math.abs(want)
                    && agree(raw.get(v.name()), got, line.rhs())) {
                return Optional.of(Misconception.UNIT_CONVERSION_SLIP);
            }
            if (Double.isFinite(got) && want != 0 && got != 0) {
                double ratio = got / want;
                for (double f : new double[]{10, 100, 1000, 1e6, 3.6, 60, 3600}) {
                    boolean powerOfTen = f == 10 || f == 100 || f == 1000 || f == 1e6;
                    if (powerOfTen && !otherUnits) continue;
                    if (Math.abs(ratio - f) < 1e-3 * f || Math.abs(ratio - 1 / f) < 1e-3 / f)
                        return Optional.of(Misconception.UNIT_CONVERSION_SLIP);
                }
            }
            // a worked-out chain whose every link is right (a = F × m = 30 × 20 = 600) is a wrong method, not a slip
            if (workedOutRight(read.statement(), truth)) return Optional.empty();
            if (Exprs.variables(line.rhs()).isEmpty() && Double.isFinite(got)) return Optional.of(Misconception.ARITHMETIC_SLIP); // a number miscopied or miscalculated
            if (Exprs.variables(line.rhs()).isEmpty() && !chainAgrees(read.statement(), truth))
                return Optional.of(Misconception.ARITHMETIC_SLIP);
        }
        return Optional.empty();
    }

    /**
     * {@code v = 5/20} for 5 km in 20 min, {@code F = 500 × 2} for 500 g: the value of the line's quantity worked out with
     * the givens' numbers in their own units, off by a product of their unit factors (1000/60 here), found in a part of
     * the line that is numbers only (grade16: with two givens unconverted, or no reference steps, it was named only "value
     * not right" or "an arithmetic slip"). Never for a line whose numbers give the right value.
     */
    private static Optional<Misconception> unconverted(Read read, Work work) {
        Equation line = read.equation();
        if (!(line.lhs() instanceof Expr.Var v) || !work.truth().containsKey(v.name())) return Optional.empty();
        double want = Math.abs(work.truth().get(v.name()));
        List<Double> factors = work.situation().givens().values().stream().filter(q -> q.value() != 0)
                .map(q -> q.si() / q.value()).filter(f -> Double.isFinite(f) && f > 0 && Math.abs(f - 1) > 1e-9).distinct()
                .limit(4).toList();
        if (factors.isEmpty() || want == 0) return Optional.empty();
        List<Double> products = new ArrayList<>(List.of(1.0));
        for (double f : factors) {
            List<Double> next = new ArrayList<>();
            for (double p : products) next.addAll(List.of(p, p * f, p / f));
            products = next;
        }
        for (Expr part : parts(read).subList(1, parts(read).size())) {
            if (!Exprs.variables(part).isEmpty()) continue;
            double got = Math.abs(Evaluator.eval(part, work.truth()));
            if (agree(want, got, part)) return Optional.empty(); // the numbers are right: no slip in them
            for (double p : products)
                if (Math.abs(p - 1) > 1e-9 && agree(want / p, got, part)) return Optional.of(Misconception.UNIT_CONVERSION_SLIP);
        }
        return Optional.empty();
    }

    /** For the line that states the unknown with a unit: the unit must fit, and the number must be right in that unit. */
    private static Optional<Message> resultUnitNote(String text, Equation line, String unknown, Situation s) {
        if (!(line.lhs() instanceof Expr.Var v) || !v.name().equals(unknown) || s.answer().isEmpty()) return Optional.empty();
        int eq = text.lastIndexOf('=');
        if (eq < 0) return Optional.empty();
        Quantity written;
        try {
            written = Quantity.parse(text.substring(eq + 1).strip());
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        Unit expected = s.answer().get().unit();
        if (!written.hasUnit() && !expected.dimensionless())
            return Optional.of(Message.of("line.giveUnit", expected.symbol()));
        return Optional.empty();
    }

    /** The reference step this line states (both sides agree with it), 1-based. */
    private static Optional<Integer> align(Equation line, List<Equation> refs, Map<String, Double> truth) {
        // the same line as written first (v = 900/180 is the substitution, v = 5 the result), then the same values
        String text = Printer.text(new Statement.Equation(line.lhs(), line.rhs()));
        for (int k = refs.size() - 1; k >= 0; k--) {
            if (Printer.text(new Statement.Equation(refs.get(k).lhs(), refs.get(k).rhs())).equals(text))
                return Optional.of(k + 1);
        }
        for (int k = refs.size() - 1; k >= 0; k--) {
            Equation r = refs.get(k);
            if (!Exprs.variables(new Statement.Equation(r.lhs(), r.rhs()))
                    .equals(Exprs.variables(new Statement.Equation(line.lhs(), line.rhs()))))
                continue;
            if (Equivalence.of(r.lhs(), line.lhs()).equivalent() && sameValue(r.rhs(), line.rhs(), truth))
                return Optional.of(k + 1);
        }
        return Optional.empty();
    }

    private static boolean sameValue(Expr a, Expr b, Map<String, Double> truth) {
        if (!Exprs.variables(a).isEmpty() || !Exprs.variables(b).isEmpty())
            return Equivalence.of(a, b).equivalent();
        return agree(Evaluator.eval(a, truth), Evaluator.eval(b, truth), b);
    }
}
