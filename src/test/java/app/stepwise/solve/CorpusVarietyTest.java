package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The corpus's variety: frames per pool, held-out frames, letters, surface forms, out-of-scope problems, readings. */
class CorpusVarietyTest {

    @SuppressWarnings("unchecked")
    static List<List<String>> pools() throws IllegalAccessException {
        List<List<String>> pools = new ArrayList<>();
        for (Field f : Frames.class.getDeclaredFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == List.class && !f.getName().equals("DISTRACTORS"))
                pools.add((List<String>) f.get(null));
        return pools;
    }

    @Test
    void everyFramePoolHasAtLeastThirtyDistinctFrames() throws Exception {
        assertThat(pools()).hasSizeGreaterThanOrEqualTo(10);
        for (List<String> pool : pools()) {
            assertThat(pool).hasSizeGreaterThanOrEqualTo(30);
            assertThat(new HashSet<>(pool)).hasSameSizeAs(pool);
        }
        assertThat(Solvers.families()).allSatisfy(f -> assertThat(f.wordings()).isGreaterThanOrEqualTo(30));
    }

    @Test
    void heldOutFramesNeverReachTrainingOrValidation() {
        var families = Solvers.families();
        for (int i = 0; i < 400; i++) {
            Map<String, Object> rec = Corpus.record(99, i, families);
            Family f = Solvers.family((String) rec.get("family")).orElseThrow();
            boolean held = f.heldOut((Integer) rec.get("wording"));
            assertThat(rec.get("split").equals("test-wording")).as(rec.get("problem").toString()).isEqualTo(held);
        }
        assertThat(Solvers.family("linear-two-step").orElseThrow().heldOut(Frames.SOLVE.size() - 1)).isTrue();
        assertThat(Solvers.family("linear-two-step").orElseThrow().heldOut(0)).isFalse();
    }

    @Test
    void unknownsUseManyLettersAndTheAnswerKeepsTheLetter() {
        var families = Solvers.families();
        Set<String> letters = new HashSet<>();
        for (int i = 0; i < 1200; i++) {
            Map<String, Object> rec = Corpus.record(7, i, families);
            if (!"solve".equals(rec.get("task")) || rec.get("family").equals("rearrange-formula")) continue;
            String unknown = (String) rec.get("unknown");
            letters.add(unknown);
            assertThat((String) rec.get("answer")).startsWith(unknown + " =");
        }
        assertThat(letters).hasSizeGreaterThanOrEqualTo(10);
    }

