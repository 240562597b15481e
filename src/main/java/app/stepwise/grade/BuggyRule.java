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
    List<BuggyRule> ALL = List.of(new SignKeptWhenMoving(), new DistributedFirstTermOnly(), new DividedOneTermOnly(),
            new SquaredTermwise());

    Misconception misconception();

    /** The wrong lines a student holding this misconception would write after {@code previous}. */
    List<Statement> apply(Statement previous);

    /** What to tell the student whose line this rule explains. */
    default Message message(Statement previous, Statement line) {
        return misconception().said();
    }

    /** The first rule whose wrong lines include the student's line (same solutions, or the same expression). */
    static Optional<BuggyRule> explaining(Statement previous, Statement line) {
        for (BuggyRule rule : ALL) {
            for (Statement bug : rule.apply(previous)) {
                if (sameStatement(bug, line)) return Optional.of(rule);
            }
        }
        return Optional.empty();
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

    /** ax + b = c → x + b = c/a: only one term divided. */
    record DividedOneTermOnly() implements BuggyRule {
        @Override
        public Misconception misconception() {
            return Misconception.DIVIDED_ONE_TERM_ONLY;
        }

        @Override
        public List<Statement> apply(Statement previous) {
            if (!(previous instanceof Equation e)) return List.of();
            List<Statement> out = new ArrayList<>();
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
            return eachTerm(e, t -> t instanceof Pow p && p.base() instanceof Add inner
                    && Exprs.exactValue(p.exponent()).map(r -> r.equals(Rational.of(2))).orElse(false)
                            ? Optional.of(new Add(inner.terms().stream().map(u -> (Expr) new Pow(u, Expr.num(2))).toList()))
                            : Optional.empty());
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
