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

    private static final java.util.List<String> LINEAR = java.util.List.of("linear-one-step", "linear-two-step",
            "linear-brackets", "linear-both-sides", "linear-fractions");

    /** The structure of a start: every number N, every letter L (so 3(x - 4) = 7 and 5(t + 2) = -1 are one structure). */
    private static String structure(String start) {
        return start.replaceAll("\\d+(\\.\\d+)?", "N").replaceAll("[a-z]", "L");
    }

    private static java.util.List<String> drawList(Function<SplittableRandom, String> tree, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                out.add(tree.apply(r));
            } catch (IllegalArgumentException refused) {
                out.add("refused");
            }
        }
        return out;
    }

    /** The values in an answer such as "x = 7/2" or "a = -1, b = 5/3". */
    private static java.util.List<app.stepwise.math.Rational> values(String answer) {
        return java.util.Arrays.stream(answer.split(",")).map(p -> NumberWriting.parseRational(p.split("=")[1]))
                .toList();
    }

    @Test
    void linearAndSystemTreesAreTheSameForTheSameSeed() {
        for (String f : LINEAR)
            assertThat(drawList(r -> Trees.linear(r, "x", f), 50, 3)).as(f)
                    .isEqualTo(drawList(r -> Trees.linear(r, "x", f), 50, 3))
                    .isNotEqualTo(drawList(r -> Trees.linear(r, "x", f), 50, 4));
        assertThat(drawList(r -> Trees.system(r, true), 50, 3)).isEqualTo(drawList(r -> Trees.system(r, true), 50, 3));
        assertThat(drawList(r -> Trees.system(r, false), 50, 3)).isEqualTo(drawList(r -> Trees.system(r, false), 50, 3));
    }

    @Test
    void linearTreesAreSolvedAsTheirFamilyWithSchoolSizedAnswers() {
        for (String f : LINEAR) {
            Set<String> starts = draws(r -> Trees.linear(r, "x", f), 100, 21);
            assertThat(starts).as(f).hasSizeGreaterThan(90);
            int solved = 0;
            for (String s : starts) {
                var w = GeneralSolver.solve(new GeneralSolver.Request(Task.SOLVE, s, "x"), s);
                if (w.isEmpty() || !w.get().family().equals(f)) continue;
                solved++;
                app.stepwise.math.Rational v = values(w.get().answer()).get(0);
                assertThat(v.abs().compareTo(app.stepwise.math.Rational.of(150))).as(s + " gives " + v).isLessThanOrEqualTo(0);
                assertThat(v.den().intValue()).as(s + " gives " + v).isLessThanOrEqualTo(100);
                assertThat(s).as("numbers stay school sized").doesNotContainPattern("\\d{5}");
                assertThat(s.length()).as(s).isLessThanOrEqualTo(72);
            }
            assertThat(solved).as(f + " solved as " + f).isGreaterThan(f.equals("linear-one-step") ? 75 : 60);
        }
    }

    @Test
    void linearTreesHaveTheShapesTheMenuLacks() {
        Set<String> brackets = draws(r -> Trees.linear(r, "x", "linear-brackets"), 300, 22);
        assertThat(brackets).anyMatch(s -> s.matches(".*\\d\\(.*\\d\\(.*\\).*\\).*")) // a(b(x - c) + d)
                .anyMatch(s -> s.matches(".*\\)/\\d.*")) // (x + 3)/4
                .anyMatch(s -> s.matches(".*\\d\\(.*\\) - \\d\\(.*")) // 3(x + 1) - 2(x - 4)
                .anyMatch(s -> s.matches(".*x.*=.*x.*")) // unknown on both sides
                .anyMatch(s -> s.matches(".*\\d\\.\\d+\\(.*")) // 0.5(x + 6)
                .anyMatch(s -> s.startsWith("-("));
        Set<String> fractions = draws(r -> Trees.linear(r, "x", "linear-fractions"), 200, 23);
        assertThat(fractions).anyMatch(s -> s.contains("x/")).anyMatch(s -> s.matches(".*\\dx/\\d.*"))
                .anyMatch(s -> s.matches(".*\\d\\.\\d+x.*"));
        Set<String> oneStep = draws(r -> Trees.linear(r, "t", "linear-one-step"), 200, 24);
        assertThat(oneStep).anyMatch(s -> s.matches("\\d\\.\\d+t = .*")).anyMatch(s -> s.matches(".* = t/\\d+|t/\\d+ = .*"))
                .anyMatch(s -> s.matches("-?\\d+(\\.\\d+)? = .*"));
    }

    @Test
    void linearTreesVaryInStructureFarMoreThanTheMenu() {
        for (String f : java.util.List.of("linear-brackets", "linear-both-sides", "linear-two-step", "linear-fractions")) {
            long trees = structuresSolvedAs(draws(r -> Trees.linear(r, "x", f), 300, 25), Task.SOLVE, "x", f);
            long menu = structuresSolvedAs(draws(r -> Shapes.linear(r, "x"), 300, 25), Task.SOLVE, "x", f);
            assertThat(trees).as(f + ": " + trees + " structures against the menu's " + menu).isGreaterThan(100)
                    .isGreaterThan(2 * menu);
        }
    }

    /** How many different structures the starts solved as the family have. */
    private static long structuresSolvedAs(Set<String> starts, Task task, String unknown, String family) {
        return starts.stream().filter(s -> GeneralSolver.solve(new GeneralSolver.Request(task, s, unknown), s)
                .filter(w -> w.family().equals(family)).isPresent()).map(TreesTest::structure).distinct().count();
    }

    @Test
    void systemTreesAreSolvedWithAnyLettersAndSchoolSizedSolutions() {
        for (boolean solvedForm : java.util.List.of(true, false)) {
            String family = solvedForm ? "system-substitution" : "system-elimination";
            Set<String> starts = draws(r -> Trees.system(r, solvedForm), 150, 26);
            Set<String> letters = new HashSet<>(), structures = new HashSet<>();
            int solved = 0;
            boolean fraction = false, negative = false;
            for (String s : starts) {
                var w = GeneralSolver.solve(new GeneralSolver.Request(Task.SYSTEM, s, ""), s);
                if (w.isEmpty() || !w.get().family().equals(family)) continue;
                solved++;
                letters.add(s.replaceAll("[^a-z]", "").chars().distinct().sorted()
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
                structures.add(structure(s));
                for (app.stepwise.math.Rational v : values(w.get().answer())) {
                    assertThat(v.abs().compareTo(app.stepwise.math.Rational.of(30))).as(s).isLessThanOrEqualTo(0);
                    assertThat(v.den().intValue()).as(s).isLessThanOrEqualTo(5);
                    fraction |= !v.isInteger();
                    negative |= v.signum() < 0;
                }
                assertThat(s).doesNotContainPattern("\\d{5}");
            }
            assertThat(solved).as(family).isGreaterThan(120);
            assertThat(letters).as(family).hasSizeGreaterThan(5);
            assertThat(structures.size()).as(family).isGreaterThan(80);
            assertThat(fraction && negative).as(family).isTrue();
        }
        assertThat(draws(r -> Trees.system(r, false), 150, 27)).anyMatch(s -> s.contains("("))
                .anyMatch(s -> s.matches(".*\\d\\.\\d.*")).anyMatch(s -> s.matches(".*[a-z]/\\d.*"))
                .anyMatch(s -> s.matches("[^;]*[a-z][^;]*=[^;]*[a-z].*;.*|.*;[^;]*[a-z][^;]*=[^;]*[a-z][^;]*"));
    }

    @Test
    void expressionTreesAreSameForTheSameSeed() {
        for (Function<SplittableRandom, String> tree : java.util.List.<Function<SplittableRandom, String>>of(
                Trees::simplifyExpression, Trees::expandExpression, Trees::factorisable))
            assertThat(drawList(tree, 50, 5)).isEqualTo(drawList(tree, 50, 5)).isNotEqualTo(drawList(tree, 50, 6));
    }

    @Test
    void expressionTreesAreSolvedAsTheirFamilyAndVary() {
        record Kind(Function<SplittableRandom, String> tree, Task task, String family, int structures) {}
        for (Kind k : java.util.List.of(new Kind(Trees::simplifyExpression, Task.SIMPLIFY, "simplify-expression", 120),
                new Kind(Trees::expandExpression, Task.EXPAND, "expand-brackets", 60),
                new Kind(Trees::factorisable, Task.FACTOR, "factorise-quadratic", 30))) {
            Set<String> starts = draws(k.tree(), 200, 31);
            assertThat(solvedAs(starts, k.task(), "", k.family())).as(k.family()).isGreaterThan(180);
            Set<String> structures = new HashSet<>();
            starts.forEach(s -> structures.add(structure(s)));
            assertThat(structures.size()).as(k.family() + " structures").isGreaterThan(k.structures());
            for (String s : starts) {
                assertThat(s).as("numbers stay school sized").doesNotContainPattern("\\d{4}");
                assertThat(s.length()).as(s).isLessThanOrEqualTo(60);
                var w = GeneralSolver.solve(new GeneralSolver.Request(k.task(), s, ""), s);
                w.ifPresent(x -> assertThat(x.answer()).as(s).doesNotContainPattern("\\d{5}"));
            }
        }
    }

    @Test
    void expressionTreesHaveTheShapesTheMenuLacks() {
        assertThat(draws(Trees::simplifyExpression, 200, 32)).anyMatch(s -> s.matches(".*\\d\\(.*\\d\\(.*\\).*\\).*")) // nested
                .anyMatch(s -> s.matches(".*[a-z]\\(.*")) // a letter times a bracket
                .anyMatch(s -> s.matches(".*[a-z][a-z].*") && !s.contains("(")) // like terms in ab
                .anyMatch(s -> s.chars().filter(Character::isLetter).distinct().count() == 3);
        assertThat(draws(Trees::expandExpression, 200, 33)).anyMatch(s -> s.matches("\\(.*\\)\\(.*\\)\\(.*\\)")) // three
                .anyMatch(s -> s.matches(".*\\)\\^2 - \\(.*")) // a square minus a product
                .anyMatch(s -> s.matches("\\([^)]*[a-z][^)]*[a-z][^)]*\\)\\^2")) // (2a - 3b)^2
                .anyMatch(s -> s.matches(".*\\) [-+] .*\\(.*")); // a term times a bracket plus another
        assertThat(draws(Trees::factorisable, 200, 34)).anyMatch(s -> s.matches("\\d+[a-z]\\^2 .*")) // leading coefficient
                .anyMatch(s -> s.matches(".*[a-z]\\^2 - \\d+[a-z]\\^2")) // two letters, difference of squares
                .anyMatch(s -> s.contains("^3"));
    }

    @Test
    void expressionAndSystemTreesVaryMoreThanTheirMenus() {
        assertThat(structuresSolvedAs(draws(Trees::expandExpression, 300, 35), Task.EXPAND, "", "expand-brackets"))
                .isGreaterThan(3 * structuresSolvedAs(draws(r -> Shapes.expand(r, "x"), 300, 35), Task.EXPAND, "",
                        "expand-brackets") / 2);
        assertThat(structuresSolvedAs(draws(Trees::factorisable, 300, 36), Task.FACTOR, "", "factorise-quadratic"))
                .isGreaterThan(2 * structuresSolvedAs(draws(r -> Shapes.factorise(r, "x"), 300, 36), Task.FACTOR, "",
                        "factorise-quadratic"));
        assertThat(structuresSolvedAs(draws(Trees::simplifyExpression, 300, 37), Task.SIMPLIFY, "", "simplify-expression"))
                .isGreaterThan(structuresSolvedAs(draws(r -> Shapes.simplify(r, "x"), 300, 37), Task.SIMPLIFY, "",
                        "simplify-expression"));
        assertThat(structuresSolvedAs(draws(r -> Trees.system(r, true), 300, 38), Task.SYSTEM, "", "system-substitution"))
                .isGreaterThan(structuresSolvedAs(draws(r -> Shapes.substitutionSystem(r, "x"), 300, 38), Task.SYSTEM, "",
                        "system-substitution"));
    }
}
