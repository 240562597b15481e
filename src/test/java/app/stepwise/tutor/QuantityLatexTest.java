package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LatexPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preview of a physics line: every number followed by a unit is set the same way, the number, a thin space and the
 * unit upright, never "98N" beside "29.4·N" or "2 k·g". What is checked is the line as typed; this is display only.
 */
class QuantityLatexTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            F = 98 N                 | F = 98\\,\\mathrm{N}
            F = 98N                  | F = 98\\,\\mathrm{N}
            W = 29.4 N               | W = 29.4\\,\\mathrm{N}
            m = 2 kg                 | m = 2\\,\\mathrm{kg}
            a = 3 m/s^2              | a = 3\\,\\mathrm{m}/\\mathrm{s}^{2}
            a = 6/2 = 3 m/s^2        | a = \\frac{6}{2} = 3\\,\\mathrm{m}/\\mathrm{s}^{2}
            F = 2 kg × 9.8 m/s^2     | F = 2\\,\\mathrm{kg} \\times 9.8\\,\\mathrm{m}/\\mathrm{s}^{2}
            E = 4.2×10^-3 J          | E = 4.2 \\times 10^{-3}\\,\\mathrm{J}
            R = 12 kΩ                | R = 12\\,\\mathrm{k}Ω
            p = 2 kg m/s             | p = 2\\,\\mathrm{kg} \\cdot \\mathrm{m}/\\mathrm{s}
            """)
    void aNumberWithAUnitIsANumberAThinSpaceAndTheUnitUpright(String line, String latex) {
        String shown = Checking.latex(line, true).orElseThrow();
        assertThat(shown).isEqualTo(latex);
        assertThat(LatexPolicy.checkFormula(shown)).as("the students' LaTeX rule allows it").isEmpty();
    }

    /** A newcomer saw "friction" in the preview beside the working as f·r·i·c·t·i·o·n. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            friction = 0.3 × 98 = 29.4 N      | \\text{friction} = 0.3 \\cdot 98 = 29.4\\,\\mathrm{N}
            friction = 0.3 × 98               | \\text{friction} = 0.3 \\cdot 98
            net force = 60 - 29.4 = 30.6 N    | \\text{net force} = 60 - 29.4 = 30.6\\,\\mathrm{N}
            force of friction = 0.3 × weight  | \\text{force of friction} = 0.3 \\times \\text{weight}
            weight = 2 kg × 9.8 m/s^2         | \\text{weight} = 2\\,\\mathrm{kg} \\times 9.8\\,\\mathrm{m}/\\mathrm{s}^{2}
            Fnet = 6 N                        | \\text{Fnet} = 6\\,\\mathrm{N}
            """)
    void aQuantityNamedInWordsIsSetAsWords(String line, String latex) {
        String shown = Checking.latex(line, true).orElseThrow();
        assertThat(shown).isEqualTo(latex);
        assertThat(LatexPolicy.checkFormula(shown)).as("the students' LaTeX rule allows it").isEmpty();
        assertThat(Checking.asMath(line, true)).as("a worked solution's or a hint's line").isEqualTo("$" + latex + "$");
    }

    /** Short runs of letters are symbols multiplied, as in algebra: mgh is m·g·h, KE is K·E. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PE = mgh                 | P \\cdot E = m \\cdot g \\cdot h
            m g h = 4                | m \\cdot g \\cdot h = 4
            """)
    void shortRunsOfLettersStaySymbols(String line, String latex) {
        assertThat(Checking.latex(line, true)).contains(latex);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            v = d/t                  | v = \\frac{d}{t}
            v = 900/180              | v = \\frac{900}{180}
            a = F/m                  | a = \\frac{F}{m}
            """)
    void aLineWithoutQuantitiesIsRenderedAsBefore(String line, String latex) {
        assertThat(Checking.latex(line, true)).contains(latex);
        assertThat(Checking.latex(line, false)).contains(latex);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3x = 15                  | 3 x = 15
            x = 3 s                  | x = 3 s
            """)
    void aMathProblemKeepsItsLettersAsVariables(String line, String latex) {
        assertThat(Checking.latex(line, false)).contains(latex);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            F = = 98 N
            F = 98 N)
            """)
    void aLineThatDoesNotReadStaysUnreadInThePreview(String line) {
        assertThat(Checking.latex(line, true)).isEmpty();
    }
}
