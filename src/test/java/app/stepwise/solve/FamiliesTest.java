package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every family: 1000 fresh problems, each solution verified step by step and its answer checked independently. */
class FamiliesTest {

    static Stream<Family> families() {
        return Solvers.families().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyGeneratedSolutionVerifies(Family family) {
        SplittableRandom random = new SplittableRandom(family.name().hashCode());
        List<String> failures = new ArrayList<>();
        Set<String> statements = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            var params = family.sample(random);
            int wording = i % family.wordings();
            Worked w;
            try {
                w = family.solve(params, wording);
            } catch (IllegalArgumentException e) {
                continue; // a draw outside the family (e.g. friction too strong): generate() redraws these
            }
            List<String> problems = Verifier.check(w);
            if (!problems.isEmpty() && failures.size() < 5)
                failures.add(w.statement() + " → " + w.mathLines() + " : " + problems);
            statements.add(w.statement());
            assertThat(w.steps()).allSatisfy(s -> {
                assertThat(s.text()).isNotBlank();
                assertThat(s.math()).isNotBlank();
                assertThat(s.operation()).isNotBlank();
            });
        }
        assertThat(failures).as(family.name()).isEmpty();
        assertThat(statements.size()).as("distinct problems").isGreaterThan(100);
    }

    @Test
    void thereAreAtLeast25FamiliesCoveringMathAndPhysics() {
        assertThat(Solvers.families()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(Solvers.families()).extracting(Family::subject).contains("math", "physics");
        assertThat(Solvers.families()).allSatisfy(f -> assertThat(f.wordings()).isGreaterThanOrEqualTo(8));
    }

    @Test
    void aBrokenSolutionIsCaught() {
        Family f = Solvers.family("linear-two-step").orElseThrow();
        Worked good = f.solve(Map.of("equation", "3x + 5 = 20", "variable", "x"), 0);
        List<Step> steps = new ArrayList<>(good.steps());
        steps.set(0, new Step("Subtract 5.", "3x = 20 - 5 = 16", "subtract-both-sides"));
        Worked bad = new Worked(good.family(), good.statement(), good.task(), good.start(), good.givens(), steps, "x = 16/3",
                good.answerKind(),
                good.skills(), good.params(), 0, Double.NaN);
        assertThat(Verifier.check(bad)).isNotEmpty();
        assertThat(Verifier.check(good)).isEmpty();
    }

    @Test
    void theSolverWorksFromAnyLinearEquation() {
        List<Step> steps = LinearSolver.steps("2(x + 3) = 5x - 9", "x");
        assertThat(steps).extracting(Step::math).containsExactly("2x + 6 = 5x - 9", "-3x + 6 = -9", "-3x = -9 - 6 = -15",
                "x = -15/(-3) = 5");
    }

    @Test
    void aFractionalSolutionEndsInLowestTerms() {
        assertThat(LinearSolver.steps("6n - 11 = 40", "n")).extracting(Step::math).last().isEqualTo("n = 51/6 = 17/2");
        assertThat(LinearSolver.steps("3x + 1 = 8", "x")).extracting(Step::math).last().isEqualTo("x = 7/3");
    }

    @Test
    void alternativeRoutesAreOtherValidWaysToTheSameAnswer() {
        Family two = Solvers.family("linear-two-step").orElseThrow();
        Worked w = two.solve(Map.of("equation", "3x + 6 = 21", "variable", "x"), 0);
        assertThat(AlternativeRoutes.of(w)).singleElement()
                .satisfies(route -> assertThat(route).extracting(Step::math).containsExactly("x + 2 = 7", "x = 7 - 2 = 5"));
        Family both = Solvers.family("linear-both-sides").orElseThrow();
        Worked b = both.solve(Map.of("equation", "2x + 3 = 5x - 9", "variable", "x"), 0);
        assertThat(AlternativeRoutes.of(b)).singleElement()
                .satisfies(route -> assertThat(route).extracting(Step::math).containsExactly("3 = 3x - 9", "12 = 3x", "4 = x"));
        int offered = 0;
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 300; i++) offered += AlternativeRoutes.of(Solvers.generate(both, r, 0)).size();
        assertThat(offered).isGreaterThan(50); // routes are common, and each one offered passed the step checker
    }
    /**
     * The cases first written for typed-in problems (a fall time, P = V²/R, a braking distance) verify from any sensible
     * givens. Since session 11 the generator draws them too, one one-formula problem in three of a family that has them
     * (phys11: the model failed on exactly those shapes), so that they reach the training corpus.
     */
    @Test
    void typedInCasesVerifyAndTheGeneratorDrawsThemToo() {
        SplittableRandom random = new SplittableRandom(15);
        int typedIn = 0;
        for (Family f : Solvers.families()) {
            if (!(f instanceof PhysicsFamilies.Formula formula) || f instanceof PhysicsFamilies.Friction) continue;
            long drawn = formula.cases.stream().filter(PhysicsFamilies.Case::drawn).count();
            assertThat(formula.cases.subList(0, (int) drawn)).as(f.name() + ": drawn cases first")
                    .allMatch(PhysicsFamilies.Case::drawn);
            int one = 0, typedInDrawn = 0;
            for (int i = 0; i < 300; i++) {
                Map<String, String> p = f.sample(random);
                if (p.containsKey(PhysicsChains.LINK)) continue; // a two-formula problem: "case" is its second formula's
                one++;
                if (Integer.parseInt(p.get("case")) >= drawn) typedInDrawn++;
            }
            if (drawn < formula.cases.size())
                assertThat(typedInDrawn).as(f.name()).isBetween(one / 5, one / 2);
            else
                assertThat(typedInDrawn).as(f.name()).isZero();
            for (int k = (int) drawn; k < formula.cases.size(); k++) {
                PhysicsFamilies.Case c = formula.cases.get(k);
                int solved = 0;
                for (int i = 0; i < 40; i++) {
                    Map<String, String> p = new java.util.LinkedHashMap<>(Map.of("case", Integer.toString(k)));
                    for (String g : c.givens()) {
                        PhysicsFamilies.QuantitySpec q = formula.quantities.get(g);
                        String v = PhysicsFamilies.draw(random, q);
                        p.put(g, q.unit().isEmpty() ? v : v + " " + q.unit());
                    }
                    Worked w;
                    try {
                        w = f.solve(p, 0);
                    } catch (IllegalArgumentException e) {
                        continue; // givens with no sensible answer (v < u for a positive distance)
                    }
                    assertThat(Verifier.check(w)).as(f.name() + " " + p + " " + w.mathLines()).isEmpty();
                    solved++;
                }
                assertThat(solved).as(f.name() + " " + c.formula() + " for " + c.unknown()).isGreaterThan(5);
                typedIn++;
            }
        }
        assertThat(typedIn).isGreaterThanOrEqualTo(15);
    }

