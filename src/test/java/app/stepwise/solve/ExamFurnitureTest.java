package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each variant of {@link ExamFurniture} takes what its reader was measured with, and the differences between them are
 * the ones its Javadoc names ("\n" in a text is a line break; the result is compared with its spaces folded).
 */
class ExamFurnitureTest {

    @ParameterizedTest(name = "{0}: \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            marks    | Solve 6x - 4 = 20. [2]                                    | Solve 6x - 4 = 20.
            marks    | Explain why ice floats. (3 marks)                         | Explain why ice floats.
            marks    | Work out 4 × (3) + 1.                                     | Work out 4 × (3) + 1.
            marks    | Q2b) Expand (x + 1)(x + 2).                               | Q2b) Expand (x + 1)(x + 2).
            marks    | Solve x/5 + 3 = 7. (2)\\nSolve 2x = 8.                    | Solve x/5 + 3 = 7. (2)\\nSolve 2x = 8.
            marks    | Work out 3 + 4. Total for question 3 is 4 marks           | Work out 3 + 4. Total for question 3 is 4 marks
            math     | Solve x/5 + 3 = 7. (2)\\nSolve 2x = 8.                    | Solve x/5 + 3 = 7.\\nSolve 2x = 8.
            math     | Work out 3 + 4. Total for question 3 is 4 marks           | Work out 3 + 4.
            math     | Question 6 (3 marks)\\nWork out 5/6 - 1/4.                | Work out 5/6 - 1/4.
            math     | Q2b) Expand (x + 1)(x + 2).                               | Expand (x + 1)(x + 2).
            math     | Q2 = 5. Find Q.                                           | Q2 = 5. Find Q.
            math     | Simplify \\sqrt[3]{8} + [2]                               | Simplify \\sqrt[3]{8} +
            physics  | Q4) A 3 kg mass falls 2 m. Show all your working.         | A 3 kg mass falls 2 m. .
            physics  | A car speeds up for 5 s (2). Find its speed to 3 s.f.     | A car speeds up for 5 s . Find its speed to
            physics  | The second part 40 seconds long                           | The second part 40 seconds long
            physics  | Question 3 (4 marks) Find the current.                    | Find the current.
            numbers  | Page 12, exercise 4.2.1: correct to 2 d.p.                | , :
            numbers  | Year 9 [2 marks] q3 Solve 2x = 6                          | Solve 2x = 6
            numbers  | Give it to 3 s.f. Q5b Solve 4x = 8                        | Give it Solve 4x = 8
            """)
    void eachVariantTakesItsOwnFurniture(String variant, String text, String left) {
        UnaryOperator<String> without = switch (variant) {
            case "marks" -> ExamFurniture::withoutMarks;
            case "math" -> ExamFurniture::withoutMathFurniture;
            case "physics" -> ExamFurniture::withoutPhysicsFurniture;
            case "numbers" -> ExamFurniture::withoutNumberedFurniture;
            default -> throw new IllegalArgumentException(variant);
        };
        String got = without.apply(text.replace("\\n", "\n"));
        assertThat(got.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n").strip()).isEqualTo(left.replace("\\n", "\n"));
    }
}
