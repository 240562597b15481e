package app.stepwise.grade;

import app.stepwise.grade.Dimensions.Dim;
import app.stepwise.math.Equations;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Units;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The laws a line of physics working may write before putting numbers in ({@code v^2 = u^2 + 2as} where the problem
 * gives no v), from {@code laws.txt}: a general formula is a valid step even where one of its symbols has no value yet.
 */
final class Laws {
    private Laws() {}

    /** One law: the symbols the problem must have (given or asked) for it to apply, and the relation. */
    private record Law(Set<String> needs, Equation relation) {}

    private record Table(Map<String, Dim> kinds, List<Law> laws) {}

    private static final Table TABLE = load();

    /**
     * Whether the line states a law of the table that applies here: the problem has what the law needs, every symbol of
     * the law the problem has is of the law's kind, and the line is the same relation among the same symbols; or relates
     * the same symbols otherwise (a law written wrong).
     *
     * @param problem the symbols the problem has (givens and the one asked for)
     * @param dims    the kinds of the problem's symbols
     */
    static Verdict judge(Equation line, Set<String> problem, Map<String, Dim> dims) {
        Set<String> letters = Exprs.variables(line);
        Verdict out = Verdict.NO_LAW;
        for (Law law : TABLE.laws()) {
            if (!problem.containsAll(law.needs()) || !letters.equals(Exprs.variables(law.relation()))) continue;
            boolean kinds = letters.stream().allMatch(s -> !dims.containsKey(s) || !TABLE.kinds().containsKey(s)
                    || dims.get(s).same(TABLE.kinds().get(s)));
            if (!kinds) continue;
            if (Equations.sameSolutions(law.relation(), line).equivalent()) return Verdict.STATES;
            out = Verdict.MISSTATES;
        }
        return out;
    }

    /** A line with a symbol that has no value yet, against the laws. */
    enum Verdict {
        /** The line is a law that applies here. */
        STATES,
        /** The line relates the symbols of a law that applies here, but is not that law: v^2 = u^2 + a s. */
        MISSTATES,
        /** No law of the table has the line's symbols. */
        NO_LAW
    }

    private static Table load() {
        Map<String, Dim> kinds = new HashMap<>();
        List<Law> laws = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Laws.class.getResourceAsStream("laws.txt")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|");
                if (f[0].strip().equals("kinds")) {
                    for (String k : f[1].split(";")) {
                        String[] kv = k.split("=", 2);
                        kinds.put(kv[0].strip(), Dim.of(Units.parse(kv[1].strip())));
                    }
                } else if (Statement.collapse(Parser.parse(f[2].strip(), Parser.Context.DEFINING)) instanceof Equation e) {
                    laws.add(new Law(Set.of(f[1].strip().split("\\s*,\\s*")), e));
                } else {
                    throw new IllegalStateException("laws.txt: not an equation: " + line);
                }
            }
        } catch (IOException | MathSyntaxException e) {
            throw new IllegalStateException("laws.txt cannot be read", e);
        }
        return new Table(Map.copyOf(kinds), List.copyOf(laws));
    }
}
