package app.stepwise.math;

import java.util.List;

/**
 * An expression as the student wrote it: the parse tree keeps its shape (a division stays a division,
 * a decimal stays a decimal) so that form checks and error diagnosis can see it. Meaning-level work
 * goes through {@link Canonical}.
 */
public sealed interface Expr {

    /** A number; {@code decimal} records that it was written with a decimal point or exponent. */
    record Num(Rational value, boolean decimal) implements Expr {
        public static Num of(long n) {
            return new Num(Rational.of(n), false);
        }
    }

    /** A variable such as {@code x}, {@code v_0} or {@code dy/dx}. */
    record Var(String name) implements Expr {}

    /** A named constant: {@code pi} or {@code e}. */
    record Const(String name) implements Expr {}

    record Neg(Expr operand) implements Expr {}

    record Add(List<Expr> terms) implements Expr {
        public Add {
            terms = List.copyOf(terms);
        }
    }

    record Mul(List<Expr> factors) implements Expr {
        public Mul {
            factors = List.copyOf(factors);
        }
    }

    record Div(Expr numerator, Expr denominator) implements Expr {}

    record Pow(Expr base, Expr exponent) implements Expr {}

    /** A function applied to one argument: sin, cos, tan, ln, log (base 10), exp, sqrt, abs, … */
    record Fn(String name, Expr arg) implements Expr {}

    static Expr add(Expr... terms) {
        return new Add(List.of(terms));
    }

    static Expr mul(Expr... factors) {
        return new Mul(List.of(factors));
    }

    static Expr num(long n) {
        return Num.of(n);
    }

    static Expr var(String name) {
        return new Var(name);
    }
}
