package app.stepwise.grade;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.SolutionSets;
import java.util.List;
import java.util.Optional;

/**
 * A decimal worked out with π taken as 3.14 (or 22/7, 3.142): {@code 28.26} for 9π, which is 28.274… (grade21). Not
 * the value, however rounded, so never right; but the student's method is right and the message says what to change
 * (ADR 0022), rather than a bare "Not quite".
 */
final class PiApproximations {
    private PiApproximations() {}

    /** The values of π students work with, as written. */
    private static final List<String> USED = List.of("3.14", "22/7", "3.142", "3.1416");

    /** Whether an expression has π in it. */
    static boolean hasPi(Expr e) {
        return Exprs.any(e, x -> x instanceof Expr.Const c && c.name().equals("pi"));
    }

    /**
     * The value of π the number given was worked out with: the expected value with π as that value, exactly or rounded
     * to the places typed; empty where the expected value has no π, or the number is none of these.
     */
    static Optional<String> used(Expr expected, Expr given, String typed) {
        if (!hasPi(expected) || hasPi(given)) return Optional.empty();
        for (String pi : USED) {
            app.stepwise.math.Rational value = pi.equals("22/7")
                    ? app.stepwise.math.Rational.of(22).divide(app.stepwise.math.Rational.of(7))
                    : app.stepwise.math.Rational.of(new java.math.BigDecimal(pi));
            Expr approx = withPi(expected, new Expr.Num(value, !pi.contains("/")));
            Optional<app.stepwise.math.Rational> a = Exprs.exactValue(approx), g = Exprs.exactValue(given);
            if (a.isPresent() && g.isPresent() && a.get().equals(g.get())) return Optional.of(pi);
            if (SolutionSets.roundedSame(List.of(approx), List.of(given), typed)) return Optional.of(pi);
        }
        return Optional.empty();
    }

    private static Expr withPi(Expr e, Expr pi) {
        return switch (e) {
            case Expr.Const c when c.name().equals("pi") -> pi;
            case Expr.Const c -> c;
            case Expr.Num n -> n;
            case Expr.Var v -> v;
            case Expr.Neg n -> new Expr.Neg(withPi(n.operand(), pi));
            case Expr.Add a -> new Expr.Add(a.terms().stream().map(t -> withPi(t, pi)).toList());
            case Expr.Mul m -> new Expr.Mul(m.factors().stream().map(t -> withPi(t, pi)).toList());
            case Expr.Div d -> new Expr.Div(withPi(d.numerator(), pi), withPi(d.denominator(), pi));
            case Expr.Pow p -> new Expr.Pow(withPi(p.base(), pi), withPi(p.exponent(), pi));
            case Expr.Fn f -> new Expr.Fn(f.name(), withPi(f.arg(), pi));
        };
    }

    /**
     * Whether the question asks for the answer in terms of π (exactly), not as a decimal: "leave your answer in terms of
     * π", "as a multiple of π", "exact".
     */
    static boolean askedInTermsOfPi(String question) {
        String q = question.toLowerCase(java.util.Locale.ROOT);
        return q.matches("(?s).*\\b(in terms of|as a multiple of|en función de|en términos de)\\s*(π|\\\\pi|pi).*")
                || q.matches("(?s).*\\bexact(ly)? (answer|value|area|length|volume|form)\\b.*")
                || q.matches("(?s).*\\b(answer|it) exactly\\b.*");
    }
}
