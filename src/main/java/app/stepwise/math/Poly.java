package app.stepwise.math;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A polynomial with rational coefficients over named atoms (variables, constants and irreducible
 * sub-expressions such as sin(x) or the square root of 2). Immutable; terms sorted for a canonical text form.
 */
final class Poly {

    /** A product of atoms to positive powers; the empty monomial is 1. */
    record Mono(TreeMap<String, Integer> powers, String key) implements Comparable<Mono> {
        static final Mono ONE = of(new TreeMap<>());

        static Mono of(TreeMap<String, Integer> powers) {
            StringBuilder sb = new StringBuilder();
            powers.forEach((a, n) -> {
                if (!sb.isEmpty()) sb.append('*');
                sb.append(a);
                if (n != 1) sb.append('^').append(n);
            });
            return new Mono(powers, sb.toString());
        }

        static Mono atom(String name) {
            TreeMap<String, Integer> m = new TreeMap<>();
            m.put(name, 1);
            return of(m);
        }

        Mono times(Mono o) {
            TreeMap<String, Integer> m = new TreeMap<>(powers);
            o.powers.forEach((a, n) -> m.merge(a, n, Integer::sum));
            return of(m);
        }

        int degree() {
            return powers.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public int compareTo(Mono o) {
            int d = Integer.compare(o.degree(), degree());
            return d != 0 ? d : key.compareTo(o.key);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mono m && m.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /** Rewrites a monomial whose root atoms reach their index: (2^(1/2))^2 = 2. Supplied by {@link Canonical}. */
    interface Reducer {
        Poly reduce(Mono m);
    }

    static final Poly ZERO = new Poly(new TreeMap<>());
    static final Poly ONE = constant(Rational.ONE);

    final TreeMap<Mono, Rational> terms;

    private Poly(TreeMap<Mono, Rational> terms) {
        this.terms = terms;
    }

    static Poly constant(Rational c) {
        TreeMap<Mono, Rational> t = new TreeMap<>();
        if (!c.isZero()) t.put(Mono.ONE, c);
        return new Poly(t);
    }

    static Poly atom(String name) {
        TreeMap<Mono, Rational> t = new TreeMap<>();
        t.put(Mono.atom(name), Rational.ONE);
        return new Poly(t);
    }

    static Poly term(Mono m, Rational c) {
        TreeMap<Mono, Rational> t = new TreeMap<>();
        if (!c.isZero()) t.put(m, c);
        return new Poly(t);
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.firstKey().powers().isEmpty());
    }

    Rational constantValue() {
        return terms.isEmpty() ? Rational.ZERO : terms.getOrDefault(Mono.ONE, Rational.ZERO);
    }

    Poly add(Poly o) {
        TreeMap<Mono, Rational> t = new TreeMap<>(terms);
        o.terms.forEach((m, c) -> {
            Rational s = t.getOrDefault(m, Rational.ZERO).add(c);
            if (s.isZero()) t.remove(m);
            else
                t.put(m, s);
        });
        Limits.checkTerms(t.size());
        return new Poly(t);
    }

    Poly negate() {
        TreeMap<Mono, Rational> t = new TreeMap<>();
        terms.forEach((m, c) -> t.put(m, c.negate()));
        return new Poly(t);
    }

    Poly subtract(Poly o) {
        return add(o.negate());
    }

    Poly scale(Rational k) {
        if (k.isZero()) return ZERO;
        TreeMap<Mono, Rational> t = new TreeMap<>();
        terms.forEach((m, c) -> t.put(m, c.multiply(k)));
        return new Poly(t);
    }

    Poly multiply(Poly o, Reducer reducer) {
        Limits.checkTerms(terms.size() * o.terms.size());
        Poly result = ZERO;
        TreeMap<Mono, Rational> plain = new TreeMap<>();
        for (var a : terms.entrySet()) {
            for (var b : o.terms.entrySet()) {
                Mono m = a.getKey().times(b.getKey());
                Rational c = a.getValue().multiply(b.getValue());
                Poly reduced = reducer == null ? null : reducer.reduce(m);
                if (reduced == null) {
                    Rational s = plain.getOrDefault(m, Rational.ZERO).add(c);
                    if (s.isZero()) plain.remove(m);
                    else
                        plain.put(m, s);
                } else {
                    result = result.add(reduced.scale(c));
                }
            }
        }
        Limits.checkTerms(plain.size());
        return result.add(new Poly(plain));
    }

    Poly pow(int n, Reducer reducer) {
        Poly r = ONE;
        Poly b = this;
        int e = n;
        while (e > 0) {
            if ((e & 1) == 1) r = r.multiply(b, reducer);
            e >>= 1;
            if (e > 0) b = b.multiply(b, reducer);
        }
        return r;
    }

    /** The coefficient of the leading term in the canonical order; zero for the zero polynomial. */
    Rational leadingCoefficient() {
        return terms.isEmpty() ? Rational.ZERO : terms.firstEntry().getValue();
    }

    Set<String> atoms() {
        Set<String> out = new TreeSet<>();
        terms.keySet().forEach(m -> out.addAll(m.powers().keySet()));
        return out;
    }

    Map<Mono, Rational> view() {
        return Collections.unmodifiableMap(terms);
    }

    /** Degree in one atom. */
    int degreeIn(String atom) {
        int d = 0;
        for (Mono m : terms.keySet()) d = Math.max(d, m.powers().getOrDefault(atom, 0));
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Poly p && p.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) return "0";
        StringBuilder sb = new StringBuilder();
        terms.forEach((m, c) -> {
            if (!sb.isEmpty()) sb.append(" + ");
            if (m.powers().isEmpty()) sb.append(c);
            else if (c.isOne()) sb.append(m.key());
            else
                sb.append(c).append('*').append(m.key());
        });
        return sb.toString();
    }
}
