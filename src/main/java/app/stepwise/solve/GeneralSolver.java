package app.stepwise.solve;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Solves any problem of our math kinds given as a task, a starting line and the unknown — not only the generators'
 * parameters: other letters, fractional, decimal, negative and large numbers, irrational answers. Every solution is
 * verified twice ({@link Verifier}) before it is handed out, and names the family it belongs to.
 */
public final class GeneralSolver {
    private GeneralSolver() {}

    /**
     * A problem as the reader understood it.
     *
     * @param start   the expression or equation; for a system the two equations joined by "; "
     * @param unknown the letter solved for or differentiated by; empty where the task has none
     * @param method  for quadratics: factor, formula, square-root or empty (the usual choice)
     * @param family  a family to name instead of the one the solver infers (percentages), or empty
     */
    public record Request(Task task, String start, String unknown, String method, String family) {
        public Request(Task task, String start, String unknown) {
            this(task, start, unknown, "", "");
        }
    }

    /** The verified worked solution, or empty when no solver can solve it (or its solution does not verify). */
    public static Optional<Worked> solve(Request r, String statement) {
        try {
            List<Step> steps = steps(r);
            if (steps.isEmpty()) return Optional.empty();
            String family = r.family().isEmpty() ? family(r, steps) : r.family();
            if (family.equals("percentages")) steps = decimalResult(percentageWords(steps));
            String answer = answerOf(steps.get(steps.size() - 1).math());
            Worked w = new Worked(family, statement, r.task(), r.start(), List.<Given>of(), steps, answer,
                    kind(r, steps), Solvers.family(family).map(Family::skills).orElse(List.of()), Map.of(), 0, Double.NaN);
            return Verifier.check(w).isEmpty() ? Optional.of(w) : Optional.empty();
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException | Polynomial.NotPolynomial e) {
            return Optional.empty();
        }
    }

