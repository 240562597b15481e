package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Formulas to rearrange grown from a grammar (session 10): varied, reproducible, and rearranged by the general solver. */
class FormulasTest {

    /** Every formula of the rearrange-formula family's table, with its written steps, verifies (session 17 added ten). */
    @Test
    void everyRearrangementInTheFamilysTableVerifies() {
        var family = new AlgebraFamilies.Rearrange();
        for (AlgebraFamilies.Rearrangement f : AlgebraFamilies.FORMULAS) {
            Worked w = family.solve(java.util.Map.of("formula", f.formula(), "subject", f.subject()), 0);
            assertThat(Verifier.check(w)).as(f.formula() + " for " + f.subject()).isEmpty();
            assertThat(w.answer()).as(f.formula()).startsWith(f.subject() + " = ");
        }
        assertThat(AlgebraFamilies.FORMULAS).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void theSameSeedGivesTheSameFormulas() {
        SplittableRandom a = new SplittableRandom(5), b = new SplittableRandom(5);
        for (int i = 0; i < 50; i++) assertThat(Formulas.formula(a, "x")).isEqualTo(Formulas.formula(b, "x"));
    }

    @Test
    void almostEveryFormulaIsRearrangedAndVerifiedAndTheyVary() {
        SplittableRandom r = new SplittableRandom(11);
        Set<String> distinct = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        int solved = 0, n = 300;
        for (int i = 0; i < n; i++) {
            String s = i % 3 == 0 ? "x" : String.valueOf("sgjz".charAt(i % 4));
            String f = Formulas.formula(r, s);
            distinct.add(f);
            shapes.add(f.replaceAll("[A-Za-z]", "L").replaceAll("\\d+", "N"));
            var w = GeneralSolver.solve(new GeneralSolver.Request(Task.SOLVE, f, s, "", ""),
                    "Make " + s + " the subject of " + f + ".");
            if (w.isPresent() && w.get().family().equals("rearrange-formula")) {
                solved++;
                assertThat(Verifier.check(w.get())).as(f).isEmpty();
                assertThat(w.get().answer()).as(f).startsWith(s + " = ");
            }
        }
        assertThat(solved).isGreaterThan(n * 9 / 10);
        assertThat(distinct).hasSizeGreaterThan(n * 9 / 10);
        assertThat(shapes).as("structures, letters and numbers aside").hasSizeGreaterThan(40);
    }

    @Test
    void theSubjectAppearsOnceAndFormulasStaySmall() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            String f = Formulas.formula(r, "x");
            assertThat(f.replaceAll("[^x]", "")).as(f).hasSize(1);
            assertThat(f.length()).as(f).isLessThan(60);
            assertThat(f).as(f).containsOnlyOnce("=");
        }
    }
}
