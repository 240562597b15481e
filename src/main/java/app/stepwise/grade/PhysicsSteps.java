package app.stepwise.grade;

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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks physics working: formula lines ({@code v = u + a t}), rearrangements ({@code a = F/m}), substitutions
 * with or without units ({@code v = 0 + 2 m/s² × 5 s}) and results with units ({@code v = 10 m/s}).
 *
 * <p>A line is right when it is true of this situation: every symbol takes its value from the givens, from
 * the reference reasoning (intermediate quantities such as the normal force) or from the expected answer, all
 * in SI. Numbers may be rounded as students round them (0.5 %, or to the significant figures written). After a
 * mistake, later lines are judged against the values the student's own lines implied.
 */
public final class PhysicsSteps {
    /** Relative tolerance for rounded intermediate values. */
    static final double ROUNDING = 0.005;
    /** Standard gravity, used when a line writes {@code g} and the problem does not give it. */
    static final double STANDARD_G = Units.STANDARD_GRAVITY;

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(?<![A-Za-z_\\d.])(?<!\\d\\s{0,3}/\\s{0,3})(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*((?:[A-Za-zΩμ°]+(?:\\^-?\\d+|[²³])?)(?:\\s*/\\s*[A-Za-zΩμ°]+(?:\\^-?\\d+|[²³])?)*)");

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
        List<Equation> refs = new ArrayList<>();
        for (String r : reference) {
            Optional<Equation> eq = read(r, truth.keySet(), true).flatMap(PhysicsSteps::asEquation);
            eq.ifPresent(refs::add);
            // the first definition of a quantity is the exact one: later reference lines round it (v = 11.3 m/s)
            eq.ifPresent(e -> {
                if (!(e.lhs() instanceof Expr.Var v && truth.containsKey(v.name()))) define(e, truth);
            });
        }
        String unknown = situation.unknown()
                .orElseGet(() -> refs.isEmpty() ? "" : refs.get(refs.size() - 1).lhs() instanceof Expr.Var v ? v.name() : "");
        situation.answer().ifPresent(a -> {
            if (!unknown.isEmpty()) truth.putIfAbsent(unknown, a.si());
        });
        truth.putIfAbsent("g", STANDARD_G);
        // the same reasoning done with the numbers as given (3 km, 10 min) and no conversion: a conversion slip's value
        Map<String, Double> asGiven = new HashMap<>();
        situation.givens().forEach((k, q) -> asGiven.put(k, q.value()));
        asGiven.put("g", STANDARD_G);
        for (String r : reference) {
            try {
                asEquation(Parser.parse(withSiNumbers(StepChecker.tidy(r), asGiven.keySet(), false),
                        new Parser.Context(asGiven.keySet(), true))).ifPresent(e -> {
                            if (!(e.lhs() instanceof Expr.Var v && asGiven.containsKey(v.name()))) define(e, asGiven);
                        });
            } catch (MathSyntaxException e) {
                // skipped, as for the truth
            }
        }

        Map<String, Double> own = new HashMap<>(truth);
        Parser.Context ctx = context(truth.keySet(), unknown);
        AtomicReference<Optional<Boolean>> finalCorrect = new AtomicReference<>(Optional.empty());
        LineLoop.Result<Equation> result = LineLoop.run(lines, null, (n, raw, text, before, afterError) -> {
            Optional<Equation> parsed;
            try {
                parsed = asEquation(Parser.parse(withSiNumbers(text, truth.keySet()), ctx));
            } catch (MathSyntaxException e) {
                return new LineLoop.Judged<>(new LineCheck(n, raw, Status.UNREADABLE, Optional.empty(),
                        Message.of("line.cannotRead", e.said()), Optional.empty()), null);
            }
            if (parsed.isEmpty())
                return new LineLoop.Judged<>(new LineCheck(n, raw, Status.NOTE, Optional.empty(),
                        Message.of("line.physicsEquation"), Optional.empty()), null);
            Equation line = parsed.get();
            LineCheck verdict = judge(n, raw, text, line, refs, truth, own, asGiven, afterError, unknown, situation);
            define(line, own); // later lines may use what this one found, right or not
            if (line.lhs() instanceof Expr.Var v && v.name().equals(unknown) && Exprs.variables(line.rhs()).isEmpty())
                finalCorrect.set(Optional
                        .of(verdict.status() == Status.ON_PATH || verdict.status() == Status.VALID && !afterError));
            return new LineLoop.Judged<>(verdict, line);
        });
        int furthest = result.furthest();
        Optional<Integer> next = furthest < reference.size() ? Optional.of(furthest + 1) : Optional.empty();
        return new LineCheck.Report(result.lines(), result.firstError(), finalCorrect.get(), next);
    }

