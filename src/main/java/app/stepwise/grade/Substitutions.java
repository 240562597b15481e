package app.stepwise.grade;

import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A formula followed by the same formula in numbers ({@code W = F × d = 15 × 2 = 30 J}): the number put for each letter
 * must be that letter's value. grade18 found the line above right where F is 10 N and d is 3 m, because its value is
 * the answer: the arithmetic agrees, the substitution does not.
 */
final class Substitutions {
    private Substitutions() {}

    /** A number the student put for a letter, which is not a value of that letter. */
    record Put(String name, Expr number) {}

    /** How letters are judged: their values, whether a value and a written number agree, the problem's given values. */
    private record Known(Function<String, List<Double>> values, BiPredicate<Double, Expr> agree, List<Double> givens) {}

    /**
     * The first letter given a number that is not its value, in a link of letters followed by a link of numbers of the
     * same shape; empty where every letter gets one of its values, or no two links line up (a student who works part of
     * the formula out as they substitute, {@code ½ m v² = 2 × 9}, is not judged here).
     *
     * @param links the sides of the line, in order
     * @param values the values a letter may be put in as (its exact value, as given, as the student found it earlier);
     *     none where it is not known, and then it is not judged
     * @param agree whether a value and a written number agree, rounding as students round
     */
    static Optional<Put> wrong(List<Expr> links, Function<String, List<Double>> values, BiPredicate<Double, Expr> agree,
            List<Double> givens) {
        for (int k = 0; k + 1 < links.size(); k++) {
            Expr formula = links.get(k), numbers = links.get(k + 1);
            // a letter alone (the line's name: a = 31/10 = 3.1) states a value, which the line's check judges
            if (formula instanceof Expr.Var || Exprs.variables(formula).isEmpty() || !Exprs.variables(numbers).isEmpty())
                continue;
            Optional<List<Put>> put = put(formula, numbers, new Known(values, agree, givens));
            if (put.isPresent() && !put.get().isEmpty()) return Optional.of(put.get().get(0));
        }
        return Optional.empty();
    }

    /**
     * {@code W = 15 × 2 = 30 J} with no formula written, where F is 10 N and d is 3 m: numbers multiplied or divided
     * straight after the line's name must be put in for the letters of one of the ways that quantity is found
     * ({@code formulas}: F d for a work). Named only where every such way whose letters all have values lines up with
     * the numbers and puts a number in that is not its letter's value: a way that fits, or does not line up (numbers
     * worked out as they went in, {@code KE = 2 × 9} for ½ m v²), leaves the line as it was (grade19).
     */
    static Optional<Put> wrongWithoutFormula(List<Expr> links, List<Expr> formulas, Function<String, List<Double>> values,
            BiPredicate<Double, Expr> agree, List<Double> givens) {
        if (links.size() < 2 || !(links.get(0) instanceof Expr.Var)) return Optional.empty();
        Expr numbers = links.get(1);
        if (!(numbers instanceof Expr.Mul || numbers instanceof Expr.Div) || !Exprs.variables(numbers).isEmpty())
            return Optional.empty();
        Optional<Put> first = Optional.empty();
        for (Expr formula : formulas) {
            // the quantity's own letter is no way of finding it; a way with a letter of no known value does not apply
            if (formula instanceof Expr.Var || Exprs.variables(formula).stream().anyMatch(v -> values.apply(v).isEmpty()))
                continue;
            Optional<List<Put>> put = put(formula, numbers, new Known(values, agree, givens));
            if (put.isEmpty() || put.get().isEmpty()) return Optional.empty();
            if (first.isEmpty()) first = Optional.of(put.get().get(0));
        }
        return first;
    }

    /** The letters given another number, where the two expressions line up; empty where they do not. */
    private static Optional<List<Put>> put(Expr formula, Expr numbers, Known k) {
        Function<String, List<Double>> values = k.values();
        BiPredicate<Double, Expr> agree = k.agree();
        if (formula instanceof Expr.Var v) {
            List<Double> known = values.apply(v.name());
            double written = value(numbers);
            if (known.isEmpty() || !Double.isFinite(written) || known.stream().anyMatch(x -> agree.test(x, numbers)))
                return Optional.of(List.of());
            return Optional.of(List.of(new Put(v.name(), numbers)));
        }
        Optional<List<Put>> shaped = switch (formula) {
            case Expr.Neg(Expr a) when numbers instanceof Expr.Neg(Expr b) -> put(a, b, k);
            case Expr.Div(Expr a, Expr b) when numbers instanceof Expr.Div(Expr c, Expr d) ->
                both(put(a, c, k), put(b, d, k));
            case Expr.Pow(Expr a, Expr b) when numbers instanceof Expr.Pow(Expr c, Expr d) ->
                both(put(a, c, k), put(b, d, k));
            case Expr.Fn(String f, Expr a) when numbers instanceof Expr.Fn(String g, Expr b) && f.equals(g) ->
                put(a, b, k);
            case Expr.Mul(List<Expr> fs) when numbers instanceof Expr.Mul(List<Expr> ns) && fs.size() == ns.size() ->
                inAnyOrder(fs, ns, k).map(p -> p.isEmpty() || regrouped(fs, ns, k) ? List.<Put>of() : p);
            case Expr.Add(List<Expr> fs) when numbers instanceof Expr.Add(List<Expr> ns) && fs.size() == ns.size() ->
                inAnyOrder(fs, ns, k);
            default -> Optional.empty();
        };
        if (shaped.isPresent()) return shaped;
        // a part worked out as it is put in (t² as 25, ½ × 2 as 1): judged by its value, never a letter named
        Map<String, Double> at = new java.util.HashMap<>();
        for (String name : Exprs.variables(formula)) {
            List<Double> known = values.apply(name);
            if (known.isEmpty()) return Optional.of(List.of());
            at.put(name, known.get(0));
        }
        return agree.test(Evaluator.eval(formula, at), numbers) ? Optional.of(List.of()) : Optional.empty();
    }