    @Test
    void aBrakingAccelerationComesOutNegativeAndAResultantForceLessFriction() {
        Family accel = Solvers.family("acceleration").orElseThrow();
        Worked braking = accel
                .solve(Map.of("case", "0", "u", "12 m/s", "v", "4 m/s", "t", "2 s", PhysicsFamilies.TYPED_IN, "yes"), 0);
        assertThat(braking.answer()).matches("-4(\\.0+)? m/s\\^2");
        assertThat(Verifier.check(braking)).isEmpty();
        Family suvat = Solvers.family("suvat").orElseThrow();
        Worked stopping = suvat
                .solve(Map.of("case", "3", "u", "25 m/s", "v", "0 m/s", "a", "-5 m/s^2", PhysicsFamilies.TYPED_IN, "yes"), 0);
        assertThat(stopping.answer()).isEqualTo("62.5 m");
        assertThat(stopping.mathLines()).contains("s = (0^2 - 25^2)/(2 × (-5))");
        assertThat(Verifier.check(stopping)).isEmpty();
        // a generated problem keeps to positive answers (the generator draws again), so its problems stay as they were
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> accel.solve(Map.of("case", "0", "u", "12 m/s", "v", "4 m/s", "t", "2 s"), 0));
        // a mass or a time is never negative: no answer rather than a wrong one
        Family speed = Solvers.family("momentum").orElseThrow();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> speed.solve(Map.of("case", "1", "p", "-20 kg m/s", "m", "4 kg"), 0));
        Family friction = Solvers.family("friction-level").orElseThrow();
        Worked net = friction.solve(Map.of("case", "net", "m", "20 kg", "μ", "0.3", "F", "100 N"), 0);
        assertThat(net.answer()).isEqualTo("41.2 N");
        assertThat(Verifier.check(net)).isEmpty();
        Worked mu = friction.solve(Map.of("case", "coefficient", "m", "15 kg", "F", "60 N"), 0);
        assertThat(mu.answer()).isEqualTo("0.408");
        assertThat(Verifier.check(mu)).isEmpty();
    }
}
