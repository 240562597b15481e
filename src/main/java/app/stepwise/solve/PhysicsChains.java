package app.stepwise.solve;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import app.stepwise.solve.PhysicsFamilies.Case;
import app.stepwise.solve.PhysicsFamilies.Formula;
import app.stepwise.solve.PhysicsFamilies.QuantitySpec;
import app.stepwise.solve.PhysicsReader.Found;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two-formula physics problems: the first formula gives a quantity the second one needs (the acceleration from a change
 * of speed, then F = m a; the weight, then p = F/A; the potential energy gained, then P = E/t). Only the links listed
 * here, each a step every textbook takes; the solution is the first case's steps then the second's, verified as one
 * working by the grading module's physics checker (the intermediate quantity is defined by the first case's lines).
 */
final class PhysicsChains {
    private PhysicsChains() {}

    /**
     * A link: the first family's unknown is the second family's given. {@code words}: what the text must say for the link
     * to hold (a weight does work only when something is lifted), or null.
     */
    record Link(String first, String unknown, String second, String given, Pattern words) {}

    private static final Pattern LIFTED = Pattern.compile(
            "\\blift|\\braise|\\bhoist|\\bclimb|\\bstraight up\\b|\\bvertically\\b|\\bagainst gravity\\b|\\bup onto\\b|\\bupwards?\\b");
    /** A speed from distance over time is the speed throughout only when nothing speeds up or slows down. */
    private static final Pattern STEADY = Pattern.compile("^(?!.*(?:accelerat|decelerat|speeds? up|slows?|brak|from rest)).*$",
            Pattern.DOTALL);

    static final List<Link> LINKS = List.of(
            new Link("acceleration", "a", "newtons-second-law", "a", null),
            new Link("newtons-second-law", "a", "suvat", "a", null),
            new Link("suvat", "v", "momentum", "v", null),
            new Link("suvat", "v", "kinetic-energy", "v", null),
            new Link("free-fall", "v", "momentum", "v", null),
            new Link("free-fall", "v", "kinetic-energy", "v", null),
            new Link("speed", "v", "momentum", "v", STEADY),
            new Link("speed", "v", "kinetic-energy", "v", STEADY),
            new Link("weight", "W", "pressure", "F", null),
            new Link("weight", "W", "work-done", "F", LIFTED),
            new Link("potential-energy", "E_p", "power", "E", null),
            new Link("kinetic-energy", "E_k", "power", "E", null),
            new Link("electrical-power", "P", "power", "P", null),
            new Link("impulse", "J", "impulse", "J", null),
            new Link("density", "m", "weight", "m", null));

    /**
     * The links the reader reads: its own, and (fix11) the total resistance of a series or parallel pair then Ohm's law,
     * read only where the words say which pair ({@link #oneWayOfJoining}) and the voltage and current are the whole
     * pair's ({@link #ofThePair}); (session 12) the same pair then the power, P = V^2/R or P = I^2 R. The corpus draws the same links ({@link #DRAWN}).
     */
    static final List<Link> READ = java.util.stream.Stream.concat(LINKS.stream(),
            java.util.stream.Stream.of(new Link("resistors", "R", "ohms-law", "R", null),
                    new Link("resistors", "R", "electrical-power", "R", null)))
            .toList();

    /**
     * A voltage or current of one resistor, not of the pair ("across the 4 Ω resistor", "through each", "in one of
     * them"), or the question asking about one: Ohm's law with the pair's total would answer another problem.
     */
    private static final Pattern ONE_RESISTOR = Pattern
            .compile("\\b(?:across|through|in|of|on|with|from|to|by|for)\\s+(?:the|one|each|either|"
                    + "this|that)\\b(?!\\s+(?:circuit|supply|battery|cell|mains|source|power\\s+supply|combination|pair|network|arrangement|"
                    + "whole|two\\s+resistors|resistors|circuit\\s+board)\\b)|\\beach\\b|\\bone\\s+of\\b|\\bfirst\\s+resistor\\b|"
                    + "\\bsecond\\s+resistor\\b|\\blarger\\b|\\bsmaller\\b|\\bbigger\\b|\\blamp\\b|\\bbulb\\b|\\bbranch"
                    // review12: "What power does the 6 Ω resistor use?" (the pair's 72 W was given)
                    + "|\\b(?:the|that|this)\\s+\\d+(?:\\.\\d+)?\\s*(?:k|m)?(?:ω|Ω|ohms?)(?!\\w)");

