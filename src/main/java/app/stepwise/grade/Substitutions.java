package app.stepwise.grade;

import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import java.util.ArrayList;
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
    static Optional<Put> wrong(List<Expr> links, Function<String, List<Double>> values, BiPredicate<Double, Expr> agree) {
        for (int k = 0; k + 1 < links.size(); k++) {
            Expr formula = links.get(k), numbers = links.get(k + 1);
            // a letter alone (the line's name: a = 31/10 = 3.1) states a value, which the line's check judges
            if (formula instanceof Expr.Var || Exprs.variables(formula).isEmpty() || !Exprs.variables(numbers).isEmpty())
                continue;
            Optional<List<Put>> put = put(formula, numbers, values, agree);
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
            BiPredicate<Double, Expr> agree) {
        if (links.size() < 2 || !(links.get(0) instanceof Expr.Var)) return Optional.empty();
        Expr numbers = links.get(1);
        if (!(numbers instanceof Expr.Mul || numbers instanceof Expr.Div) || !Exprs.variables(numbers).isEmpty())
            return Optional.empty();
        Optional<Put> first = Optional.empty();
        for (Expr formula : formulas) {
            // the quantity's own letter is no way of finding it; a way with a letter of no known value does not apply
            if (formula instanceof Expr.Var || Exprs.variables(formula).stream().anyMatch(v -> values.apply(v).isEmpty()))
                continue;
            Optional<List<Put>> put = put(formula, numbers, values, agree);
            if (put.isEmpty() || put.get().isEmpty()) return Optional.empty();
            if (first.isEmpty()) first = Optional.of(put.get().get(0));
        }
        return first;
    }

    /** The letters given another number, where the two expressions line up; empty where they do not. */
    private static Optional<List<Put>> put(Expr formula, Expr numbers, Function<String, List<Double>> values,
            BiPredicate<Double, Expr> agree) {
        if (formula instanceof Expr.Var v) {
            List<Double> known = values.apply(v.name());
            double written = value(numbers);
            if (known.isEmpty() || !Double.isFinite(written) || known.stream().anyMatch(x -> agree.test(x, numbers)))
                return Optional.of(List.of());
            return Optional.of(List.of(new Put(v.name(), numbers)));
        }
        Optional<List<Put>> shaped = switch (formula) {
            case Expr.Neg(Expr a) when numbers instanceof Expr.Neg(Expr b) -> put(a, b, values, agree);
            case Expr.Div(Expr a, Expr b) when numbers instanceof Expr.Div(Expr c, Expr d) ->
                both(put(a, c, values, agree), put(b, d, values, agree));
            case Expr.Pow(Expr a, Expr b) when numbers instanceof Expr.Pow(Expr c, Expr d) ->
                both(put(a, c, values, agree), put(b, d, values, agree));
            case Expr.Fn(String f, Expr a) when numbers instanceof Expr.Fn(String g, Expr b) && f.equals(g) ->
                put(a, b, values, agree);
            case Expr.Mul(List<Expr> fs) when numbers instanceof Expr.Mul(List<Expr> ns) && fs.size() == ns.size() ->
                inAnyOrder(fs, ns, values, agree);
            case Expr.Add(List<Expr> fs) when numbers instanceof Expr.Add(List<Expr> ns) && fs.size() == ns.size() ->
                inAnyOrder(fs, ns, values, agree);
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
    private static Optional<List<Put>> inAnyOrder(List<Expr> fs, List<Expr> ns, Function<String, List<Double>> values,
            BiPredicate<Double, Expr> agree) {
        if (fs.size() > 5) return Optional.empty(); // 120 orders at most
        Optional<List<Put>> best = Optional.empty();
        for (List<Integer> order : orders(fs.size())) {
            Optional<List<Put>> all = Optional.of(List.of());
            for (int i = 0; i < fs.size() && all.isPresent(); i++)
                all = both(all, put(fs.get(i), ns.get(order.get(i)), values, agree));
            if (all.isPresent() && (best.isEmpty() || all.get().size() < best.get().size())) best = all;
            if (best.isPresent() && best.get().isEmpty()) break;
        }
        return best;
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
