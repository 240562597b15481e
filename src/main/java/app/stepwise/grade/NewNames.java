package app.stepwise.grade;

import app.stepwise.grade.Dimensions.Dim;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Units;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a student gives the quantities of a physics problem in their own working ({@code W = m g = 98 N},
 * {@code net force = 30.6 N}): which line introduces one, which quantity a name stands for (the table
 * {@code quantity-names.txt}), and the values it may rightly have in the problem.
 */
final class NewNames {
    private NewNames() {}

    /**
     * A quantity students name in several ways: its dimension, how it is found, and its names. {@code newOnly}: the names
     * (written in brackets in the table) that stand for it only as a new name, never as the problem's own symbol: v is
     * a final velocity where the problem has no v, but the problem's own v is its speed, wave speed or velocity.
     */
    record Role(String id, Dim dim, List<Formula> formulas, Set<String> keys, Set<String> newOnly) {
        /** Whether the problem's own symbol of this name is this quantity (v in a speed problem is no final velocity). */
        boolean owns(String symbol) {
            String k = key(symbol);
            return keys.contains(k) && !newOnly.contains(k);
        }
    }

    /** One way of finding a quantity; {@code level} holds on level ground only. */
    record Formula(Expr expr, boolean level) {}

    /** A quantity of the situation a new name may stand for, with its dimension where known. */
    record Candidate(Expr formula, Optional<Dim> dim) {}

    /** The head of a line read as one name: the engine's name for it and the line with the head so written. */
    record Head(String name, String written, String text) {}

