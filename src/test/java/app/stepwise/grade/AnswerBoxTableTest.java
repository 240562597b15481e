package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import app.stepwise.math.CaseTables;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer box as students fill it in (ans15, written by hand): a value written the ways students write it, and
 * wrong answers written to look right (a false step before the answer, a disclaimer, a decimal comma). The table is
 * {@code src/test/resources/cases/answers-box-15.csv}; its header says how to read and extend it.
 */
class AnswerBoxTableTest {

    static List<Arguments> table() {
        return CaseTables.read("answers-box-15.csv");
    }

    @ParameterizedTest(name = "{0} {1} [{2}] ← \"{3}\": {4}")
    @MethodSource("table")
    void gradesAsTheTableSays(String kind, String expected, String options, String response, String verdict) {
        Grade g = graded(kind, expected, options, response);
        assertThat(AnswerCheckerTest.verdictOf(g)).as("%s → %s", response, g).isEqualTo(verdict);
        assertThat(g.message()).isNotBlank();
    }

    /** A row's answer spec (no tolerance, form or figures) and its screen language (options "lang=es": Spanish), graded. */
    static Grade graded(String kind, String expected, String options, String response) {
        Locale language = options.contains("lang=es") ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        AnswerSpec spec = switch (kind) {
            case "equation" -> new AnswerSpec.Equation(expected);
            case "set" -> new AnswerSpec.SolutionSet(expected);
            case "expression" -> new AnswerSpec.Expression(expected, Optional.empty());
            case "numeric" -> new AnswerSpec.Numeric(expected, Tolerance.EXACT, Optional.empty(), Optional.empty());
            case "quantity" -> new AnswerSpec.Quantity(expected, Tolerance.DEFAULT_RELATIVE, Optional.empty(), false);
            default -> throw new IllegalArgumentException(kind);
        };
        return AnswerChecker.check(spec, response, language);
    }
}
