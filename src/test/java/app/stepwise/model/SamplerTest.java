package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The samplers pick from the logits as their names say: the argmax, or only the nucleus, reproducibly from a seed. */
class SamplerTest {
    static final float[] LOGITS = {0f, 10f, 9.9f, -5f};

    @Test
    void greedyPicksTheLargestLogitAndTheFirstOnATie() {
        assertThat(Sampler.greedy().sample(LOGITS)).isEqualTo(1);
        assertThat(Sampler.greedy().sample(new float[]{3f, 7f, 7f})).isEqualTo(1);
        assertThat(Sampler.of(GenerationOptions.greedy(5))).extracting(s -> s.sample(LOGITS)).isEqualTo(1);
    }

    @Test
    void topPSamplesOnlyAmongTheMostLikelyTokensAndReachesEachOfThem() {
        Sampler s = Sampler.topP(1.0, 0.9, 7);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) seen.add(s.sample(LOGITS));
        assertThat(seen).containsExactlyInAnyOrder(1, 2); // 0 and 3 together hold well under 10 % of the mass
        Sampler narrow = Sampler.topP(1.0, 0.5, 7); // the top token alone holds more than half
        assertThat(IntStream.range(0, 500).map(i -> narrow.sample(LOGITS)).distinct().toArray()).containsExactly(1);
    }

    @Test
    void aTopPOfZeroStillPicksTheMostLikelyTokenInsteadOfFailing() {
        Sampler s = Sampler.topP(0.8, 0, 3);
        assertThat(IntStream.range(0, 50).map(i -> s.sample(LOGITS)).distinct().toArray()).containsExactly(1);
    }

    @Test
    void theSameSeedGivesTheSameTokens() {
        float[] flat = new float[50]; // every token equally likely: the seed alone decides
        List<Integer> a = IntStream.range(0, 40).map(i -> 0).boxed().toList();
        Sampler first = Sampler.topP(1.0, 1.0, 42), second = Sampler.topP(1.0, 1.0, 42), other = Sampler.topP(1.0, 1.0, 43);
        List<Integer> x = a.stream().map(i -> first.sample(flat)).toList();
        List<Integer> y = a.stream().map(i -> second.sample(flat)).toList();
        List<Integer> z = a.stream().map(i -> other.sample(flat)).toList();
        assertThat(x).isEqualTo(y).isNotEqualTo(z);
        assertThat(new HashSet<>(x)).hasSizeGreaterThan(10);
    }
}
