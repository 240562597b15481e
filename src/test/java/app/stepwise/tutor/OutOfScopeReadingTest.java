package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.solve.Corpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The deterministic reader refuses the corpus's out-of-scope problems, and still reads their in-scope neighbours. */
class OutOfScopeReadingTest {

    @Test
    void noGeneratedOutOfScopeProblemIsReadAsAFamily() {
        List<String> read = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String problem = (String) Corpus.outOfScope(21, i).get("problem");
            ProblemReader.read(problem).ifPresent(r -> read.add(r.family() + ": " + problem));
        }
        assertThat(read).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Differentiate x^3 - 4x twice.", "What is the antiderivative of 3x² − 2x − 5?",
            "Solve $-6x + 9 \\le 9$.", "Solve $x^{2} - x \\ge 0$.", "Evaluate $\\int_{1}^{3} (6x^{2} + 5x - 4) dx$.",
            "d^2/dx^2 (3x^4)", "The roots of x² − 8x + 15 = 0 are α and β. Find α² + β².",
            "Find the perimeter of a semicircle of diameter 16 m. Take your time.", "What is 65 inches in centimetres?",
            "A 50 N force acts 7 m from a pivot. Find the moment of the force.",
            "A spring stretches 6 cm when a 3 N weight hangs on it. Find the spring constant.",
            "y is inversely proportional to x. When x = 6, y = 7. Work out y when x = 7.",
            "Divide (-8 + 2i) by (8 - 2i) and write the answer in the form a + bi.",
            "What is the pH of a solution with hydrogen ion concentration 1 × 10^-5 mol/dm³?",
            "Complete the decay equation: uranium-238 emits an alpha particle. What nucleus is left?",
            "Use the factor theorem to show whether (x + 3) is a factor of 2x^3 + 2x^2 + 6x + 8.",
            "Solve for x, y, z given x + y + z = 6, x - y + z = 2 and 2x + y - z = 1.", "try this. what is photosynthesis?",
            "Given f(x) = 2x and g(x) = x^2, find fg(-2).",
            "Our homework is on differentiation. If f(x) = 2x³ + 8x² − 6, what is f''(x)?", "Find y″ when y = x^4.",
            "two forces of 10 n and 10 n act at right angles. give the resultant force."})
    void refusesNearMissesOutsideEveryFamily(String text) {
        assertThat(ProblemReader.read(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Differentiate 3x^4.|derivative-power-rule", "Solve $2x + 3 = 9$.|linear-two-step",
            "try this. solve 2x + 3 = 9|linear-two-step",
            "A ball is dropped from a height of 20 m. How long does it take to fall? Take your time.|free-fall",
            "Make l the subject of P = 2l + 2w.|rearrange-formula", "Solve x^2 - 8x + 15 = 0.|quadratic-factoring",
            "Differentiate the composite function (3x + 1)^4.|derivative-chain-rule"})
    void stillReadsTheirNeighboursInsideAFamily(String text, String family) {
        assertThat(ProblemReader.read(text)).as(text).hasValueSatisfying(r -> assertThat(r.family()).isEqualTo(family));
    }
}
