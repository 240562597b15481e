package app.stepwise.math;

import app.stepwise.math.Statement.Alternatives;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Statement.Expression;
import app.stepwise.math.Statement.SetOf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Solution sets written in any order and notation: {@code {2, -3}}, {@code x = -3 or x = 2}, {@code x = 2, x = -3}. */
public final class SolutionSets {
    private SolutionSets() {}

    /** How a response's set compares with the expected one. */
    public record Comparison(int expected, int matched, int extra) {
        public boolean same() {
            return matched == expected && extra == 0;
        }
    }

    /** The values a statement lists, or empty when it is not a list of values (e.g. an equation to solve). */
    public static Optional<List<Expr>> values(Statement s) {
        List<Expr> out = new ArrayList<>();
        switch (s) {
            case SetOf so -> out.addAll(so.elements());
            case Expression e -> out.add(e.expr());
            case Equation q -> {
                Optional<Expr> v = valueOf(q);
                if (v.isEmpty()) return Optional.empty();
                out.add(v.get());
            }
            case Statement.Chain c -> {
                Optional<Expr> v = valueOf(c.asEquation());
                if (v.isEmpty()) return Optional.empty();
                out.add(v.get());
            }
            case Alternatives a -> {
                for (Statement o : a.options()) {
                    Optional<List<Expr>> vs = values(o);
                    if (vs.isEmpty()) return Optional.empty();
                    out.addAll(vs.get());
                }
            }
        }
        return Optional.of(out);
    }

    /** The variables a list of values names ({@code x} in {@code x = 2 or x = 3}); empty when none is named. */
    public static Set<String> namedVariables(Statement s) {
        Set<String> out = new TreeSet<>();
        switch (s) {
            case Equation q -> named(q, out);
            case Statement.Chain c -> named(c.asEquation(), out);
            case Alternatives a -> a.options().forEach(o -> out.addAll(namedVariables(o)));
            default -> {
            }
        }
        return out;
    }

    private static void named(Equation q, Set<String> out) {
        if (valueOf(q).isEmpty()) return;
        if (q.lhs() instanceof Expr.Var v && Exprs.variables(q.rhs()).isEmpty()) out.add(v.name());
        else if (q.rhs() instanceof Expr.Var v) out.add(v.name());
    }

    /** {@code x = 3} or {@code 3 = x}: the value given to a lone variable. */
    public static Optional<Expr> valueOf(Equation q) {
        if (q.lhs() instanceof Expr.Var && Exprs.variables(q.rhs()).isEmpty()) return Optional.of(q.rhs());
        if (q.rhs() instanceof Expr.Var && Exprs.variables(q.lhs()).isEmpty()) return Optional.of(q.lhs());
        return Optional.empty();
    }

    public static Comparison compare(List<Expr> expected, List<Expr> response) {
        List<Expr> unmatched = new ArrayList<>(dedupe(response));
        int matched = 0;
        for (Expr e : dedupe(expected)) {
            for (int i = 0; i < unmatched.size(); i++) {
                if (Equivalence.of(e, unmatched.get(i)).equivalent()) {
                    matched++;
                    unmatched.remove(i);
                    break;
                }
            }
        }
        return new Comparison(dedupe(expected).size(), matched, unmatched.size());
    }

    private static List<Expr> dedupe(List<Expr> values) {
        List<Expr> out = new ArrayList<>();
        for (Expr v : values) {
            if (out.stream().noneMatch(o -> Equivalence.of(o, v).equivalent())) out.add(v);
        }
        return out;
    }
    /**
     * Whether the written values are the exact ones rounded: each a decimal ({@code 5.24}, at least two significant
     * figures) equal to one exact value rounded half up to the places written, one for one ({@code x = 5.24 or x = 0.76}
     * for {@code 3 ± √5}). Exact values are compared at double precision where they are irrational.
     */
    public static boolean roundedSame(List<Expr> exact, List<Expr> written, String text) {
        return rounded(exact, written, text, Optional.empty());
    }

