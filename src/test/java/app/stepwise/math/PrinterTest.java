package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrinterTest {

    @Test
    void negativeFactorsAndNegatedNegativesKeepTheirBracketsInLatex() throws Exception {
        assertThat(Printer.latex(Parser.parseExpression("-(-14)"))).isEqualTo("-\\left(-14\\right)");
        assertThat(Printer.latex(Parser.parseExpression("4 × (-8)"))).isEqualTo("4 \\cdot \\left(-8\\right)");
        assertThat(Printer.latex(Parser.parseExpression("-2x"))).startsWith("-2").doesNotContain("left");
    }

    @Test
    void latexAndTextReadBackToTheSameExpression() throws Exception {
        for (String s : new String[]{"-(-14) + 3", "x^2 - 4 × 4 × (-8)", "(x + 1)/(x - 2)", "√(2 × 9.8 × 34)"}) {
            Expr e = Parser.parseExpression(s);
            assertThat(Equivalence.of(e, Parser.parseExpression(Printer.text(e))).equivalent()).as(s).isTrue();
        }
    }

    /**
     * ui19's tour: the working preview drew "-2x = 15 - 7" as −2·x, while "7 - 2x" beside it was 2x. A number before a
     * letter, a function or a bracket is set side by side as a student writes it; the dot stays between two numbers,
     * before a negative factor, before a fraction and after a letter.
     */
    @Test
    void aNumberBeforeALetterOrABracketIsSetWithoutADot() throws Exception {
        String[][] cases = {
                {"-2x = 15 - 7", "-2 x = 15 - 7"},
                {"1.5x", "1.5 x"},
                {"-1.5x", "-1.5 x"},
                {"-3(x + 1)", "-3 \\left(x + 1\\right)"},
                {"-2x^2", "-2 x^{2}"},
                {"-2sqrt(x)", "-2 \\sqrt{x}"},
                {"7 - 2x", "7 - 2 x"},
                {"2 × 3", "2 \\cdot 3"},
                {"x × 2", "x \\cdot 2"},
                {"4 × (-8)", "4 \\cdot \\left(-8\\right)"},
                {"2 × 2^3", "2 \\cdot 2^{3}"},
                {"2 × (x/3)", "2 \\cdot \\frac{x}{3}"},
        };
        for (String[] c : cases) assertThat(Printer.latex(Parser.parse(c[0]))).as(c[0]).isEqualTo(c[1]);
    }
}