    /**
     * The next step from a line of working (the student's last valid line), by the same solvers; empty when the
     * line already is the answer or no solver continues from it.
     */
    public static Optional<Step> nextFrom(Request r, String line) {
        try {
            Request from = switch (r.task()) {
                case SYSTEM, PHYSICS -> null;
                case DIFFERENTIATE -> new Request(Task.SIMPLIFY, line, r.unknown());
                case SOLVE -> new Request(Task.SOLVE, line, r.unknown(), r.method(), "");
                default -> new Request(r.task(), line, r.unknown());
            };
            if (from == null) return Optional.empty();
            if (r.task() == Task.DIFFERENTIATE && Polynomial.of(Parser.parseExpression(line)).isEmpty()) return Optional.empty();
            List<Step> steps = steps(from);
            return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(0));
        } catch (IllegalArgumentException | ArithmeticException | IllegalStateException | Polynomial.NotPolynomial
                | MathSyntaxException e) {
            return Optional.empty();
        }
    }

    static List<Step> steps(Request r) {
        return switch (r.task()) {
            case EVALUATE -> ArithmeticSolver.steps(expression(r.start()));
            case SIMPLIFY, EXPAND -> ExpressionSolver.simplify(expression(r.start()));
            case FACTOR -> ExpressionSolver.factor(expression(r.start()));
            case DIFFERENTIATE -> DerivativeSolver.steps(expression(r.start()), variable(r));
            case SYSTEM -> {
                String[] parts = r.start().split(";");
                if (parts.length != 2) throw new IllegalArgumentException("a system has two equations");
                yield SystemSolver.solve(parts[0].strip(), parts[1].strip());
            }
            case PHYSICS -> throw new IllegalArgumentException("physics problems are solved by the physics families");
            case SOLVE -> {
                Statement.Equation eq = EquationSolver.equation(r.start());
                var vars = Exprs.variables(new Statement.Equation(eq.lhs(), eq.rhs()));
                String x = r.unknown().isEmpty() && vars.size() == 1 ? vars.iterator().next() : r.unknown();
                if (!vars.contains(x)) throw new IllegalArgumentException("the equation has no " + x);
                if (vars.size() == 1) yield EquationSolver.solve(r.start(), x, method(r.method()));
                yield EquationSolver.rearrange(r.start(), x);
            }
        };
    }

    /**
     * 15% of 80 is worked as the product 15/100 × 80, but a student asked for a percentage of an amount, not for the
     * numerators of two fractions: the product step says what it does to the amount.
     */
    /**
     * A percentage's result as people write an amount or a percentage: 461.16 and 12.5, not 11529/25 and 25/2, when it
     * is a decimal of at most 4 places (the last step, a fraction simplified, becomes that decimal; the model writes
     * 46116/100 = 461.16 with its calculator). Session 12: 2.6.0 simplified such fractions in its head and got them
     * wrong; a percentage that does not come out as such a decimal stays a fraction.
     */
    static List<Step> decimalResult(List<Step> steps) {
        Step last = steps.get(steps.size() - 1);
        if (!last.operation().equals("simplify") || !last.math().matches("-?\\d+/\\d+")) return steps;
        String[] nd = last.math().replace("-", "").split("/");
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(nd[0]).divide(new java.math.BigDecimal(nd[1]));
        } catch (ArithmeticException notTerminating) {
            return steps;
        }
        if (value.scale() > 4) return steps;
        String decimal = (last.math().startsWith("-") ? "-" : "") + value.stripTrailingZeros().toPlainString();
        List<Step> out = new java.util.ArrayList<>(steps.subList(0, steps.size() - 1));
        out.add(new Step(Message.of("step.simplifyFraction"), decimal, last.operation()));
        return out;
    }

    static List<Step> percentageWords(List<Step> steps) {
        return steps.stream().map(s -> s.operation().equals("fraction-product")
                ? new Step(Message.of("step.percentOfAmount"), s.math(), s.operation())
                : s).toList();
    }

    private static EquationSolver.Method method(String m) {
        return switch (m) {
            case "factor" -> EquationSolver.Method.FACTOR;
            case "formula" -> EquationSolver.Method.FORMULA;
            case "square-root" -> EquationSolver.Method.SQUARE_ROOT;
            default -> EquationSolver.Method.AUTO;
        };
    }

    private static String variable(Request r) {
        if (!r.unknown().isEmpty()) return r.unknown();
        var vars = Exprs.variables(expression(r.start()));
        return vars.contains("x") || vars.isEmpty() ? "x" : vars.iterator().next();
    }

    static Expr expression(String text) {
        try {
            return Parser.parseExpression(text);
        } catch (MathSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The answer a step states: for a chain of working (x = 20/4 = 5) its first and last parts. */
    static String answerOf(String lastStep) {
        try {
            Statement s = Parser.parse(lastStep);
            if (s instanceof Statement.Chain c) {
                Expr first = c.parts().get(0);
                Expr last = c.parts().get(c.parts().size() - 1);
                return first instanceof Expr.Var ? Printer.text(first) + " = " + Printer.text(last) : Printer.text(last);
            }
        } catch (MathSyntaxException e) {
            // unreadable: the verifier rejects it
        }
        return lastStep;
    }

    private static String kind(Request r, List<Step> steps) {
        return switch (r.task()) {
            case EVALUATE -> "numeric";
            case SYSTEM -> "set";
            case SOLVE -> steps.get(steps.size() - 1).math().contains(" or ") ? "set" : "equation";
            default -> "expression";
        };
    }

    /**
     * Work for the exponent rules: a power of a product or of a power ((2x)^3, (x^2)^3), or one letter in two factors
     * of a product or quotient (x^2 × x^3, a^5/a^2). Like terms such as 3a^2b and -a^2b need none.
     */
    static boolean exponentWork(Expr x) {
        if (x instanceof Expr.Pow pw)
            return pw.base() instanceof Expr.Mul || pw.base() instanceof Expr.Pow
                    || pw.base() instanceof Expr.Div || pw.base() instanceof Expr.Neg;
        List<Expr> factors = switch (x) {
            case Expr.Mul m -> m.factors();
            case Expr.Div d -> List.of(d.numerator(), d.denominator());
            default -> List.of();
        };
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr f : factors) {
            if (f instanceof Expr.Add) continue;
            for (String v : Exprs.variables(f)) if (!seen.add(v)) return true;
        }
        return false;
    }

    /** The family a solved problem belongs to, from the shape of its start. */
    static String family(Request r, List<Step> steps) {
        Expr e;
        switch (r.task()) {
            case EVALUATE -> {
                e = expression(r.start());
                // a division that comes out whole, 48 ÷ (-6) or (12 - 16) ÷ (-4), is integer arithmetic (session 11)
                boolean fractions = Exprs.any(e, x -> x instanceof Expr.Div d
                        && !Exprs.exactValue(d).map(v -> v.isInteger()).orElse(false)
                        || x instanceof Expr.Num n && !n.value().isInteger() && !n.decimal());
                return fractions ? "fraction-arithmetic" : "integer-arithmetic";
            }
            case SIMPLIFY -> {
                e = expression(r.start());
                Optional<Polynomial> p = Polynomial.of(e);
                // like terms with powers (x^2 + 3x - 2x^2) are collected, not worked with the exponent rules (session 11)
                // and so are like terms that collect to one term (2m - 6n + m + 4n - 3m, x/2 + x/3: session 12)
                boolean exponents = p.isPresent() && p.get().isSingleTerm() && !ExpressionSolver.likeTermsToCollect(e)
                        || Exprs.any(e, GeneralSolver::exponentWork);
                return exponents && !ExpressionSolver.hasBrackets(e) ? "exponent-rules" : "simplify-expression";
            }
            case EXPAND -> {
                return "expand-brackets";
            }
            case FACTOR -> {
                return "factorise-quadratic";
            }
            case SYSTEM -> {
                return steps.get(0).operation().equals("substitute") ? "system-substitution" : "system-elimination";
            }
            case DIFFERENTIATE -> {
                String rule = DerivativeSolver.rule(expression(r.start()), variable(r));
                return switch (rule) {
                    case "power" -> "derivative-power-rule";
                    case "chain" -> "derivative-chain-rule";
                    default -> "derivative-product-rule";
                };
            }
            default -> {
                return solveFamily(r, steps);
            }
        }
    }

    private static String solveFamily(Request r, List<Step> steps) {
        Statement.Equation eq = EquationSolver.equation(r.start());
        var vars = Exprs.variables(new Statement.Equation(eq.lhs(), eq.rhs()));
        if (vars.size() > 1) return "rearrange-formula";
        String x = vars.iterator().next();
        Rational[] c = EquationSolver.difference(eq).coefficients(x).orElseThrow();
        if (c.length == 3) {
            if (r.method().equals("formula")) return "quadratic-formula";
            if (r.method().equals("factor")) return "quadratic-factoring";
            // (x - 2)^2 = 25 by square roots too (session 12)
            if (c[1].isZero() || steps.stream().anyMatch(s -> s.operation().equals("square-root")))
                return "quadratic-square-root";
            return steps.stream().anyMatch(s -> s.operation().equals("quadratic-formula"))
                    ? "quadratic-formula"
                    : "quadratic-factoring";
        }
        boolean fractions = Exprs.any(eq.lhs(), e -> e instanceof Expr.Div) || Exprs.any(eq.rhs(), e -> e instanceof Expr.Div)
                || Exprs.any(eq.lhs(), e -> e instanceof Expr.Num n && !n.value().isInteger() && !n.decimal())
                || Exprs.any(eq.rhs(), e -> e instanceof Expr.Num n && !n.value().isInteger() && !n.decimal());
        boolean brackets = ExpressionSolver.hasBrackets(eq.lhs()) || ExpressionSolver.hasBrackets(eq.rhs());
        boolean bothSides = Exprs.variables(eq.lhs()).contains(x) && Exprs.variables(eq.rhs()).contains(x);
        if (brackets) return "linear-brackets";
        if (bothSides) return "linear-both-sides";
        if (fractions && !oneOperation(eq, x)) return "linear-fractions";
        if (oneOperation(eq, x)) return "linear-one-step";
        return "linear-two-step";
    }

    /** x + 5 = 12, 3x = 12, x/4 = 3, 12 = x - 5: one inverse operation solves it. */
    private static boolean oneOperation(Statement.Equation eq, String x) {
        Expr side = Exprs.variables(eq.lhs()).contains(x) ? eq.lhs() : eq.rhs();
        Expr other = side == eq.lhs() ? eq.rhs() : eq.lhs();
        if (Exprs.exactValue(other).isEmpty() || !(Exprs.exactValue(other).isPresent())) return false;
        return switch (side) {
            case Expr.Add a -> a.terms().size() == 2 && a.terms().stream().anyMatch(t -> t instanceof Expr.Var)
                    && a.terms().stream().filter(t -> Exprs.exactValue(t).isPresent()).count() == 1;
            case Expr.Mul m -> m.factors().size() == 2 && m.factors().stream().anyMatch(t -> t instanceof Expr.Var)
                    && m.factors().stream().anyMatch(t -> Exprs.exactValue(t).isPresent());
            case Expr.Div d -> d.numerator() instanceof Expr.Var && Exprs.exactValue(d.denominator()).isPresent();
            default -> false;
        };
    }
}
