package app.stepwise.math;

import java.util.Optional;

/** Public access to polynomial coefficients, for the step-by-step solvers. */
public final class Polynomials {
    private Polynomials() {}

    /**
     * The coefficients of e as a polynomial in x (index = power), when e is one: no other variables, no x in a
     * denominator. {@code 2(x + 3) - x/2} gives {6, 3/2}.
     */
    public static Optional<Rational[]> coefficients(Expr e, String x) {
        try {
            Canonical c = new Canonical();
            Canonical.RatFun f = c.of(e);
            if (!f.den().isConstant() || !Canonical.onlyFreeAtoms(f.num())) return Optional.empty();
            Rational scale = f.den().constantValue().reciprocal();
            return Univariate.coefficients(f.num().scale(scale), x).map(Univariate::trim);
        } catch (ArithmeticException | MathLimitException ex) {
            return Optional.empty();
        }
    }

    public static int degree(Rational[] c) {
        return Univariate.degree(c);
    }
}
