package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The step solvers write results to their significant figures, trailing zeros included; givens as given. */
class NumberWritingTest {

    @ParameterizedTest(name = "{0} to {1} s.f. is {2}")
    @CsvSource(delimiter = '|', value = {"1.2 | 3 | 1.20", "1.2049 | 3 | 1.20", "2 | 3 | 2.00", "9.81 | 3 | 9.81",
            "-1.2 | 3 | -1.20", "1234 | 3 | 1230", "0.000123456 | 3 | 0.000123", "0.1 | 2 | 0.10", "19.996 | 3 | 20.0",
            "0 | 3 | 0", "-0.0001 | 1 | -0.0001"})
    void writesAResultToExactlyItsSignificantFigures(double value, int figures, String written) {
        assertThat(NumberWriting.sig(value, figures)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} up to {1} s.f. is {2}")
    @CsvSource(delimiter = '|', value = {"2 | 6 | 2", "9.81 | 6 | 9.81", "1.2 | 4 | 1.2", "1234.5678 | 6 | 1234.57",
            "0 | 6 | 0"})
    void writesAGivenWithoutClaimingFiguresItDoesNotHave(double value, int figures, String written) {
        assertThat(NumberWriting.upTo(value, figures)).isEqualTo(written);
    }

    @Test
    void aSolversAnswerIsWrittenToTheFiguresTheProblemAsks() {
        Worked w = new Worked("f", "s", Task.PHYSICS, "V", List.of(),
                List.of(new Step("Work it out.", "V = 8.80 V", "result")), "8.80 V", "quantity", List.of(),
                Map.of(), 0, 8.8);
        var twoFigures = new AnswerSpec.Quantity("8.8 V",
                Optional.empty(),
                Optional.of(new AnswerSpec.SigFigs(2, true)));
        Worked asked = Solvers.toFiguresAsked(w, twoFigures);
        assertThat(asked.answer()).isEqualTo("8.8 V");
        assertThat(asked.steps().get(0).math()).isEqualTo("V = 8.8 V");
        var atLeast = new AnswerSpec.Quantity("8.8 V",
                Optional.empty(),
                Optional.of(new AnswerSpec.SigFigs(2, false)));
        assertThat(Solvers.toFiguresAsked(w, atLeast).answer()).isEqualTo("8.80 V");
    }
}
