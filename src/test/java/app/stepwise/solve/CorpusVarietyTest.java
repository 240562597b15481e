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