    /**
     * The teacher writes as a teacher would: never a power of one ({@code 2x^1}, {@code w^1 e^w}) and never a step that
     * leaves the line as it was ("Tidy up the signs" with nothing to tidy). Found in 2.4.0's hints, which copied both.
     */
    @Test
    void theTeacherNeverWritesAPowerOfOneOrAStepThatChangesNothing() {
        var families = Solvers.families();
        java.util.regex.Pattern powerOfOne = java.util.regex.Pattern.compile("\\^1(?![0-9.])");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < 6000 && found.size() < 5; i++) {
            Worked w = Corpus.worked(11, i, families);
            // the start counts as a line written before only where the problem shows it as it is (not "60% of 150")
            String before = w.statement().contains(w.start()) ? w.start() : null;
            for (Step s : w.steps()) {
                if (powerOfOne.matcher(s.math()).find()) found.add(w.statement() + " → " + s.math());
                if (s.math().equals(before)) found.add(w.statement() + " → unchanged step " + s.math());
                before = s.math();
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * Physics givens come as textbooks write them, not only as whole numbers on a grid: decimals, two or three
     * significant figures, and other units than SI (issue 16, session 10).
     */
    @Test
    void physicsGivensAreDecimalsAndOtherUnitsOften() {
        var physics = Solvers.families().stream().filter(f -> f.subject().equals("physics")).toList();
        int givens = 0, decimals = 0, notSi = 0;
        for (int i = 0; i < 3000; i++) {
            Worked w = Corpus.worked(13, i, physics);
            for (var g : w.givens()) {
                givens++;
                String number = g.value().split(" ")[0];
                if (number.contains(".") && !number.endsWith(".5")) decimals++; // 12.5 kg was on the old grid already
                if (w.steps().stream()
                        .anyMatch(s -> s.operation().equals("convert-units") && s.math().startsWith(g.symbol() + " =")))
                    notSi++;
            }
        }
        assertThat(decimals).as("decimal givens (not halves) of %d", givens).isGreaterThan(givens / 4);
        assertThat(notSi).as("givens in another unit than SI of %d", givens).isGreaterThan(givens / 10);
    }

    /**
     * Some generated physics questions ask for another unit than SI's ("Give your answer in km/h."): their answer is in
     * that unit, of a size people write, and the restatement the tutor gives the model asks for it too (session 10).
     */
    @Test
    void somePhysicsQuestionsAskForAnotherUnitAndAreAnsweredInIt() {
        var physics = Solvers.families().stream().filter(f -> f.subject().equals("physics")).toList();
        int asked = 0, n = 3000;
        for (int i = 0; i < n; i++) {
            Worked w = Corpus.worked(17, i, physics);
            String unit = w.params().get(PhysicsFamilies.UNIT_ASKED);
            if (unit == null) continue;
            asked++;
            // the register wrappers may drop the full stop or add a word after it ("… in km/h thanks", session 11)
            assertThat(w.statement()).containsPattern(" in " + java.util.regex.Pattern.quote(unit) + "(?![\\p{L}/^0-9])");
            assertThat(w.answer()).endsWith(" " + unit);
            double number = Double.parseDouble(w.answer().split(" ")[0]);
            assertThat(number).as(w.answer()).isBetween(0.5, 10000.0);
            assertThat(Verifier.check(w)).as(w.statement()).isEmpty();
            Restate.plainly(w, w.start()).ifPresent(again -> assertThat(again).contains(" in " + unit + "."));
        }
        assertThat(asked).isBetween(n / 40, n / 5);
    }

    @Test
    void surfaceChangesKeepTheSolutionVerified() {
        Family quad = Solvers.family("quadratic-factoring").orElseThrow();
        SplittableRandom r = new SplittableRandom(5);
        int renamed = 0, swapped = 0;
        for (int i = 0; i < 200; i++) {
            Worked w = Solvers.generate(quad, r, 0);
            Worked v = Surface.renameLetters(w, r);
            if (v != w) {
                renamed++;
                assertThat(Verifier.check(v)).isEmpty();
                assertThat(v.answer()).doesNotContain("x");
            }
            Worked s = Surface.swapSides(w);
            if (s != w) {
                swapped++;
                assertThat(s.start()).endsWith("= " + w.start().substring(0, w.start().indexOf('=')).strip());
                assertThat(Verifier.check(s)).isEmpty();
            }
        }
        assertThat(renamed).isGreaterThan(100);
        assertThat(swapped).isGreaterThan(100);
    }

    @Test
    void unicodeAndTightSpacingAppearOnlyInTheText() {
        SplittableRandom r = new SplittableRandom(11);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) seen.add(Surface.mathSurface("Solve 3x^2 - 5 = 7 - x.", r));
        assertThat(seen).anyMatch(s -> s.contains("−")).anyMatch(s -> s.contains("²")).anyMatch(s -> s.contains("3x²-5"));
    }

    @Test
    void unitsAreSpeltOutAsTeachersWriteThem() {
        assertThat(UnitWords.spell("8 Ω")).isEqualTo("8 ohms");
        assertThat(UnitWords.spell("1 kg")).isEqualTo("1 kilogram");
        assertThat(UnitWords.spell("4 m/s")).isEqualTo("4 metres per second");
        assertThat(UnitWords.spell("0.3")).isEqualTo("0.3");
    }

    @Test
    void outOfScopeProblemsAreFamilyNoneAndSomeAreHeldOut() {
        Set<String> splits = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Object> rec = Corpus.outOfScope(3, i);
            assertThat(rec.get("family")).isEqualTo("none");
            // no frame placeholder left ({a}); LaTeX braces such as e^{a} or \\sqrt{a} are math
            assertThat((String) rec.get("problem")).doesNotContainPattern("(?<![\\^\\w}])\\{[abc]\\}");
            splits.add((String) rec.get("split"));
        }
        assertThat(splits).contains("train", "test-wording");
        assertThat(OutOfScope.kinds()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void twoResistorsSayHowTheyAreConnected() {
        Family f = Solvers.family("resistors").orElseThrow();
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 50; i++) {
            Worked w = Solvers.generate(f, r, 0);
            assertThat(w.statement()).containsAnyOf("in series", "in parallel");
            assertThat(w.statement().contains("in parallel")).isEqualTo(w.mathLines().get(0).startsWith("1/R"));
        }
    }
}
