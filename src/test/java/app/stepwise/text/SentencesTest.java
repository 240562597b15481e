package app.stepwise.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model's step sentences are the solvers' English words; recognised, they are shown in the student's language (a
 * Spanish student was shown "Pista 2: Expand the brackets and collect like terms." in English).
 */
class SentencesTest {
    private static final Locale ES = Locale.forLanguageTag("es");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Expand the brackets and collect like terms.|Quita los paréntesis y agrupa los términos semejantes.",
            "Subtract 2x from both sides to bring the x-terms together.|Resta 2x en los dos lados para juntar los términos en x.",
            "Divide both sides by 4.|Divide los dos lados entre 4.",
            "Product rule: (uv)' = u'v + uv' with u = x^2 and v = sin(x).|Regla del producto: (uv)' = u'v + uv' con u = x^2 y v = sin(x)."})
    void aSolversSentenceIsShownInTheReadersLanguage(String english, String spanish) {
        Message said = Sentences.recognise(english, "step.");
        assertThat(said.key()).isNotEqualTo(Message.VERBATIM);
        assertThat(said.in(ES)).isEqualTo(spanish);
        assertThat(said.english()).isEqualTo(english);
    }

    @Test
    void aSentenceNoKeyMatchesStaysAsWritten() {
        String own = "Now think about what the bracket means.";
        Message said = Sentences.recognise(own, "step.");
        assertThat(said).isEqualTo(Message.verbatim(own));
        assertThat(said.in(ES)).isEqualTo(own);
    }

    @Test
    void aPatternOfArgumentsAloneMatchesNothing() {
        // step.shown is "{0}   {1}": it must not swallow a sentence of the model's own
        assertThat(Sentences.recognise("x   = 5", "step.").key()).isEqualTo(Message.VERBATIM);
    }
}
