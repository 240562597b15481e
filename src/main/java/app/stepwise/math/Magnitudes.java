package app.stepwise.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The size of a number too large to work out ({@code 2^2^2^2^2}, {@code 9^99999}), as its base-10 logarithm, read from
 * the expression's shape in doubles: enough to tell that it is not 7 without ever building it. Empty where the size
 * cannot be told (a letter, a difference of two near sizes that may cancel, a root or function of a huge value).
 */
public final class Magnitudes {
    private Magnitudes() {}

    /** Sizes closer than this many powers of ten are not told apart. */
    public static final double APART = 1;

    /** log10 of the size of an expression of numbers; negative infinity for zero. */
    public static OptionalDouble log10Size(Expr e) {
        double plain = Evaluator.eval(e, Map.of());
        if (Double.isFinite(plain)) return OptionalDouble.of(plain == 0 ? Double.NEGATIVE_INFINITY : Math.log10(Math.abs(plain)));
        return switch (e) {
            case Expr.Neg(Expr a) -> log10Size(a);
            case Expr.Mul(List<Expr> fs) -> {
                double sum = 0;
                for (Expr f : fs) {
                    OptionalDouble s = log10Size(f);
                    if (s.isEmpty()) yield OptionalDouble.empty();
                    if (s.getAsDouble() == Double.NEGATIVE_INFINITY) yield s;
                    sum += s.getAsDouble();
                }
                yield OptionalDouble.of(sum);
            }
            case Expr.Div(Expr a, Expr b) -> {
                OptionalDouble top = log10Size(a), bottom = log10Size(b);
                if (top.isEmpty() || bottom.isEmpty() || bottom.getAsDouble() == Double.NEGATIVE_INFINITY)
                    yield OptionalDouble.empty();
                yield OptionalDouble.of(top.getAsDouble() - bottom.getAsDouble());
            }
            case Expr.Pow(Expr base, Expr exponent) -> {
                OptionalDouble b = log10Size(base);
                double x = Evaluator.eval(exponent, Map.of());
                if (b.isEmpty() || b.getAsDouble() == 0 || Double.isInfinite(b.getAsDouble())) yield OptionalDouble.empty();
                if (Double.isFinite(x)) yield OptionalDouble.of(x * b.getAsDouble());
                // a power of a power: 2^(2^65536) is beyond any double, told by its exponent being a huge positive number
                OptionalDouble ex = log10Size(exponent);
                if (ex.isEmpty() || ex.getAsDouble() < 300 || !positive(exponent)) yield OptionalDouble.empty();
                yield OptionalDouble.of(b.getAsDouble() > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            }
            case Expr.Add(List<Expr> terms) -> {
                // the largest term decides where it is far above all the others together (no cancelling)
                List<Double> sizes = new ArrayList<>();
                for (Expr t : terms) {
                    OptionalDouble s = log10Size(t);
                    if (s.isEmpty()) yield OptionalDouble.empty();
                    sizes.add(s.getAsDouble());
                }
                sizes.sort(null);
                double top = sizes.get(sizes.size() - 1);
                double next = sizes.size() > 1 ? sizes.get(sizes.size() - 2) : Double.NEGATIVE_INFINITY;
                yield top - next > 2 + Math.log10(terms.size()) ? OptionalDouble.of(top) : OptionalDouble.empty();
            }
            default -> OptionalDouble.empty();
        };
    }

    /** Whether an expression of numbers is surely above zero: positive numbers added, multiplied, divided, raised. */
    private static boolean positive(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.value().signum() > 0;
            case Expr.Add(List<Expr> terms) -> terms.stream().allMatch(Magnitudes::positive);
            case Expr.Mul(List<Expr> fs) -> fs.stream().allMatch(Magnitudes::positive);
            case Expr.Div(Expr a, Expr b) -> positive(a) && positive(b);
            case Expr.Pow(Expr base, Expr exponent) -> positive(base);
            default -> false;
        };
    }

    /** Whether two expressions of numbers are surely unequal: their sizes are told and far apart. */
    public static boolean surelyApart(Expr a, Expr b) {
        OptionalDouble x = log10Size(a), y = log10Size(b);
        if (x.isEmpty() || y.isEmpty()) return false;
        double p = x.getAsDouble(), q = y.getAsDouble();
        if (Double.isInfinite(p) && Double.isInfinite(q)) return p != q;
        return Math.abs(p - q) > APART;
    }
}