    /**
     * As {@link #roundedSame}, but an exact value whose decimal ends (15/4 = 3.75) is matched only where it is written in
     * full ({@code 3.75}, {@code 3.750}), never by a rounding ({@code 3.8}): ADR 0020's rule for an answer, in a set as
     * for a number (grade20). Only for exact values: a root known only to double precision has no decimal that ends.
     */
    public static boolean roundedOnce(List<Expr> exact, List<Expr> written, String text) {
        // the value written in full before its rounding (x = 9/4 = 2.25 = 2.3) is honest rounding, as ADR 0018 keeps it
        return rounded(exact, written, text, Optional.of(text));
    }

    /** As {@link #roundedOnce}, a value written in full anywhere in {@code working} (a line before the answer's). */
    public static boolean roundedOnce(List<Expr> exact, List<Expr> written, String text, String working) {
        return rounded(exact, written, text, Optional.of(working));
    }

    /**
     * Whether the text writes this value in full as a decimal ({@code 3.75}, {@code 3.750}, or {@code x = 3.75 = 3.8}: a
     * rounding after the value written in full is honest successive rounding, ADR 0018).
     */
    public static boolean writtenInFull(java.math.BigDecimal value, String text) {
        var m = DECIMAL.matcher(text);
        while (m.find())
            if (new java.math.BigDecimal(m.group().startsWith(".") ? "0" + m.group() : m.group()).compareTo(value.abs()) == 0)
                return true;
        return value.stripTrailingZeros().scale() <= 0; // a whole number is no decimal to write in full
    }

    /** The exact value as a decimal written in full, where its decimal ends ({@code 3.75} for 15/4). */
    public static Optional<String> decimal(Expr exact) {
        if (!Exprs.variables(exact).isEmpty()) return Optional.empty();
        return Exprs.exactValue(exact).filter(Rational::isTerminatingDecimal)
                .map(v -> v.toBigDecimal(java.math.MathContext.DECIMAL128).stripTrailingZeros().toPlainString());
    }

