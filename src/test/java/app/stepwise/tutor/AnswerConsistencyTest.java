package app.stepwise.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a model's answer line says what its last step says (the answer shown is the one checked). */
class AnswerConsistencyTest {

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            x = 5                        | x = 15/3 = 5          | true
            x = 5                        | x = 15/3 = 6          | false
            12 m/s                       | v = 36/3 = 12 m/s     | true
            1200 W                       | P = 6000/5 = 1.2 kW   | true
            m = 1 + √5 or m = 1 - √5     | m = 1 ± √5            | true
            m = 1 - √5 or m = 1 + √5     | m = (2 ± √20)/2       | true
            m = 1 ± √5                   | m = 1 + √5 or m = 1 - √5 | true
            x = 3 or x = -3              | x = ±3                | true
            m = 1 + √5 or m = 1 - √5     | m = 1 ± √6            | false
            m = 1 + √5                   | m = 1 ± √5            | false
            x = 3                        | x = ±3                | false
            x = 3 or x = -3              | x = ±4                | false
            x = -1 or x = -5             | x + 1 = 0 or x + 5 = 0 | false
            x = -1 or x = -5             | x = -1 or x = -5      | true
            x = -5                       | x = -1 or x = -5      | false
            x = ±3                       | x = 3, x = -3         | true
            x = 3, x = -3                | x = ±3                | true
            x = 3, y = -3                | x = ±3                | false
            x = 3 or x = -3 or x = 5     | x = ±3                | false
            x = 3 or x = -3              | x = 3                 | false
            x = ±3                       | x = 3                 | false
            y = 3 or y = -3              | x = ±3                | false
            x = 2 or x = 3               | x - 2 = 0 or x - 3 = 0 | false
            """)
    void anAnswerAgreesWithTheLastStepOnlyWhenItSaysTheSame(String answer, String last, boolean agrees) {
        assertEquals(agrees, AnswerConsistency.agrees(answer, last));
    }
}
