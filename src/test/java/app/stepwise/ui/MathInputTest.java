package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pasted text is cleaned to what the engine reads; formulas are spoken as plain text. */
class MathInputTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"'3x\t=\u00a015'|3x = 15", "'2x \u2212 4 = 10'|2x - 4 = 10",
            "'x = 5\u200b'|x = 5", "'a\u0007b'|ab"})
    void pastedTextIsCleaned(String pasted, String expected) {
        assertThat(MathInput.clean(pasted, true)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"'3x = 15\r\nx = 5'|true|'3x = 15\nx = 5'", "'3x = 15\r\nx = 5'|false|3x = 15 x = 5"})
    void theAnswerBoxTakesOneLine(String pasted, boolean multiline, String expected) {
        assertThat(MathInput.clean(pasted, multiline)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aBoxKeepsWhatFitsOfAnInsertion() {
        assertThat(MathInput.fit("abc", 5, 10)).isEqualTo("abc");
        assertThat(MathInput.fit("abcdef", 5, 10)).isEqualTo("abcde");
        assertThat(MathInput.fit("abc", 10, 10)).isEmpty();
        assertThat(MathInput.fit("abc", 12, 10)).isEmpty(); // already over (set by code): nothing more goes in
        assertThat(MathInput.fit("ab\uD835\uDC65", 7, 10)).isEqualTo("ab"); // the math x (two chars) is not split
        assertThat(MathInput.fit("x".repeat(1_000_000), 0, MathInput.MAX_WORK_CHARS)).hasSize(MathInput.MAX_WORK_CHARS);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"Solve $\\frac{x}{4} - 3 = 2$.|Solve x/4 - 3 = 2.",
            "Solve $3x + 5 = 20$.|Solve 3x + 5 = 20.", "$\\sqrt{x^{2} + 1}$|√(x^2 + 1)",
            "$\\frac{x + 1}{2x}$|(x + 1)/(2x)", "Take $g = 9.8\\,\\text{N/kg}$.|Take g = 9.8 N/kg.",
            "$F = m \\cdot a$|F = m × a", "$\\rho = \\frac{m}{V}$|ρ = m/V", "Costs \\$5|Costs $5"})
    void formulasAreSpokenAsPlainText(String authored, String plain) {
        assertThat(MathSpeech.plain(authored)).isEqualTo(plain);
    }
}
