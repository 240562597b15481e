package app.stepwise.grade;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Rational;
import app.stepwise.math.Unit;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The dimension of a physics expression (over the seven SI base dimensions) from the dimensions of its symbols:
 * {@code m g} is a force, {@code 2h/g} a time squared. Numbers are pure numbers; a sum whose letter-bearing terms
 * disagree, or a symbol whose dimension is not known, has no dimension here (empty).
 */
final class Dimensions {
    private Dimensions() {}

    /** A dimension as exponents over m, kg, s, A, K, mol, cd; halves come from square roots. */
    record Dim(double[] exponents) {
        static final Dim NONE = new Dim(new double[7]);

        static Dim of(Unit u) {
            return new Dim(Arrays.stream(u.dims()).asDoubleStream().toArray());
        }

        Dim times(Dim o, double k) {
            double[] d = new double[7];
            for (int i = 0; i < 7; i++) d[i] = exponents[i] + k * o.exponents[i];
            return new Dim(d);
        }

        Dim scaled(double k) {
            return NONE.times(this, k);
        }

        boolean same(Dim o) {
            for (int i = 0; i < 7; i++) if (Math.abs(exponents[i] - o.exponents[i]) > 1e-9) return false;
            return true;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dim d && same(d);
        }

        @Override
        public int hashCode() {
            return 0; // equality is up to rounding of halves; all dimensions share a bucket (maps of a few entries)
        }

        @Override
        public String toString() {
            return Arrays.toString(exponents);
        }
    }

    static Optional<Dim> of(Expr e, Map<String, Dim> symbols) {
        return switch (e) {
            case Expr.Num n -> Optional.of(Dim.NONE);
            case Expr.Const c -> Optional.of(Dim.NONE);
            case Expr.Var v -> Optional.ofNullable(symbols.get(v.name()));
            case Expr.Neg n -> of(n.operand(), symbols);
            case Expr.Add a -> sum(a, symbols);
            case Expr.Mul m -> {
                Dim d = Dim.NONE;
                for (Expr f : m.factors()) {
                    Optional<Dim> fd = of(f, symbols);
                    if (fd.isEmpty()) yield Optional.empty();
                    d = d.times(fd.get(), 1);
                }
                yield Optional.of(d);
            }
            case Expr.Div d -> {
                Optional<Dim> n = of(d.numerator(), symbols);
                Optional<Dim> q = of(d.denominator(), symbols);
                yield n.isPresent() && q.isPresent() ? Optional.of(n.get().times(q.get(), -1)) : Optional.empty();
            }
            case Expr.Pow p -> {
                Optional<Dim> b = of(p.base(), symbols);
                if (b.isEmpty()) yield Optional.empty();
                if (b.get().same(Dim.NONE)) yield b;
                Optional<Rational> k = Exprs.variables(p.exponent()).isEmpty()
                        ? Exprs.exactValue(p.exponent())
                        : Optional.empty();
                yield k.map(r -> b.get().scaled(r.toDouble()));
            }
            case Expr.Fn f -> switch (f.name()) {
                case "sqrt" -> of(f.arg(), symbols).map(d -> d.scaled(0.5));
                case "abs" -> of(f.arg(), symbols);
                default -> Optional.of(Dim.NONE); // sin θ, ln(…): pure numbers
            };
        };
    }

    /** A sum's dimension: that of its terms with letters (numbers beside them were substituted quantities). */
    private static Optional<Dim> sum(Expr.Add a, Map<String, Dim> symbols) {
        Dim found = null;
        for (Expr t : a.terms()) {
            if (Exprs.variables(t).isEmpty()) continue;
            Optional<Dim> d = of(t, symbols);
            if (d.isEmpty() || found != null && !found.same(d.get())) return Optional.empty();
            found = d.get();
        }
        return Optional.of(found == null ? Dim.NONE : found);
    }
}
