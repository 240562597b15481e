package app.stepwise.grade;

import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Exprs;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.math.Statement.Equation;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One misconception as a rule: from a correct line, the lines a student holding it writes next ({@link #apply}),
 * with its label ({@link #misconception}) and the message that explains the slip. The same rules name a wrong line
 * in the step check ({@link #explaining}), give the sign-error detail, and make labelled wrong work
 * ({@link StepChecker#buggyLines}, used by {@code solve.WrongWork}).
 */
public sealed interface BuggyRule {

    /** The rules, in the order the diagnosis tries them. */
    List<BuggyRule> ALL = List.of(new SignKeptWhenMoving(), new DistributedFirstTermOnly(), new SignNotDistributed(),
            new DividedOneTermOnly(), new SquaredTermwise(), new AddedAcross());

    Misconception misconception();

    /** The wrong lines a student holding this misconception would write after {@code previous}. */
    List<Statement> apply(Statement previous);

    /** Whether the rule's wrong lines open a bracket of the line before (k(a + b) written without its bracket). */
    default boolean opensBrackets() {
        return false;
    }

    /** What to tell the student whose line this rule explains. */
    default Message message(Statement previous, Statement line) {
        return misconception().said();
    }

    /**
     * The first rule whose wrong lines include the student's line (same solutions, or the same expression). Where the
     * line has opened a bracket of the line before, the bracket rules go first: 7 - 3x - 6 = 1 after 7 - 3(x - 2) = 1 has
     * the solutions of 7 = 1 - 3(x - 2) as well, but nothing was moved, a bracket was opened with a sign lost.
     */
    static Optional<BuggyRule> explaining(Statement previous, Statement line) {
        List<BuggyRule> order = new ArrayList<>(ALL);
        if (brackets(previous) > brackets(line)) order.sort(java.util.Comparator.comparing(r -> !r.opensBrackets()));
        for (BuggyRule rule : order) {
            for (Statement bug : rule.apply(previous)) {
                if (sameStatement(bug, line)) return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** How many brackets multiplied out or negated the statement holds: k(a + b), -(a + b). */
    private static long brackets(Statement s) {
        List<Expr> sides = switch (s) {
            case Equation e -> List.of(e.lhs(), e.rhs());
            case Statement.Expression x -> List.of(x.expr());
            case Statement.Chain c -> List.of();
            case Statement.Alternatives a -> List.of();
            case Statement.SetOf set -> List.of();
        };
        long n = 0;
        for (Expr side : sides) n += count(side);
        return n;
    }

    private static long count(Expr e) {
        long here = e instanceof Mul m && m.factors().stream().anyMatch(f -> f instanceof Add)
                || e instanceof Neg n && n.operand() instanceof Add ? 1 : 0;
        return here + switch (e) {
            case Neg n -> count(n.operand());
            case Add a -> a.terms().stream().mapToLong(BuggyRule::count).sum();
            case Mul m -> m.factors().stream().mapToLong(BuggyRule::count).sum();
            case Div d -> count(d.numerator()) + count(d.denominator());
            case Pow p -> count(p.base()) + count(p.exponent());
            case Expr.Fn f -> count(f.arg());
            case Expr.Num x -> 0;
            case Expr.Var v -> 0;
            case Expr.Const c -> 0;
        };
    }

    private static boolean sameStatement(Statement a, Statement b) {
        return switch (a) {
            case Equation ea -> b instanceof Equation eb && StepChecker.same(ea, eb);
            case Statement.Expression xa -> b instanceof Statement.Expression xb
                    && Equivalence.of(xa.expr(), xb.expr()).equivalent();
            case Statement.Chain c -> false;
            case Statement.Alternatives alt -> false;
            case Statement.SetOf set -> false;
        };
    }

    /** a + t = b → a = b + t: a term moved across the = without changing its sign. */
    record SignKeptWhenMoving() implements BuggyRule {
        private record Moved(Equation bug, Expr term, boolean toRight) {}

        @Override
        public Misconception misconception() {
            return Misconception.SIGN_ERROR_MOVING_TERM;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            return previous instanceof Equation e ? moves(e).stream().map(m -> (Statement) m.bug()).toList() : List.of();
        }

        /** "moved + 5 to the right side but kept its sign: it should become - 5 there", for the term that was moved. */
        @Override
        public Message message(Statement previous, Statement line) {
            if (previous instanceof Equation pe && line instanceof Equation le) {
                for (Moved m : moves(pe)) {
                    if (StepChecker.same(m.bug(), le)) {
                        String term = Printer.text(m.term());
                        String kept = term.startsWith("-") ? "- " + term.substring(1).strip() : "+ " + term;
                        String flipped = term.startsWith("-") ? "+ " + term.substring(1).strip() : "- " + term;
                        return misconception()
                                .said(Message.of(m.toRight() ? "misconception.sign.movedRight" : "misconception.sign.movedLeft",
                                        kept, flipped));
                    }
                }
            }
            return misconception().said(Message.of("misconception.sign.moved"));
        }

        private static List<Moved> moves(Equation e) {
            List<Moved> out = new ArrayList<>();
            List<Expr> l = terms(e.lhs());
            List<Expr> r = terms(e.rhs());
            for (int i = 0; i < l.size() && l.size() > 1; i++) {
                List<Expr> rest = new ArrayList<>(l);
                Expr t = rest.remove(i);
                List<Expr> right = new ArrayList<>(r);
                right.add(t);
                out.add(new Moved(new Equation(sum(rest), sum(right)), t, true));
            }
            for (int i = 0; i < r.size() && r.size() > 1; i++) {
                List<Expr> rest = new ArrayList<>(r);
                Expr t = rest.remove(i);
                List<Expr> left = new ArrayList<>(l);
                left.add(t);
                out.add(new Moved(new Equation(sum(left), sum(rest)), t, false));
            }
            return out;
        }
    }

    /** k(a + b) → ka + b, wherever a product of a factor and a sum appears at the top of a term. */
    record DistributedFirstTermOnly() implements BuggyRule {
        @Override
        public boolean opensBrackets() {
            return true;
        }

        @Override
        public Misconception misconception() {
            return Misconception.DISTRIBUTED_FIRST_TERM_ONLY;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            List<Statement> out = new ArrayList<>(eachSide(previous, DistributedFirstTermOnly::wrong));
            // the same slip on both sides at once: 3(x - 2) = 2(x + 5) → 3x - 2 = 2x + 5
            if (previous instanceof Equation e)
                for (Expr l : wrong(e.lhs())) for (Expr r : wrong(e.rhs())) out.add(new Equation(l, r));
            return out;
        }

        private static List<Expr> wrong(Expr e) {
            return eachTerm(e, t -> {
                Expr core = t instanceof Neg n ? n.operand() : t;
                if (!(core instanceof Mul m && m.factors().size() == 2 && m.factors().get(1) instanceof Add inner))
                    return Optional.empty();
                List<Expr> w = new ArrayList<>();
                w.add(new Mul(List.of(m.factors().get(0), inner.terms().get(0))));
                w.addAll(inner.terms().subList(1, inner.terms().size()));
                return Optional.of(t instanceof Neg ? new Neg(new Add(w)) : new Add(w));
            });
        }
    }

    /**
     * -4(x - 2) → -4x - 8, -(x + 5) → -x + 5, 5 - 2(x - 1) → 5 - 2x - 2: the minus of a negative multiplier reaches the
     * bracket's first term only, or a negative times a negative is taken as negative. Every term is multiplied (that
     * would be {@link DistributedFirstTermOnly}), so the numbers are right and only signs are wrong: no arithmetic slip.
     */
    record SignNotDistributed() implements BuggyRule {
        /** A term {@code -k(a + b + …)}: the multiplier's size {@code k} (no factors for a bare minus) and the terms inside. */
        private record Bracket(List<Expr> size, List<Expr> inside) {}

        /** A wrong term with the inside term whose product got the wrong sign and what that product should be. */
        private record Slip(Expr wrong, Bracket bracket, Expr term, Expr right) {}

        @Override
        public boolean opensBrackets() {
            return true;
        }

        @Override
        public Misconception misconception() {
            return Misconception.SIGN_NOT_DISTRIBUTED;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            return placed(previous).stream().map(Placed::bug).toList();
        }

        /** "-4 × (-2) is +8": the product in the student's line that has the wrong sign, and its right sign. */
        @Override
        public Message message(Statement previous, Statement line) {
            for (Placed p : placed(previous)) {
                if (!sameStatement(p.bug(), line)) continue;
                Slip s = p.slip();
                String by = s.bracket().size().isEmpty() ? "-1" : "-" + Printer.text(product(s.bracket().size()));
                String term = Printer.text(s.term());
                String right = Printer.text(s.right());
                return misconception().said(Message.of("misconception.sign-bracket.product", by,
                        term.startsWith("-") ? "(" + term + ")" : term, right.startsWith("-") ? right : "+" + right));
            }
            return misconception().said();
        }

        /** A wrong line made from the line before, with the slip that made it. */
        private record Placed(Statement bug, Slip slip) {}

        /** Each slip on either side of an equation, or in an expression, as the whole wrong line. */
        private static List<Placed> placed(Statement previous) {
            return switch (previous) {
                case Equation e -> {
                    List<Placed> out = new ArrayList<>();
                    for (Slip s : slips(e.lhs())) out.add(new Placed(new Equation(s.wrong(), e.rhs()), s));
                    for (Slip s : slips(e.rhs())) out.add(new Placed(new Equation(e.lhs(), s.wrong()), s));
                    yield out;
                }
                case Statement.Expression x ->
                    slips(x.expr()).stream().map(s -> new Placed(new Statement.Expression(s.wrong()), s)).toList();
                case Statement.Chain c -> List.of();
                case Statement.Alternatives a -> List.of();
                case Statement.SetOf set -> List.of();
            };
        }

        private static List<Slip> slips(Expr e) {
            List<Slip> out = new ArrayList<>();
            List<Expr> ts = terms(e);
            for (int i = 0; i < ts.size(); i++) {
                Optional<Bracket> b = bracket(ts.get(i));
                if (b.isEmpty()) continue;
                List<Expr> inside = b.get().inside();
                // the minus reaches the first term only: -k·a + k·b + k·c
                List<Expr> firstOnly = new ArrayList<>();
                firstOnly.add(times(b.get().size(), inside.get(0), true));
                for (Expr t : inside.subList(1, inside.size())) firstOnly.add(times(b.get().size(), t, false));
                out.add(slip(ts, i, firstOnly, b.get(), inside.get(1)));
                // a negative times a negative taken as negative: every product negative
                int negative = -1;
                for (int j = 0; j < inside.size() && negative < 0; j++) if (inside.get(j) instanceof Neg) negative = j;
                if (negative >= 0) {
                    List<Expr> allNegative = new ArrayList<>();
                    for (Expr t : inside) allNegative.add(new Neg(unsigned(times(b.get().size(), t, false))));
                    out.add(slip(ts, i, allNegative, b.get(), inside.get(negative)));
                }
            }
            return out;
        }

        private static Slip slip(List<Expr> terms, int at, List<Expr> wrongProducts, Bracket b, Expr term) {
            List<Expr> nts = new ArrayList<>(terms.subList(0, at));
            nts.addAll(wrongProducts);
            nts.addAll(terms.subList(at + 1, terms.size()));
            return new Slip(sum(nts), b, term, times(b.size(), term, true));
        }

        /** -k(a + b) or -(a + b) with a negative multiplier and at least two terms inside; empty for any other term. */
        private static Optional<Bracket> bracket(Expr t) {
            boolean negative = t instanceof Neg;
            Expr core = t instanceof Neg n ? n.operand() : t;
            List<Expr> size;
            Add inside;
            if (core instanceof Add a) {
                size = List.of();
                inside = a;
            } else if (core instanceof Mul m && m.factors().size() >= 2 && m.factors().getLast() instanceof Add a) {
                size = new ArrayList<>(m.factors().subList(0, m.factors().size() - 1));
                inside = a;
                Expr first = size.get(0);
                if (first instanceof Neg n) {
                    negative = !negative;
                    size.set(0, n.operand());
                } else if (first instanceof Expr.Num k && k.value().signum() < 0) {
                    negative = !negative;
                    size.set(0, new Expr.Num(k.value().negate(), k.decimal()));
                }
            } else {
                return Optional.empty();
            }
            if (!negative || inside.terms().size() < 2) return Optional.empty();
            return Optional.of(new Bracket(List.copyOf(size), inside.terms()));
        }

        /** k·t, negated when {@code negative}, its numbers multiplied out as a student writes the product (-4 × -2 → 8). */
        private static Expr times(List<Expr> size, Expr t, boolean negative) {
            boolean neg = negative;
            Expr u = t;
            while (u instanceof Neg n) {
                neg = !neg;
                u = n.operand();
            }
            List<Expr> factors = new ArrayList<>(size);
            if (u instanceof Mul m) factors.addAll(m.factors());
            else
                factors.add(u);
            Rational number = Rational.of(1);
            boolean decimal = false;
            List<Expr> letters = new ArrayList<>();
            for (Expr f : factors) {
                Optional<Rational> v = f instanceof Expr.Num || f instanceof Div ? Exprs.exactValue(f) : Optional.empty();
                if (v.isPresent()) {
                    number = number.multiply(v.get());
                    decimal |= f instanceof Expr.Num k && k.decimal();
                } else {
                    letters.add(f);
                }
            }
            if (!number.equals(Rational.of(1)) || letters.isEmpty()) letters.add(0, new Expr.Num(number, decimal));
            Expr p = product(letters);
            return neg ? new Neg(p) : p;
        }

        private static Expr unsigned(Expr e) {
            return e instanceof Neg n ? unsigned(n.operand()) : e;
        }

        private static Expr product(List<Expr> factors) {
            return factors.size() == 1 ? factors.get(0) : new Mul(factors);
        }
    }

    /** ax + b = c → x + b = c/a, (4x + 6)/2 → 2x + 6: only one term divided. */
    record DividedOneTermOnly() implements BuggyRule {
        @Override
        public Misconception misconception() {
            return Misconception.DIVIDED_ONE_TERM_ONLY;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            // (4x + 6)/2 → 2x + 6 (gradefix25: it was an "arithmetic slip")
            List<Statement> out = new ArrayList<>(eachSide(previous, DividedOneTermOnly::oneTermOfQuotient));
            if (!(previous instanceof Equation e)) return out;
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

        /** Each quotient (a + b)/k of the sum with one term of its top divided and the others left as they were. */
        private static List<Expr> oneTermOfQuotient(Expr e) {
            List<Expr> out = new ArrayList<>();
            List<Expr> ts = terms(e);
            for (int k = 0; k < ts.size(); k++) {
                if (!(ts.get(k) instanceof Div d && d.numerator() instanceof Add top)) continue;
                for (int i = 0; i < top.terms().size(); i++) {
                    List<Expr> wrongTop = new ArrayList<>(top.terms());
                    wrongTop.set(i, new Div(wrongTop.get(i), d.denominator()));
                    List<Expr> nts = new ArrayList<>(ts);
                    nts.set(k, new Add(wrongTop));
                    out.add(sum(nts));
                }
            }
            return out;
        }
    }

    /** (a + b)² → a² + b². */
    record SquaredTermwise() implements BuggyRule {
        @Override
        public Misconception misconception() {
            return Misconception.SQUARED_TERMWISE;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            return eachSide(previous, SquaredTermwise::wrong);
        }

        private static List<Expr> wrong(Expr e) {
            List<Expr> out = new ArrayList<>(eachTerm(e, t -> squaredSum(t)
                    .map(inner -> new Add(inner.terms().stream().map(u -> (Expr) new Pow(u, Expr.num(2))).toList()))));
            // (x - 3)² → x² - 9: each term squared with its sign kept (gradefix25: it was an "arithmetic slip")
            out.addAll(eachTerm(e, t -> squaredSum(t).filter(inner -> inner.terms().stream().anyMatch(u -> u instanceof Neg))
                    .map(inner -> new Add(inner.terms().stream()
                            .map(u -> u instanceof Neg n
                                    ? (Expr) new Neg(new Pow(n.operand(), Expr.num(2)))
                                    : new Pow(u, Expr.num(2)))
                            .toList()))));
            return out;
        }

        /** The sum inside (a + b)², for a term that is one. */
        private static Optional<Add> squaredSum(Expr t) {
            return t instanceof Pow p && p.base() instanceof Add inner
                    && Exprs.exactValue(p.exponent()).map(r -> r.equals(Rational.of(2))).orElse(false)
                            ? Optional.of(inner)
                            : Optional.empty();
        }
    }

    /** a/b + c/d → (a + c)/(b + d): fractions added by adding the tops and adding the bottoms. */
    record AddedAcross() implements BuggyRule {
        @Override
        public Misconception misconception() {
            return Misconception.ADDED_ACROSS;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            return eachSide(previous, AddedAcross::wrong);
        }

        /** Each two fractions of the sum added across, the rest left as they were. */
        private static List<Expr> wrong(Expr e) {
            List<Expr> out = new ArrayList<>();
            List<Expr> ts = terms(e);
            for (int i = 0; i < ts.size(); i++) {
                for (int j = i + 1; j < ts.size(); j++) {
                    if (!(ts.get(i) instanceof Div a && ts.get(j) instanceof Div b)) continue;
                    List<Expr> nts = new ArrayList<>(ts);
                    nts.set(i, new Div(new Add(List.of(a.numerator(), b.numerator())),
                            new Add(List.of(a.denominator(), b.denominator()))));
                    nts.remove(j);
                    out.add(sum(nts));
                }
            }
            return out;
        }
    }

    /** A rule on expressions applied to an expression line, or to each side of an equation. */
    private static List<Statement> eachSide(Statement previous, Function<Expr, List<Expr>> rule) {
        return switch (previous) {
            case Equation e -> {
                List<Statement> out = new ArrayList<>();
                for (Expr l : rule.apply(e.lhs())) out.add(new Equation(l, e.rhs()));
                for (Expr r : rule.apply(e.rhs())) out.add(new Equation(e.lhs(), r));
                yield out;
            }
            case Statement.Expression x ->
                rule.apply(x.expr()).stream().map(w -> (Statement) new Statement.Expression(w)).toList();
            case Statement.Chain c -> List.of();
            case Statement.Alternatives a -> List.of();
            case Statement.SetOf s -> List.of();
        };
    }

    /** The sum with one term replaced by its wrong form, for each term that has one: a slip made on one term at a time. */
    private static List<Expr> eachTerm(Expr e, Function<Expr, Optional<Expr>> wrongTerm) {
        List<Expr> out = new ArrayList<>();
        List<Expr> ts = terms(e);
        for (int i = 0; i < ts.size(); i++) {
            Optional<Expr> w = wrongTerm.apply(ts.get(i));
            if (w.isEmpty()) continue;
            List<Expr> nts = new ArrayList<>(ts);
            nts.set(i, w.get());
            out.add(sum(nts));
        }
        return out;
    }

    private static List<Expr> terms(Expr e) {
        return e instanceof Add a ? a.terms() : List.of(e);
    }

    private static Expr sum(List<Expr> ts) {
        return ts.isEmpty() ? Expr.num(0) : ts.size() == 1 ? ts.get(0) : new Add(ts);
    }
}
