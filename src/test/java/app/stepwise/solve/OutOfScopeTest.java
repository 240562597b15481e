package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutOfScopeTest {
    private static final int N = 5000;

    @Test
    void theSameSeedWritesTheSameProblemsAndAnotherSeedOthers() {
        int differ = 0;
        for (int i = 0; i < 500; i++) {
            assertThat(Corpus.outOfScope(11, i)).isEqualTo(Corpus.outOfScope(11, i));
            if (!Corpus.outOfScope(11, i).get("problem").equals(Corpus.outOfScope(12, i).get("problem"))) differ++;
        }
        assertThat(differ).isGreaterThan(450);
    }

    @Test
    void manyDrawsGiveThousandsOfDistinctProblemsFromEverySubKind() {
        Set<String> problems = new HashSet<>();
        Set<Object> kinds = new HashSet<>();
        for (int i = 0; i < N; i++) {
            Map<String, Object> rec = Corpus.outOfScope(5, i);
            problems.add((String) rec.get("problem"));
            kinds.add(rec.get("wording"));
        }
        assertThat(problems).hasSizeGreaterThan(N * 9 / 10);
        assertThat(kinds).hasSize(OutOfScope.kinds().size());
        assertThat(OutOfScope.kinds()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void nearMissesAreDrawnTwiceAsOftenAsTheOtherSubKinds() {
        List<OutOfScope.Kind> kinds = OutOfScope.kinds();
        int total = kinds.stream().mapToInt(OutOfScope.Kind::weight).sum();
        int nearWeight = kinds.stream().filter(k -> k.weight() == 2).mapToInt(OutOfScope.Kind::weight).sum();
        assertThat(kinds).allSatisfy(k -> assertThat(k.weight()).isBetween(1, 2));
        assertThat(kinds.stream().filter(k -> k.weight() == 2).map(OutOfScope.Kind::name))
                .contains("written-like-linear", "second-derivative", "terse-near-misses", "exponential");
        int near = 0, draws = 20_000;
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < draws; i++) if (kinds.get(OutOfScope.pick(r)).weight() == 2) near++;
        assertThat(near / (double) draws).isCloseTo(nearWeight / (double) total, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void eachSubKindWritesManyDifferentProblems() {
        for (int k = 0; k < OutOfScope.kinds().size(); k++) {
            Set<String> seen = new HashSet<>();
            SplittableRandom r = new SplittableRandom(k);
            for (int j = 0; j < 200; j++) seen.add(OutOfScope.write(k, r));
            assertThat(seen).as(OutOfScope.kinds().get(k).name()).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theTopicsOutsideEveryFamilyAreAllThere() {
        Set<String> topics = new HashSet<>();
        for (OutOfScope.Kind k : OutOfScope.kinds()) topics.add(k.topic());
        assertThat(topics).contains("integrals", "equations", "inequalities", "polynomials", "systems", "geometry",
                "trigonometry", "probability", "statistics", "sequences", "matrices", "vectors", "limits", "complex",
                "calculus", "proof", "number-theory", "percentages-beyond", "ratio", "units", "graphs", "physics",
                "chemistry", "not-math", "worksheet", "stories", "number-skills", "algebra-beyond");
    }

    @Test
    void heldOutSubKindsNeverReachTrainingOrValidation() {
        Set<Object> heldOutSeen = new HashSet<>();
        for (int i = 0; i < N; i++) {
            Map<String, Object> rec = Corpus.outOfScope(9, i);
            int k = (Integer) rec.get("wording");
            if (OutOfScope.heldOut(k)) {
                assertThat(rec.get("split")).as((String) rec.get("problem")).isEqualTo("test-wording");
                heldOutSeen.add(k);
            } else {
                assertThat(rec.get("split")).isIn("train", "validation");
            }
        }
        long heldOut = OutOfScope.kinds().stream().filter(OutOfScope.Kind::heldOut).count();
        assertThat(heldOutSeen).hasSize((int) heldOut);
        assertThat(heldOut).isBetween(8L, OutOfScope.kinds().size() / 4L);
    }

    @Test
    void problemsAreWrittenOutInFull() {
        for (int i = 0; i < N; i++) {
            Map<String, Object> rec = Corpus.outOfScope(4, i);
            String p = (String) rec.get("problem");
            assertThat(p).as(p).doesNotContain("null", "  ", "+ -", "+ −", "--").isNotBlank();
            assertThat(rec.get("family")).isEqualTo("none");
            assertThat(rec.get("steps")).isEqualTo(List.of());
        }
    }
}
