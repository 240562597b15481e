package app.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Knowledge tracing against values worked out by hand (the arithmetic is in each row's comment). */
class BktTest {

    @ParameterizedTest(name = "P(L)={0}, correct={1}, init/learn/slip/guess={2}/{3}/{4}/{5} -> {6}")
    @CsvSource({
            // 0.3·0.9 = 0.27; 0.7·0.2 = 0.14; 0.27/0.41 = 0.658537; + 0.341463·0.15 = 0.709756
            "0.30, true,  0.30, 0.15, 0.10, 0.20, 0.709756",
            // 0.3·0.1 = 0.03; 0.7·0.8 = 0.56; 0.03/0.59 = 0.050847; + 0.949153·0.15 = 0.193220
            "0.30, false, 0.30, 0.15, 0.10, 0.20, 0.193220",
            // 0.25·0.9 = 0.225; 0.75·0.2 = 0.15; 0.225/0.375 = 0.6; + 0.4·0.15 = 0.66
            "0.25, true,  0.25, 0.15, 0.10, 0.20, 0.660000",
            // 0.66·0.9 = 0.594; 0.34·0.2 = 0.068; 0.594/0.662 = 0.897281; + 0.102719·0.15 = 0.912689
            "0.66, true,  0.25, 0.15, 0.10, 0.20, 0.912689",
            // learn 0: the posterior only. 0.5·0.8 = 0.4; 0.5·0.25 = 0.125; 0.4/0.525 = 0.761905
            "0.50, true,  0.50, 0.00, 0.20, 0.25, 0.761905",
            // 0.5·0.2 = 0.1; 0.5·0.75 = 0.375; 0.1/0.475 = 0.210526
            "0.50, false, 0.50, 0.00, 0.20, 0.25, 0.210526",
    })
    void updatesByBayesRuleThenLearning(double known, boolean correct, double init, double learn, double slip, double guess,
            double expected) {
        assertThat(new Bkt(init, learn, slip, guess).update(known, correct)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void fourRightFirstAttemptsFromTheDefaultsReachMastery() {
        // by hand: 0.25 -> 0.66 -> 0.912689 -> (0.821420 / 0.838882 = 0.979184; + 0.020816·0.15) 0.982306
        double p = Bkt.DEFAULT.init();
        p = Bkt.DEFAULT.update(p, true);
        p = Bkt.DEFAULT.update(p, true);
        assertThat(p).isLessThan(Bkt.MASTERED);
        p = Bkt.DEFAULT.update(p, true);
        assertThat(p).isCloseTo(0.982306, within(1e-6)).isGreaterThanOrEqualTo(Bkt.MASTERED);
    }

    @Test
    void aWrongAnswerLowersAndARightOneRaisesTheEstimate() {
        for (double p = 0.05; p < 1; p += 0.1) {
            assertThat(Bkt.DEFAULT.update(p, true)).isGreaterThan(p);
            assertThat(Bkt.DEFAULT.update(p, false)).isLessThan(Bkt.DEFAULT.update(p, true));
        }
    }

    @Test
    void parametersOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new Bkt(0.2, 0.1, 0.6, 0.2)).hasMessageContaining("slip");
        assertThatThrownBy(() -> new Bkt(1.2, 0.1, 0.1, 0.2)).hasMessageContaining("init");
    }
}