    /** The verdict on one physics line: true of this situation, carried forward from an earlier slip, or wrong. */
    private static LineCheck judge(int n, String raw, String text, Equation line, List<Equation> refs,
            Map<String, Double> truth, Map<String, Double> own, Map<String, Double> asGiven, boolean afterError,
            String unknown, Situation situation) {
        Optional<Integer> ref = align(line, refs, truth);
        Optional<String> unknownSymbol = unknownSymbol(line, own);
        if (unknownSymbol.isPresent()) {
            return new LineCheck(n, raw, Status.INVALID, Optional.empty(), Message.of("line.unknownSymbol", unknownSymbol.get()),
                    Optional.empty());
        }
        if (holds(line, truth, text)) {
            Message msg = Message.of(afterError ? "grade.correct" : ref.isPresent() ? "line.goodStep" : "line.trueHere");
            Optional<Message> unitNote = resultUnitNote(text, line, unknown, situation);
            return new LineCheck(n, raw, ref.isPresent() ? Status.ON_PATH : Status.VALID, Optional.empty(), unitNote.orElse(msg),
                    ref);
        }
        if (afterError && holds(line, own, text)) {
            return new LineCheck(n, raw, Status.VALID, Optional.empty(),
                    Message.of("line.carriedForwardEarlier"), Optional.empty());
        }
        Optional<Misconception> m = diagnose(line, truth, asGiven, text);
        Message msg = m.map(Misconception::said)
                .orElse(Message.of(isFormula(line) ? "line.formulaNotTrue" : "line.valueNotRight"));
        return new LineCheck(n, raw, Status.INVALID, m, msg, Optional.empty());
    }

    private static final Pattern TRAILING_QUANTITY = Pattern.compile(
            "(?<![A-Za-z_\\d.])(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)\\s*([A-Za-zΩμ°][^=\\d+\\-*×()]*?(?:\\^-?\\d+|[²³])?)\\s*$");

    /**
     * Replaces each "number unit" by the number in SI, so 36 km/h reads as 10. A quantity that ends a side of
     * the line ({@code = 39.2 N}, {@code = 6 kg m/s}) is always a unit; inside, a single symbol that names a
     * quantity of the problem stays a symbol ({@code 2 m} next to a mass m). {@code 1/2 m v^2} reads as ½mv².
     */
    static String withSiNumbers(String text, Set<String> symbols) {
        return withSiNumbers(text, symbols, true);
    }

