package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.math.Evaluator;
import app.stepwise.math.Parser;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The random expression trees of the corpus: what they write parses to school-sized whole numbers (arithmetic) or
 * fractions, most of them are solved and verified by the general solver under their own family, and they vary in
 * structure far more than a menu of forms.
 */
class TreesTest {

    /** Draws until n problems came out (a draw may be refused as too large or too short). */
    private static Set<String> draws(Function<SplittableRandom, String> tree, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < 20 * n && out.size() < n; i++) {
            try {
                out.add(tree.apply(r));
            } catch (IllegalArgumentException refused) {
                // too large or too short: the corpus draws again
            }
        }
        return out;
    }

    private static long solvedAs(Set<String> starts, Task task, String unknown, String family) {
        return starts.stream().filter(s -> GeneralSolver.solve(new GeneralSolver.Request(task, s, unknown), s)
                .filter(w -> w.family().equals(family)).isPresent()).count();
    }

    @Test
    void arithmeticTreesAreWholeSchoolSizedAndVaried() throws Exception {
        Set<String> starts = draws(Trees::arithmetic, 200, 7);
        assertThat(starts).hasSizeGreaterThan(180);
        for (String s : starts) {
            double v = Evaluator.eval(Parser.parseExpression(s), Map.of());
            assertThat(v).as(s).isEqualTo(Math.rint(v));
            assertThat(Math.abs(v)).as(s).isLessThanOrEqualTo(2000);
        }
        assertThat(starts).anyMatch(s -> s.contains("÷")).anyMatch(s -> s.contains("^")).anyMatch(s -> s.startsWith("-"))
                .anyMatch(s -> s.contains("(-")).anyMatch(s -> s.matches(".*- \\(.*\\+.*\\).*"));
        assertThat(solvedAs(starts, Task.EVALUATE, "", "integer-arithmetic")).isGreaterThan(150);
    }

    @Test
    void fractionTreesAreSolvedAsFractionArithmetic() {
        Set<String> starts = draws(Trees::fractions, 120, 8);
        assertThat(starts).hasSizeGreaterThan(100).anyMatch(s -> s.contains("÷ (")).anyMatch(s -> s.contains("×"));
        assertThat(solvedAs(starts, Task.EVALUATE, "", "fraction-arithmetic")).isGreaterThan(80);
    }

    @Test
    void chainAndProductTreesAreDifferentiatedByTheirRule() {
        Set<String> chains = draws(Trees::chain, 120, 9), products = draws(Trees::product, 120, 10);
        assertThat(chains).anyMatch(s -> s.startsWith("ln(")).anyMatch(s -> s.startsWith("√("))
                .anyMatch(s -> s.contains("x^2"));
        assertThat(products).anyMatch(s -> s.startsWith("e^(") || s.startsWith("sin(") || s.startsWith("cos("));
        assertThat(solvedAs(chains, Task.DIFFERENTIATE, "x", "derivative-chain-rule")).isGreaterThan(60);
        assertThat(solvedAs(products, Task.DIFFERENTIATE, "x", "derivative-product-rule")).isGreaterThan(60);
    }
}