    private static boolean rounded(List<Expr> exact, List<Expr> written, String text, Optional<String> inFullIn) {
        if (exact.size() != written.size() || written.isEmpty()) return false;
        List<Integer> places = placesWritten(text);
        // x = ±1.41: one decimal written for the two values ± gives (grade12: it was refused, a right answer marked wrong)
        String signs = text.replace("+/-", "±").replace("+-", "±"); // x = +-1.41 as typed without ±
        if (places.size() == 1 && written.size() == 2 && signs.chars().filter(c -> c == '±').count() == 1)
            places = List.of(places.get(0), places.get(0));
        if (places.size() != written.size()) { // x = 32/7 = 4.571 = 4.6: each value's own places, where its value tells
            places = new ArrayList<>();
            for (Expr w : written) {
                Optional<Integer> p = placesOf(w, text);
                if (p.isEmpty()) return false; // which decimal is which is not clear: nothing is taken as rounded
                places.add(p.get());
            }
        }
        List<java.math.BigDecimal> targets = new ArrayList<>();
        for (Expr e : exact) {
            Optional<java.math.BigDecimal> v = numericValue(e);
            if (v.isEmpty()) return false;
            targets.add(v.get());
        }
        boolean[] used = new boolean[targets.size()];
        for (int i = 0; i < written.size(); i++) {
            Optional<java.math.BigDecimal> typed = decimalWritten(written.get(i), places.get(i));
            if (typed.isEmpty()) return false;
            int scale = places.get(i);
            boolean found = false;
            for (int k = 0; k < targets.size() && !found; k++) {
                if (used[k]) continue;
                if (inFullIn.isPresent() && !endless(exact.get(k)) && !writtenInFull(targets.get(k), inFullIn.get())) continue;
                // the box's and the working's rule for a quantity too (grade25): 1.0 for 20/21 shows two figures, and is no rounding
                if (Numbers.isRounding(targets.get(k), typed.get())) {
                    used[k] = true;
                    found = true;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /**
     * Whether the exact value's decimal goes on for ever (2/3, 5/11, √3, π), so that a decimal answer can only be a
     * rounding of it; a value whose decimal ends (1/8 = 0.125) is written in full (ADR 0020). False where it is no number.
     */
    public static boolean endless(Expr exact) {
        if (!Exprs.variables(exact).isEmpty()) return false;
        Optional<Rational> value = Exprs.exactValue(exact);
        if (value.isPresent()) return !value.get().isTerminatingDecimal();
        double d = Evaluator.eval(exact, java.util.Map.of());
        return Double.isFinite(d);
    }

    /**
     * The first link of a chain of numbers ({@code 32 ÷ 7 = 4.571 = 4.6}) whose sides are not equal, a link whose later
     * side is the earlier one, or the chain's first value, rounded to the places written being no false link: each
     * link of a chain of roundings may round the one before it; {@code 4.571 = 4.5} is false (fix16). A link the engine
     * cannot decide is not false.
     *
     * @param text the chain as typed, for the places each decimal is written to
     */
    public static java.util.OptionalInt firstFalseLink(List<Expr> links, String text) {
        for (int k = 0; k + 1 < links.size(); k++) {
            if (Equivalence.of(links.get(k), links.get(k + 1)).outcome() != Verdict.Outcome.NOT_EQUIVALENT) continue;
            if (!roundedLink(links, k, text)) return java.util.OptionalInt.of(k);
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * Whether link {@code k} of a chain ends in a decimal that is the value before it, or the chain's first value,
     * rounded half up to the places written in the text ({@code 4.6} in {@code 32 ÷ 7 = 4.571 = 4.6}), to fewer places than
     * a decimal before it.
     */
    public static boolean roundedLink(List<Expr> links, int k, String text) {
        Expr later = links.get(k + 1);
        Optional<Integer> places = placesOf(later, text);
        Optional<java.math.BigDecimal> typed = places.flatMap(p -> decimalWritten(later, p));
        if (typed.isEmpty()) return false;
        // 4.57 = 4.571: a rounded value written again to more places is no rounding of it, whatever the exact value is
        Optional<Integer> placesBefore = placesOf(links.get(k), text);
        if (placesBefore.isPresent() && placesBefore.get() <= places.get()) return false;
        for (Expr e : List.of(links.get(0), links.get(k))) {
            Optional<java.math.BigDecimal> v = numericValue(e);
            if (v.isPresent() && Numbers.isRounding(v.get(), typed.get())) return true;
        }
        return false;
    }

    /**
     * A value rounded twice: {@code from}, the exact value rounded right, then rounded again to {@code to}, which is not
     * the exact value rounded once to those places ({@code once}).
     */
    public record RoundedTwice(java.math.BigDecimal from, java.math.BigDecimal to, java.math.BigDecimal once) {}

    /**
     * {@code x = 5/11 = 0.455 = 0.46}: the answer at the end of the text is a rounding of a decimal written before it, which
     * is the exact value rightly rounded to more places, but not the exact value rounded once (5/11 is 0.4545…, so 0.45).
     * Honest work with one slip of method, which a teacher names rather than calls a wrong answer (grade17, ADR 0018).
     * Positive values only, where the text's decimals carry no sign.
     */
    public static Optional<RoundedTwice> roundedTwice(Expr exact, String text) {
        Optional<java.math.BigDecimal> value = numericValue(exact);
        if (value.isEmpty() || value.get().signum() <= 0) return Optional.empty();
        List<java.math.BigDecimal> written = new ArrayList<>();
        var m = DECIMAL.matcher(text);
        int end = -1;
        while (m.find()) {
            written.add(new java.math.BigDecimal(m.group().startsWith(".") ? "0" + m.group() : m.group()));
            end = m.end();
        }
        if (written.size() < 2 || !text.substring(end).isBlank()) return Optional.empty();
        java.math.BigDecimal to = written.getLast();
        int places = to.scale();
        java.math.BigDecimal once = value.get().setScale(places, java.math.RoundingMode.HALF_UP);
        if (once.compareTo(to) == 0) return Optional.empty();
        for (java.math.BigDecimal from : written.subList(0, written.size() - 1)) {
            if (from.scale() > places
                    && value.get().setScale(from.scale(), java.math.RoundingMode.HALF_UP).compareTo(from) == 0
                    && from.setScale(places, java.math.RoundingMode.HALF_UP).compareTo(to) == 0)
                return Optional.of(new RoundedTwice(from, to, once));
        }
        return Optional.empty();
    }

    /** A decimal written inside a chain that is not the exact value rounded to its places ({@code once}). */
    public record Misrounded(java.math.BigDecimal written, java.math.BigDecimal once) {}

    /**
     * {@code x = 4.55 = 4.6} for 32/7: a decimal written in a chain before its last value that is neither the exact value
     * nor the exact value rounded to its own places (4.57). grade18 found such chains right because 4.55 rounds to the 4.6
     * that 32/7 rounds to; the last value is judged as an answer elsewhere.
     */
    public static Optional<Misrounded> misroundedInChain(Expr exact, List<Expr> links, String text) {
        Optional<java.math.BigDecimal> value = numericValue(exact);
        if (value.isEmpty()) return Optional.empty();
        for (Expr e : links.subList(0, Math.max(0, links.size() - 1))) {
            Expr inner = e instanceof Expr.Neg n ? n.operand() : e;
            if (!(inner instanceof Expr.Num num) || !num.decimal()) continue;
            Optional<Integer> places = placesOf(e, text);
            if (places.isEmpty()) continue;
            java.math.BigDecimal written = num.value().toBigDecimal(java.math.MathContext.DECIMAL64);
            if (e instanceof Expr.Neg) written = written.negate();
            java.math.BigDecimal once = value.get().setScale(places.get(), java.math.RoundingMode.HALF_UP);
            if (written.compareTo(once) != 0 && written.compareTo(value.get()) != 0)
                return Optional.of(new Misrounded(written.setScale(places.get(), java.math.RoundingMode.HALF_UP), once));
        }
        return Optional.empty();
    }

    /**
     * The places a decimal value ({@code 0.83}, {@code -2.40}) is written to in the text, where every decimal of the text
     * with its value is written to the same places ({@code 0.83} in {@code 2.5/3 ≈ 0.83} has two).
     */
    public static Optional<Integer> placesOf(Expr written, String text) {
        Expr inner = written instanceof Expr.Neg n ? n.operand() : written;
        if (!(inner instanceof Expr.Num num) || !num.decimal()) return Optional.empty();
        java.math.BigDecimal value = num.value().toBigDecimal(java.math.MathContext.DECIMAL64);
        Set<Integer> places = new TreeSet<>();
        var m = DECIMAL.matcher(text);
        while (m.find()) {
            if (new java.math.BigDecimal(m.group()).compareTo(value) == 0) places.add(m.group(1).length());
        }
        return places.size() == 1 ? Optional.of(places.iterator().next()) : Optional.empty();
    }

    /**
     * The decimal places of each decimal in the text, in order: {@code 2.40} has two, though its value is 2.4; a written
     * 2.40 for 2.414 is a wrong rounding to two places, not a right one to one.
     */
    public static List<Integer> placesWritten(String text) {
        List<Integer> out = new ArrayList<>();
        var m = DECIMAL.matcher(text);
        while (m.find()) out.add(m.group(1).length());
        return out;
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("(?<![\\d.])\\d*\\.(\\d+)");

    /** A decimal ({@code 5.24}, {@code -0.76}) at the places written, when it has two significant figures or more. */
    private static Optional<java.math.BigDecimal> decimalWritten(Expr w, int places) {
        boolean negative = w instanceof Expr.Neg;
        Expr inner = w instanceof Expr.Neg n ? n.operand() : w;
        if (!(inner instanceof Expr.Num num) || !num.decimal() || places < 1) return Optional.empty();
        java.math.BigDecimal d = num.value().toBigDecimal(java.math.MathContext.DECIMAL64);
        java.math.BigDecimal atPlaces = d.setScale(places, java.math.RoundingMode.HALF_UP);
        if (atPlaces.compareTo(d) != 0 || atPlaces.precision() < 2) return Optional.empty();
        return Optional.of(negative ? atPlaces.negate() : atPlaces);
    }

    private static Optional<java.math.BigDecimal> numericValue(Expr e) {
        if (!Exprs.variables(e).isEmpty()) return Optional.empty();
        Optional<Rational> exact = Exprs.exactValue(e);
        if (exact.isPresent()) return Optional.of(exact.get().toBigDecimal(java.math.MathContext.DECIMAL128));
        double d = Evaluator.eval(e, java.util.Map.of());
        return Double.isFinite(d) ? Optional.of(new java.math.BigDecimal(d)) : Optional.empty();
    }
}
