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
}
