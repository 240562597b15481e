package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderLanguageTest {

    /** Spanish typed-in problems read to the right answer, out-of-scope ones and numbers that read two ways left unread. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/tutor/reader-spanish.csv", delimiter = '|', numLinesToSkip = 1)
    void readsSpanishProblemsToTheRightAnswerOrNotAtAll(String cause, String text, String kind, String answer) {
        new ProblemReaderTest().aReadingOfADifferentProblemIsNeverVerified(cause, text, kind, answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Solve 3x + 5 = 20", "José runs 100 m in 12 s. What is his speed?",
            "A crate of mass 1,200 kg is pulled along. Find a if F = 600 N.", "Make a the subject of v = u + at",
            "Find y if 2y = 6 and simplify", "Calculate the derivative of x^2 with a calculator", "Differentiate (x + 1)^2",
            "The hall is 12 m long and 8 m wide. Find its area."})
    void leavesEnglishTextAsItIs(String english) {
        assertThat(ReaderLanguage.inEnglish(english)).contains(english);
    }

    @Test
    void readsYAsAWordOnlyBetweenWords() {
        assertThat(ReaderLanguage.inEnglish("Resuelve el sistema x + y = 10 y x - y = 4").orElseThrow())
                .contains("x + y = 10 and x - y = 4");
        assertThat(ReaderLanguage.inEnglish("Halla y si 2y = 6").orElseThrow()).startsWith("find y if 2y = 6");
    }

    @Test
    void readsASineWrittenAgainstItsLetterOrANumberAndLeavesTheWordSeno() {
        assertThat(ReaderLanguage.inEnglish("deriva senx").orElseThrow()).isEqualTo("differentiate sinx");
        assertThat(ReaderLanguage.inEnglish("deriva 3sen(x) + sen2x").orElseThrow()).isEqualTo("differentiate 3sin(x) + sin2x");
        assertThat(ReaderLanguage.inEnglish("halla el seno de x").orElseThrow()).contains("sine of x");
    }

    @Test
    void aShortWordOfTheTableTypedWithItsAccentMarksTheTextAsSpanish() {
        assertThat(ReaderLanguage.inEnglish("x más 5 es 12").orElseThrow()).isEqualTo("x plus 5 is 12");
        assertThat(ReaderLanguage.inEnglish("x mas 5").orElseThrow()).isEqualTo("x mas 5"); // without it, one word is no proof
    }

    @Test
    void readsADecimalCommaAsADecimalPoint() {
        assertThat(ReaderLanguage.inEnglish("Una masa de 2,5 kg y una de 0,500 kg").orElseThrow())
                .contains("2.5 kg").contains("0.500 kg");
    }

    @Test
    void refusesAThousandsSeparatorThatReadsTwoWays() {
        assertThat(ReaderLanguage.inEnglish("Un coche de 1,500 kg va a 20 m/s")).isEmpty();
        assertThat(ReaderLanguage.inEnglish("Un coche de 1.500 kg va a 20 m/s")).isEmpty();
    }

    @Test
    void accentsAreOptional() {
        assertThat(ReaderLanguage.inEnglish("Calcula la energia cinetica").orElseThrow())
                .isEqualTo(ReaderLanguage.inEnglish("Calcula la energía cinética").orElseThrow());
    }

    /** A Spanish typed-in problem opens with its worked solution in Spanish when the student's language is Spanish. */
    @Test
    void aSpanishProblemIsWorkedInSpanish() {
        Locale es = Locale.forLanguageTag("es");
        TypedProblem.Result r = TypedProblem.read("Resuelve 3x + 5 = 20", es);
        assertThat(r.pack()).isPresent();
        var problem = r.pack().get().problems().get(0);
        assertThat(problem.solution()).isNotEmpty();
        assertThat(problem.solution().get(0).text()).startsWith("Resta 5");
        assertThat(r.reading().in(es)).contains("3x + 5 = 20");
        assertThat(r.reading().in(es)).isNotEqualTo(r.reading().english());
        Optional<ProblemReader.Reading> physics = ProblemReader
                .read("Un coche recorre 120 km en 2 horas. ¿Cuál es su velocidad media?");
        assertThat(physics).isPresent();
        assertThat(physics.get().worked().steps()).allSatisfy(s -> assertThat(s.said().key()).isNotEqualTo("verbatim"));
    }
}