    private static String withSiNumbers(String text, Set<String> symbols, boolean convert) {
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
                // "1/2 g t^2": a fraction's denominator before several symbols is a coefficient (ADR 0008), not 2 g·t²
                boolean fractionBeforeSymbols = tokens.length > 1
                        && side.substring(0, t.start()).matches("(?s).*\\d\\s{0,3}/\\s{0,3}$");
                // "t^2 = 2h/g" with the height h given: h and g are the problem's quantities, not hours per gram
                boolean compactSymbols = t.end(1) == t.start(2) && t.group(2).contains("/")
                        && symbolsOnly(t.group(2).strip(), symbols);
                if (u.isPresent() && !allSymbols && !fractionBeforeSymbols && !compactSymbols
                        && !t.group(2).strip().matches("(?i)or|and|so")) {
                    double v = Double.parseDouble(t.group(1));
                    tail = "(" + plain(convert ? u.get().toSi(v) : v) + ")";
                    side = side.substring(0, t.start());
                }
            }
            out.append(innerUnits(side, symbols, convert)).append(tail);
        }
        return out.toString();
    }

    private static String innerUnits(String text, Set<String> symbols, boolean convert) {
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
            if (unit.isEmpty() || symbolic || unitText.matches("(?i)or|and|so")) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            double v = Double.parseDouble(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement("(" + plain(convert ? unit.get().toSi(v) : v) + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
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
        try {
            Unit u = Units.parse(text);
            return u.symbol().isEmpty() ? Optional.empty() : Optional.of(u);
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The number as plain text; a value too large for a double (1e999 km) is written so the parser refuses it. */
    private static String plain(double v) {
        if (!Double.isFinite(v)) return "1e99999";
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The problem's symbols and its unknown: R1 typed for R_1, mu for μ read as those symbols. */
    private static Parser.Context context(Set<String> symbols, String unknown) {
        Set<String> names = new HashSet<>(symbols);
        if (!unknown.isEmpty()) names.add(unknown);
        return Parser.Context.of(names);
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

    private static Optional<String> unknownSymbol(Equation line, Map<String, Double> env) {
        for (String s : Exprs.variables(new Statement.Equation(line.lhs(), line.rhs()))) {
            if (!env.containsKey(s) && !(line.lhs() instanceof Expr.Var v && v.name().equals(s))) return Optional.of(s);
        }
        return Optional.empty();
    }

    /** Whether both sides agree under the values, allowing students' rounding; every link of a chain must agree too. */
    static boolean holds(Equation line, Map<String, Double> env, String text) {
        Map<String, Double> values = new HashMap<>(env);
        if (line.lhs() instanceof Expr.Var v && !env.containsKey(v.name())) return false;
        double l = Evaluator.eval(line.lhs(), values);
        double r = Evaluator.eval(line.rhs(), values);
        return agree(l, r, line.rhs()) && chainAgrees(text, env);
    }

    private static boolean chainAgrees(String text, Map<String, Double> env) {
        Optional<Statement> s = read(text, env.keySet(), false);
        if (s.isEmpty() || !(s.get() instanceof Statement.Chain c)) return true;
        for (int k = 1; k + 1 < c.parts().size(); k++) {
            double a = Evaluator.eval(c.parts().get(k), env);
            double b = Evaluator.eval(c.parts().get(k + 1), env);
            if (!agree(a, b, c.parts().get(k + 1))) return false;
        }
        return true;
    }

    /** a is the exact value, b what the student wrote; b may be rounded to its own significant figures. */
    private static boolean agree(double exact, double written, Expr writtenExpr) {
        if (!Double.isFinite(exact) || !Double.isFinite(written)) return false;
        double diff = Math.abs(exact - written);
        if (diff <= ROUNDING * Math.max(Math.abs(exact), Math.abs(written)) + 1e-12) return true;
        if (writtenExpr instanceof Expr.Num num && num.decimal()) {
            int sig = num.value().toBigDecimal(MathContext.DECIMAL64).stripTrailingZeros().precision();
            return sig >= 2 && Numbers.round(exact, sig).equals(Numbers.round(written, sig));
        }
        return false;
    }

    private static boolean isFormula(Equation line) {
        return Exprs.exactValue(line.rhs()).isEmpty() && !Exprs.variables(line.rhs()).isEmpty();
    }

    private static Optional<Misconception> diagnose(Equation line, Map<String, Double> truth, Map<String, Double> raw,
            String text) {
        if (line.lhs() instanceof Expr.Var v && line.rhs() instanceof Expr.Div d) {
            Equation flipped = new Equation(v, new Expr.Div(d.denominator(), d.numerator()));
            if (holds(flipped, truth, "")) return Optional.of(Misconception.INVERTED_FORMULA);
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
                    if (Math.abs(ratio - f) < 1e-3 * f || Math.abs(ratio - 1 / f) < 1e-3 / f)
                        return Optional.of(Misconception.UNIT_CONVERSION_SLIP);
                }
            }
            if (Exprs.variables(line.rhs()).isEmpty() && Double.isFinite(got)) return Optional.of(Misconception.ARITHMETIC_SLIP); // a number miscopied or miscalculated
            if (Exprs.variables(line.rhs()).isEmpty() && chainBreaks(text, truth))
                return Optional.of(Misconception.ARITHMETIC_SLIP);
        }
        return Optional.empty();
    }

    private static boolean chainBreaks(String text, Map<String, Double> env) {
        return !chainAgrees(text, env);
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