    private static final Pattern ONE_NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}_]*");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+(?:\\s+\\p{L}+){1,4}");
    private static final Pattern COUNTED = Pattern.compile("(\\p{L}{2,})(\\d{1,2})");
    private static final Pattern SUBSCRIPTED = Pattern.compile("(\\p{L}[\\p{L}_]*?)_?(?:\\d{1,2}|i|f|initial|final)");
    private static final Set<String> FUNCTIONS = Set.of("sin", "cos", "tan", "ln", "log", "exp", "sqrt", "abs");
    private static final Set<String> ANGLES = Set.of("θ", "α", "β", "φ");

    /** The table's roles; loaded after the patterns it is read with. */
    static final List<Role> ROLES = load();

    /**
     * The name a line's left side introduces or restates, when that side is a name: one word or symbol ({@code W},
     * {@code F_f}, {@code KE}, {@code weight}) or a few words ({@code net force} → netforce). A side spelled by the
     * problem's one-letter symbols ({@code mg}, {@code m a}) stays their product unless the table lists it as a name
     * ({@code Fg}, {@code Ff}); a name written another way than a known one ({@code Fnet} for F_net) is that one.
     */
    static Optional<Head> head(String text, Set<String> known) {
        int eq = text.indexOf('=');
        if (eq <= 0) return Optional.empty();
        String h = text.substring(0, eq).strip();
        String rest = text.substring(eq);
        String name;
        if (ONE_NAME.matcher(h).matches()) {
            name = Parser.symbolName(h);
            // KE1 is KE_1, as the lexer reads a subscript (it read K·E·1)
            Matcher counted = COUNTED.matcher(name);
            if (counted.matches() && role(name).isPresent()) name = counted.group(1) + "_" + counted.group(2);
            if (known.contains(name)) return Optional.empty();
            if (FUNCTIONS.contains(h.toLowerCase(Locale.ROOT))) return Optional.empty();
            if (spelledBy(h, known) && role(h).isEmpty()) return Optional.empty(); // mg = 98 N is m·g
        } else if (WORDS.matcher(h).matches()) {
            String[] words = h.split("\\s+");
            if (Arrays.stream(words).anyMatch(w -> FUNCTIONS.contains(w.toLowerCase(Locale.ROOT)))) return Optional.empty();
            // one run of letters (the lexer reads a name with one "_" only): F net → F_net, net force → netforce
            String tail = String.join("", Arrays.copyOfRange(words, 1, words.length));
            name = words[0].length() == 1 ? words[0] + "_" + tail : words[0] + tail;
            // m a, F t are products; F fr is a listed name
            if (Arrays.stream(words).noneMatch(w -> w.length() >= 3) && role(name).isEmpty()) return Optional.empty();
        } else {
            return Optional.empty();
        }
        for (String k : known) {
            if (key(k).equals(key(name))) name = k; // Fnet for the reference's F_net
        }
        return Optional.of(new Head(name, h, name + " " + rest));
    }

    /** Every character a one-letter symbol of the problem: mg, ma, Ft. */
    private static boolean spelledBy(String h, Set<String> known) {
        return h.codePoints().allMatch(c -> known.contains(new String(Character.toChars(c))));
    }

    /** The name compared: without _ and spaces; without case when three characters or longer. */
    static String key(String name) {
        String k = name.replaceAll("[_\\s]", "");
        return k.length() >= 3 ? k.toLowerCase(Locale.ROOT) : k;
    }

    /** The quantity a name stands for: the name as listed, else the one listed word in it (weight_of_box). */
    static Optional<Role> role(String name) {
        return roles(name).stream().findFirst();
    }

    /**
     * Every quantity the name may stand for, in the table's order: W is a weight or a work, P a power or a pressure
     * (the dimension written tells them apart). A name not listed takes the roles of the one listed word in it.
     */
    static List<Role> roles(String name) {
        String k = key(name);
        List<Role> listed = ROLES.stream().filter(r -> r.keys().contains(k)).toList();
        if (!listed.isEmpty()) return listed;
        // KE_1, KE2, E_k1, PE_f: a listed name of two letters or more with a subscript that counts or says initial or
        // final is that quantity (grade16: KE_1 = 8 J was "not right" with no reference steps); v1 and F_2 stay unlisted
        Matcher sub = SUBSCRIPTED.matcher(name);
        if (sub.matches() && key(sub.group(1)).length() >= 2) {
            List<Role> base = ROLES.stream().filter(r -> r.keys().contains(key(sub.group(1)))).toList();
            if (!base.isEmpty()) return base;
        }
        // initial KE, KE final, starting momentum: a word for the moment, then a listed name (grade17: "initial KE = 8 J"
        // was "not right", its words were no listed name)
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("[_\\s]+")));
        if (words.size() > 1 && words.removeIf(w -> stageOf(w).isPresent() && w.length() > 1)
                && key(String.join("", words)).length() >= 2) // v before stays unlisted, as v1 does
            return roles(String.join(" ", words));
        Set<Role> byWord = new LinkedHashSet<>();
        for (String w : name.split("[_\\s]+")) {
            if (w.length() < 3) continue;
            for (Role r : ROLES) if (r.keys().contains(key(w))) byWord.add(r);
        }
        return byWord.size() == 1 ? List.copyOf(byWord) : List.of();
    }

    /** The moment of a motion a name is written for: KE_1, KE_i, initial KE at the start; KE_2, KE_f, final KE at the end. */
    enum Stage {
        START,
        END
    }

    private static final Set<String> START_WORDS = Set.of("0", "1", "i", "initial", "init", "start", "starting", "before",
            "beginning");
    private static final Set<String> END_WORDS = Set.of("2", "f", "final", "end", "after", "finish", "finishing");
    private static final Pattern STAGE_PARTS = Pattern.compile("[_\\s]+|(?<=\\p{L})(?=\\d)");

    /** The moment a name says it is for (KE_2, KE2, E_k1, KE_f, final KE), where it says one and only one. */
    static Optional<Stage> stage(String written) {
        String[] parts = STAGE_PARTS.split(written.strip());
        Set<Stage> said = new HashSet<>();
        for (int k = 1; k < parts.length; k++) stageOf(parts[k]).ifPresent(said::add); // the name itself comes first
        if (parts.length > 1) stageOf(parts[0]).filter(s -> parts[0].length() > 1).ifPresent(said::add); // final KE
        return said.size() == 1 ? said.stream().findFirst() : Optional.empty();
    }

    private static Optional<Stage> stageOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return START_WORDS.contains(w)
                ? Optional.of(Stage.START)
                : END_WORDS.contains(w) ? Optional.of(Stage.END) : Optional.empty();
    }

    /**
     * The candidates a name written for one moment may stand for (grade17: KE_2 = 8 J was right where 8 J is ½ m u², the
     * kinetic energy at the start): where the problem gives both the speed at the start (u) and at the end (v), and the
     * quantity is found by a formula in u and the same formula in v (½ m u² and ½ m v², m u and m v), the formula of the
     * other moment is dropped. Plain KE keeps both; so does a name that says no moment, or a problem with one speed.
     */
    static List<Candidate> atStage(List<Candidate> all, String written) {
        Optional<Stage> stage = stage(written);
        if (stage.isEmpty()) return all;
        return all.stream().filter(c -> momentOf(c, all).map(stage.get()::equals).orElse(true)).toList();
    }

    /** The candidates of the other moment than the name's: those {@link #atStage} drops. */
    static List<Candidate> atOtherStage(List<Candidate> all, String written) {
        List<Candidate> kept = atStage(all, written);
        return all.stream().filter(c -> !kept.contains(c)).toList();
    }

    /** START for a formula in u whose twin in v is also a candidate (½ m u² beside ½ m v²), END for the twin. */
    private static Optional<Stage> momentOf(Candidate c, List<Candidate> all) {
        Set<String> vars = Exprs.variables(c.formula());
        if (vars.contains("u") == vars.contains("v")) return Optional.empty();
        String from = vars.contains("u") ? "u" : "v";
        Expr twin = Exprs.substitute(c.formula(), Map.of(from, new Expr.Var(from.equals("u") ? "v" : "u")));
        if (all.stream().noneMatch(o -> o.formula().equals(twin))) return Optional.empty();
        return Optional.of(from.equals("u") ? Stage.START : Stage.END);
    }

    /**
     * p_1, p_f, v_2: a one-letter name with a moment where the problem gives the speed at the start (u) and at the end
     * (v), which grade16 left unlisted. The speed at a moment is u or v (v_1 = 2 m/s is u); a quantity of the letter's
     * own (p) is that quantity where its formulas have one for each moment (m u, m v); otherwise none.
     */
    static List<Role> stagedRoles(String written, Set<String> known) {
        Optional<Stage> stage = stage(written);
        String[] parts = STAGE_PARTS.split(written.strip());
        if (stage.isEmpty() || parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1
                || !known.contains("u") || !known.contains("v"))
            return List.of();
        if (parts[0].equals("v"))
            return ROLES.stream().filter(r -> r.id().equals(stage.get() == Stage.START ? "initialVelocity" : "finalVelocity"))
                    .toList();
        return ROLES.stream().filter(r -> r.keys().contains(key(parts[0])))
                .filter(r -> r.formulas().stream().anyMatch(f -> momentOf(new Candidate(f.expr(), Optional.empty()),
                        r.formulas().stream().map(g -> new Candidate(g.expr(), Optional.empty())).toList()).isPresent()))
                .toList();
    }

    /** The role's quantities in this problem: its formulas whose symbols are all known here. */
    static List<Candidate> ofRole(Role role, Map<String, Double> env, Map<String, Dim> dims) {
        boolean angle = ANGLES.stream().anyMatch(env::containsKey);
        List<Candidate> out = new ArrayList<>();
        for (Formula f : role.formulas()) {
            if (f.level() && angle) continue;
            if (!env.keySet().containsAll(Exprs.variables(f.expr()))) continue;
            out.add(new Candidate(f.expr(), Dimensions.of(f.expr(), dims)));
        }
        return out;
    }

    /**
     * Every quantity of the situation a name may stand for: each known symbol (givens, the reference's quantities,
     * the answer, names already accepted) and each part with letters of the reference's formulas (m g, F - f). Not the
     * table's formulas: those say what a listed name means, and m g is no normal force on a slope.
     */
    static List<Candidate> ofSituation(Map<String, Double> env, Map<String, Dim> dims, List<Equation> refs) {
        List<Candidate> out = new ArrayList<>();
        for (String s : env.keySet()) {
            Expr v = new Expr.Var(s);
            out.add(new Candidate(v, Optional.ofNullable(dims.get(s))));
        }
        Set<Expr> seen = new HashSet<>();
        for (Equation r : refs) parts(r.rhs(), env, dims, seen, out);
        return out;
    }

    private static void parts(Expr e, Map<String, Double> env, Map<String, Dim> dims, Set<Expr> seen, List<Candidate> out) {
        if (Exprs.variables(e).isEmpty() || !env.keySet().containsAll(Exprs.variables(e))) return;
        if (!(e instanceof Expr.Var) && seen.add(e)) out.add(new Candidate(e, Dimensions.of(e, dims)));
        switch (e) {
            case Expr.Add a -> a.terms().forEach(t -> parts(t, env, dims, seen, out));
            case Expr.Mul m -> m.factors().forEach(t -> parts(t, env, dims, seen, out));
            case Expr.Div d -> {
                parts(d.numerator(), env, dims, seen, out);
                parts(d.denominator(), env, dims, seen, out);
            }
            case Expr.Neg n -> parts(n.operand(), env, dims, seen, out);
            case Expr.Fn f -> parts(f.arg(), env, dims, seen, out);
            default -> {
            }
        }
    }

    private static List<Role> load() {
        List<Role> roles = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(NewNames.class.getResourceAsStream("quantity-names.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|");
                List<Formula> formulas = new ArrayList<>();
                for (String text : f[2].split(";")) {
                    String t = text.strip();
                    boolean level = t.startsWith("level:");
                    if (level) t = t.substring("level:".length()).strip();
                    formulas.add(new Formula(Parser.parseExpression(t, Parser.Context.of(identifiers(t))), level));
                }
                Set<String> keys = new HashSet<>(), newOnly = new HashSet<>();
                for (String n : f[3].split(",")) {
                    String name = n.strip();
                    if (name.startsWith("(") && name.endsWith(")")) {
                        name = name.substring(1, name.length() - 1).strip();
                        newOnly.add(key(name));
                    }
                    keys.add(key(name));
                }
                roles.add(new Role(f[0].strip(), Dim.of(Units.parse(f[1].strip())), List.copyOf(formulas), Set.copyOf(keys),
                        Set.copyOf(newOnly)));
            }
        } catch (IOException | MathSyntaxException e) {
            throw new IllegalStateException("quantity-names.txt cannot be read", e);
        }
        return List.copyOf(roles);
    }

    private static Set<String> identifiers(String formula) {
        Set<String> out = new HashSet<>();
        Matcher m = ONE_NAME.matcher(formula);
        while (m.find()) if (!FUNCTIONS.contains(m.group())) out.add(m.group()); // sin(θ) is the function
        return out;
    }
}