    private static Optional<List<Put>> both(Optional<List<Put>> a, Optional<List<Put>> b) {
        if (a.isEmpty() || b.isEmpty()) return Optional.empty();
        List<Put> all = new ArrayList<>(a.get());
        all.addAll(b.get());
        return Optional.of(all);
    }

    /**
     * Factors or terms in any order ({@code m g h = 2 × 5 × 9.8}): the order that puts the fewest letters wrong, the
     * written order first; empty where no order lines up.
     */
    private static Optional<List<Put>> inAnyOrder(List<Expr> fs, List<Expr> ns, Known k) {
        if (fs.size() > 5) return Optional.empty(); // 120 orders at most
        Optional<List<Put>> best = Optional.empty();
        for (List<Integer> order : orders(fs.size())) {
            Optional<List<Put>> all = Optional.of(List.of());
            for (int i = 0; i < fs.size() && all.isPresent(); i++)
                all = both(all, put(fs.get(i), ns.get(order.get(i)), k));
            if (all.isPresent() && (best.isEmpty() || all.get().size() < best.get().size())) best = all;
            if (best.isPresent() && best.get().isEmpty()) break;
        }
        return best;
    }

    /**
     * {@code W = 6 × 10} for F = 12 N, d = 5 m: the letters' values regrouped in the head as they are multiplied, one
     * halved and another doubled (or a power of two or of ten, or a 3, moved from one to another: 4 × 15), so each number
     * is its letter's value times a power of 2, of 10 or a 3 and the product is the same. Right working, never a wrong substitution
     * (grade20: grade19's rule made it one). Another factor moved ({@code 15 × 2} for 10 × 3 moves a 5, or 1.5) is not
     * taken: there the numbers may as well be misread values that come out right by chance.
     */
    private static boolean regrouped(List<Expr> fs, List<Expr> ns, Known k) {
        Function<String, List<Double>> values = k.values();
        double[] letters = new double[fs.size()], written = new double[ns.size()];
        double productLetters = 1, productWritten = 1;
        for (int i = 0; i < fs.size(); i++) {
            Expr f = fs.get(i);
            if (f instanceof Expr.Var v) {
                List<Double> known = values.apply(v.name());
                if (known.isEmpty()) return false;
                letters[i] = known.get(0);
            } else if (Exprs.variables(f).isEmpty()) letters[i] = value(f);
            else
                return false;
            written[i] = value(ns.get(i));
            if (!Double.isFinite(letters[i]) || !Double.isFinite(written[i]) || letters[i] == 0) return false;
            productLetters *= letters[i];
            productWritten *= written[i];
        }
        if (Math.abs(productLetters - productWritten) > 1e-9 * Math.abs(productLetters)) return false;
        // a number that is another given's value (8 × 3 for F = 6 N, d = 4 m, where t is 3 s), or 1, is a given put in
        // wrongly or a factor moved whole, not a regrouping (grade18, grade19 rows)
        for (int i = 0; i < ns.size(); i++) {
            double w = written[i];
            if (w == 1 || k.givens().stream().anyMatch(g -> Math.abs(g - w) <= 1e-9 * Math.abs(g))
                    && Arrays.stream(letters).noneMatch(l -> Math.abs(l - w) <= 1e-9 * Math.abs(l)))
                return false;
        }
        for (List<Integer> order : orders(fs.size())) {
            boolean all = true;
            for (int i = 0; i < fs.size() && all; i++) all = twoOrTenToAPower(written[order.get(i)] / letters[i]);
            if (all) return true;
        }
        return false;
    }

    /**
     * 1, 2, 4, 1/2, 10, 0.01…: a power of two or a power of ten (not 5, which is both mixed); or a 3 moved whole, with a
     * power of ten or not (4 × 15 for 12 × 5, 40 × 1.5: grade21, it was a wrong substitution). Not 6 (2 × 30 for
     * 12 × 5), 1.5 or 2.5: there the numbers may as well be misread values that come out right by chance.
     */
    private static boolean twoOrTenToAPower(double ratio) {
        if (!(ratio > 0)) return false;
        for (double r : new double[]{ratio, ratio * 3, ratio / 3}) {
            for (double base : new double[]{2, 10}) {
                if (r != ratio && base == 2) continue; // 3 goes with a power of ten only (not 12 or 3/4)
                double power = Math.log(r) / Math.log(base);
                if (Math.abs(power - Math.rint(power)) < 1e-9 && Math.abs(power) <= 6) return true;
            }
        }
        return false;
    }

    /** Every order of 0..n-1, the identity first. */
    private static List<List<Integer>> orders(int n) {
        List<List<Integer>> out = new ArrayList<>();
        permute(new ArrayList<>(), n, out);
        return out;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> out) {
        if (prefix.size() == n) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < n; i++) {
            if (prefix.contains(i)) continue;
            prefix.add(i);
            permute(prefix, n, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static double value(Expr numbers) {
        try {
            return Evaluator.eval(numbers, Map.of());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