    /** The parameter that marks a two-formula solution (its value names the link). */
    static final String CHAIN = "chain";

    /**
     * The links the corpus generator draws: the reader's (session 11 drew the pair then Ohm's law before fix11 read it;
     * session 12 adds the pair then the power).
     */
    static final List<Link> DRAWN = READ;

    /** The parameters of a drawn two-formula problem: the link's index in {@link #DRAWN}, and the first formula's case. */
    static final String LINK = "link", FIRST_CASE = "first-case", FIRST = "first:";

    /** The drawn links into this family. */
    static List<Integer> into(String family) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < DRAWN.size(); i++) if (DRAWN.get(i).second().equals(family)) out.add(i);
        return out;
    }

    /**
     * A two-formula problem of family b for the corpus: a drawn link into it, a case of each formula that the link
     * joins, and values for the first case's givens ({@code first:u}) and the second's other givens.
     */
    static Map<String, String> sample(Formula b, List<Integer> links, java.util.SplittableRandom r) {
        int li = NumberWriting.pick(r, links);
        Link link = DRAWN.get(li);
        Formula a = formula(link.first(), Solvers.families()).orElseThrow();
        List<Integer> firsts = new ArrayList<>(), seconds = new ArrayList<>();
        for (int k = 0; k < a.cases.size(); k++) {
            Case ca = a.cases.get(k);
            boolean renamed = !ca.unknown().equals(link.given());
            if (ca.unknown().equals(link.unknown())
                    && !(renamed && (ca.rearranged() != null || ca.givens().contains(link.given()))))
                firsts.add(k);
        }
        for (int k = 0; k < b.cases.size(); k++) {
            Case cb = b.cases.get(k);
            if (cb.givens().contains(link.given()) && !cb.unknown().equals(link.given())) seconds.add(k);
        }
        if (firsts.isEmpty() || seconds.isEmpty()) throw new IllegalStateException("no cases for the link " + link);
        int ka = NumberWriting.pick(r, firsts), kb = NumberWriting.pick(r, seconds);
        Case ca = a.cases.get(ka), cb = b.cases.get(kb);
        Map<String, String> p = new LinkedHashMap<>();
        p.put(LINK, Integer.toString(li));
        p.put(FIRST_CASE, Integer.toString(ka));
        p.put("case", Integer.toString(kb));
        for (String g : ca.givens()) p.put(FIRST + g, PhysicsFamilies.value(r, a, g));
        for (String g : cb.givens())
            if (!g.equals(link.given()) && !ca.givens().contains(g)) p.put(g, PhysicsFamilies.value(r, b, g));
        // a pair of resistors is a circuit's ("the circuit has a first resistance of …"), not one resistor's
        p.put("object", NumberWriting.pick(r, (link.first().equals("resistors") ? a : b).objects));
        p.put("name", NumberWriting.pick(r, StoryNames.NAMES));
        p.put("order", Long.toString(r.nextLong(1000)));
        return p;
    }

    /** The verified two-formula solution of a drawn problem ({@link #sample}), told with every given of both formulas. */
    static Worked drawn(Formula b, Map<String, String> p, int wording) {
        Link link = DRAWN.get(Integer.parseInt(p.get(LINK)));
        Formula a = formula(link.first(), Solvers.families()).orElseThrow();
        int ka = Integer.parseInt(p.get(FIRST_CASE)), kb = Integer.parseInt(p.get("case"));
        Case ca = a.cases.get(ka), cb = b.cases.get(kb);
        List<Found> found = new ArrayList<>();
        for (String g : ca.givens()) found.add(given(p.get(FIRST + g), g, found.size()));
        for (String g : cb.givens())
            if (!g.equals(link.given()) && !ca.givens().contains(g)) found.add(given(p.get(g), g, found.size()));
        Worked w = chain(a, ka, b, kb, link, found, Optional.empty(), false, true)
                .orElseThrow(() -> new IllegalArgumentException("no verified chain for " + p));
        QuantitySpec unknown = b.quantities.get(cb.unknown());
        QuantitySpec wide = PhysicsFamilies.wide(b, cb.unknown());
        if (w.checkValue() < wide.lo() / 10 || w.checkValue() > wide.hi() * 10)
            throw new IllegalArgumentException("no exercise asks for a " + unknown.description() + " of that size");
        boolean g = PhysicsFamilies.usesG(ca) || PhysicsFamilies.usesG(cb);
        String statement = b.statement(p, wording, w.givens(), unknown, g);
        if (link.first().equals("free-fall")) statement += " It falls from rest.";
        if (link.first().equals("resistors")) statement += Formula.connection(ca, p);
        if (link.words() == LIFTED) statement += " It is lifted straight up.";
        if (link.words() == STEADY) statement += " It moves at a steady speed.";
        Map<String, String> params = new LinkedHashMap<>(p);
        params.put(CHAIN, link.first() + " → " + link.second());
        return new Worked(b.name(), statement, Task.PHYSICS, w.start(), w.givens(), w.steps(), w.answer(), "quantity",
                w.skills(), params, wording, w.checkValue());
    }

    private static Found given(String written, String symbol, int at) {
        try {
            app.stepwise.math.Quantity q = app.stepwise.math.Quantity.parse(written);
            return new Found(written, q.unit(), q.si(), at, symbol);
        } catch (app.stepwise.math.MathSyntaxException e) {
            throw new IllegalArgumentException("cannot read the value " + written, e);
        }
    }

    private static final Pattern SYMBOL_FIRST = Pattern.compile("^\\s*([A-Za-zρλμ](?:_[A-Za-z0-9]+)?)\\s*=");

    /** The one verified two-formula reading of the text; empty when none fits, or two fit with different answers. */
    static Optional<Worked> read(String lower, String asked, Optional<String> symbolAsked, List<Found> found,
            Optional<String> ownG, boolean signed, List<Family> families) {
        List<Worked> readings = new ArrayList<>();
        for (Link link : READ) {
            if (link.words() != null && !link.words().matcher(lower).find()) continue;
            boolean pair = link.first().equals("resistors");
            if (pair && !ofThePair(lower)) continue;
            Optional<Formula> a = formula(link.first(), families), b = formula(link.second(), families);
            if (a.isEmpty() || b.isEmpty()) continue;
            for (int ka = 0; ka < a.get().cases.size(); ka++) {
                Case ca = a.get().cases.get(ka);
                if (!ca.unknown().equals(link.unknown()) || !PhysicsReader.saysUniform(ca, lower)) continue;
                if (pair && !oneWayOfJoining(ca, lower)) continue;
                for (int kb = 0; kb < b.get().cases.size(); kb++) {
                    Case cb = b.get().cases.get(kb);
                    if (!cb.givens().contains(link.given()) || cb.unknown().equals(link.given())) continue;
                    if (!PhysicsReader.named(b.get(), cb, asked, symbolAsked)) continue;
                    chain(a.get(), ka, b.get(), kb, link, found, ownG, signed, false).ifPresent(readings::add);
                }
            }
        }
        if (readings.isEmpty()) return Optional.empty();
        Worked first = readings.get(0);
        for (Worked w : readings)
            if (!w.start().equals(first.start())
                    || Math.abs(w.checkValue() - first.checkValue()) > 1e-9 * Math.abs(first.checkValue()))
                return Optional.empty(); // two chains read it differently: do not guess
        return Optional.of(first);
    }

    /** The pair's total from the one way of joining the words name: "in series" and not "parallel", or the other way. */
    private static boolean oneWayOfJoining(Case ca, String lower) {
        boolean series = Pattern.compile("\\bin\\s+series\\b|\\bseries\\s+(?:circuit|pair|combination)\\b").matcher(lower)
                .find();
        boolean parallel = lower.contains("parallel");
        if (series == parallel) return false;
        return series ? ca.formula().equals("R = R_1 + R_2") : ca.formula().startsWith("1/R");
    }

    /** Whether the voltage and the current are the whole pair's: nothing in the text ties one to a single resistor. */
    static boolean ofThePair(String lower) {
        return !ONE_RESISTOR.matcher(lower).find();
    }

    private static Optional<Formula> formula(String name, List<Family> families) {
        return families.stream()
                .filter(f -> f.name().equals(name) && f instanceof Formula && !(f instanceof PhysicsFamilies.Friction))
                .map(f -> (Formula) f).findFirst();
    }

    /**
     * The two-formula solution. {@code asCalculated}: the second formula takes the first one's value as the calculator
     * writes it (a whole number, else 4 significant figures: {@code v = √(2 × 9.8 × 14) = 16.57}, then
     * {@code E_k = 1/2 × 30 × 16.57^2}), as a student carries it from the line before; else to 6 figures.
     */
    private static Optional<Worked> chain(Formula a, int ka, Formula b, int kb, Link link, List<Found> found,
            Optional<String> ownG, boolean signed, boolean asCalculated) {
        Case ca = a.cases.get(ka), cb = b.cases.get(kb);
        // the first unknown takes the second formula's name for it (the weight W is the force F on the floor): only
        // where that name is free in the first formula, which then has no rearrangement to rename
        boolean renamed = !ca.unknown().equals(link.given());
        if (renamed && (ca.rearranged() != null || ca.givens().contains(link.given()))) return Optional.empty();
        if (ca.givens().contains(cb.unknown())) return Optional.empty(); // the answer would be a given
        Map<String, QuantitySpec> quantities = new LinkedHashMap<>();
        List<String> givens = new ArrayList<>();
        for (String g : ca.givens()) {
            quantities.put(g, a.quantities.get(g));
            givens.add(g);
        }
        for (String g : cb.givens()) {
            if (g.equals(link.given())) continue;
            QuantitySpec q = b.quantities.get(g);
            if (quantities.containsKey(g)) {
                // one symbol in both formulas is one quantity of the problem
                if (!PhysicsReader.unit(quantities.get(g).unit()).sameDimension(PhysicsReader.unit(q.unit())))
                    return Optional.empty();
                continue;
            }
            quantities.put(g, q);
            givens.add(g);
        }
        List<String> symbols = new ArrayList<>();
        symbols.add(PhysicsReader.norm(cb.unknown()));
        symbols.add(PhysicsReader.norm(link.given()));
        for (String g : givens) symbols.add(PhysicsReader.norm(g));
        Optional<Map<String, String>> assigned = PhysicsReader.assign(quantities, givens, symbols, found);
        if (assigned.isEmpty()) return Optional.empty();
        // a speed the words imply (from rest, to rest) must be used: a chain that leaves it out reads another problem
        // (a fall starts from rest in the free-fall formulas themselves; the kinetic energy gained from rest is ½ m v²)
        boolean fromRestBuiltIn = a.name().equals("free-fall") || b.name().equals("free-fall")
                || a.name().equals("kinetic-energy");
        for (Found f : found)
            if (f.at() < 0 && !(fromRestBuiltIn && f.symbol().equals("u"))
                    && !f.written().equals(assigned.get().get(f.symbol())))
                return Optional.empty();
        boolean gFirst = PhysicsFamilies.usesG(ca), gSecond = PhysicsFamilies.usesG(cb);
        if (ownG.isPresent() && !gFirst && !gSecond) return Optional.empty();
        Map<String, String> pa = params(ka, ca.givens(), assigned.get(), ownG.filter(g -> gFirst), signed);
        Map<String, String> pb = params(kb, cb.givens().stream().filter(g -> !g.equals(link.given())).toList(),
                assigned.get(), ownG.filter(g -> gSecond), signed);
        return joined(a, ka, b, kb, link, pa, pb, asCalculated);
    }

    /**
     * A two-formula reading solved again from its parameters ({@link #CHAIN}, the first formula's as {@code first-…}, the
     * second's as they are), as a typed-in problem's pack names its solver: the same two formulas' steps. Solving the
     * second family alone would take the link's value as a given and drop the first formula's working (fix11: "Show
     * solution" of "…resultant force in kN?" began at {@code F = m a} with {@code a = 2.5}).
     */
    static Worked again(Formula b, Map<String, String> p) {
        String[] names = p.get(CHAIN).split("→");
        if (names.length != 2) throw new IllegalArgumentException("no link " + p.get(CHAIN));
        Link link = READ.stream()
                .filter(l -> l.first().equals(names[0].strip()) && l.second().equals(names[1].strip())
                        && l.second().equals(b.name()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no link " + p.get(CHAIN)));
        Formula a = formula(link.first(), Solvers.families())
                .orElseThrow(() -> new IllegalArgumentException("no family " + link.first()));
        Map<String, String> pa = new LinkedHashMap<>(), pb = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith("first-")) pa.put(k.substring("first-".length()), v);
            else if (!k.equals(CHAIN) && !k.equals(PhysicsFamilies.UNIT_ASKED) && !k.equals(link.given())) pb.put(k, v);
        });
        int ka = Integer.parseInt(pa.getOrDefault("case", "-1")), kb = Integer.parseInt(pb.getOrDefault("case", "-1"));
        if (ka < 0 || ka >= a.cases.size() || kb < 0 || kb >= b.cases.size())
            throw new IllegalArgumentException("no cases for the link " + link);
        return joined(a, ka, b, kb, link, pa, pb, false)
                .orElseThrow(() -> new IllegalArgumentException("no verified chain for " + p));
    }

    /** The first case solved, its value carried into the second as the link's given, both cases' steps as one working. */
    private static Optional<Worked> joined(Formula a, int ka, Formula b, int kb, Link link, Map<String, String> pa,
            Map<String, String> pb, boolean asCalculated) {
        Case ca = a.cases.get(ka), cb = b.cases.get(kb);
        boolean renamed = !ca.unknown().equals(link.given());
        try {
            Worked wa = Solvers.solve(a, pa, 0);
            QuantitySpec link2 = b.quantities.get(link.given());
            double carried = wa.checkValue();
            String value = !asCalculated
                    ? NumberWriting.upTo(carried, 6)
                    : carried == Math.rint(carried) && Math.abs(carried) < 1e12
                            ? Long.toString((long) carried)
                            : new java.math.BigDecimal(carried)
                                    .round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP))
                                    .stripTrailingZeros().toPlainString();
            pb.put(link.given(), value + (link2.unit().isEmpty() ? "" : " " + link2.unit()));
            Worked wb = Solvers.solve(b, pb, 0);
            List<Step> steps = new ArrayList<>();
            for (Step s : wa.steps())
                steps.add(renamed ? new Step(s.said(), rename(s.math(), ca.unknown(), link.given()), s.operation()) : s);
            steps.addAll(wb.steps());
            LinkedHashSet<Given> all = new LinkedHashSet<>(wa.givens());
            for (Given g : wb.givens())
                if (!g.symbol().equals(link.given()) && all.stream().noneMatch(x -> x.symbol().equals(g.symbol())))
                    all.add(g);
            Map<String, String> params = new LinkedHashMap<>(wb.params());
            wa.params().forEach((k, v) -> params.put("first-" + k, v));
            params.put(CHAIN, link.first() + " → " + link.second());
            List<String> skills = new ArrayList<>(wb.skills());
            for (String s : wa.skills()) if (!skills.contains(s)) skills.add(s);
            Worked w = new Worked(b.name(), wb.statement(), Task.PHYSICS, cb.unknown(), List.copyOf(all), steps, wb.answer(),
                    "quantity", skills, params, 0, wb.checkValue());
            return Verifier.check(w).isEmpty() ? Optional.of(w) : Optional.empty();
        } catch (IllegalArgumentException | Solvers.UnverifiedException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> params(int k, List<String> givens, Map<String, String> assigned, Optional<String> g,
            boolean signed) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("case", Integer.toString(k));
        for (String s : givens) p.put(s, assigned.get(s));
        g.ifPresent(v -> p.put(PhysicsFamilies.OWN_G, v));
        if (signed) p.put(PhysicsFamilies.SIGNED, "yes");
        p.put("object", "object");
        p.put(PhysicsFamilies.TYPED_IN, "yes");
        return p;
    }

    /** The line's subject renamed: "W = m g" with W → F is "F = m g" (the subject only; units are left alone). */
    static String rename(String line, String from, String to) {
        var m = SYMBOL_FIRST.matcher(line);
        if (!m.find() || !m.group(1).equals(from)) return line;
        return line.substring(0, m.start(1)) + to + line.substring(m.end(1));
    }
}
