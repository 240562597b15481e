package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * rev17's review of session 16: a factor written as a bracketed letter ("(x) (x + 5)") read as an item label, and a
 * second value after the answer ("x = 3 (or x = 5)") read as the student's check. The rows are in
 * {@code src/test/resources/grade/answers-box-rev17.tsv} (run by {@link AnswerBoxTableTest}) and
 * {@code student-lines-rev17.tsv} (run by {@link StudentLinesTableTest}).
 */
class Rev17FixesTest {

    /** The Spanish screen is told the decimal as it writes it (1,5), never 1,500 again or 1.500 (fifteen hundred there). */
    @Test
    void aThousandsOrDecimalQuestionInSpanishNamesTheDecimalWithAComma() {
        Locale spanish = Locale.forLanguageTag("es");
        AnswerSpec spec = new AnswerSpec.Numeric("1500", Tolerance.EXACT, Optional.empty(), Optional.empty());
        String said = AnswerChecker.check(spec, "1,500", spanish).said().in(spanish);
        assertThat(said).contains("el decimal 1,5 o", "escribe 1,5 para el decimal").doesNotContain("1.5");
    }
}
