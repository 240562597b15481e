package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EquationsTest {

    private static Statement.Equation eq(String s) throws MathSyntaxException {
        return (Statement.Equation) Statement.collapse(Parser.parse(s));
    }

    @ParameterizedTest(name = "{0}  ~  {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2x = 8 | x = 4 | true",
            "x = 4 | 4 = x | true",
            "2x = 8 | 4 = x | true",
            "x^2 = 4 | x = 2 | false",
            "3x + 5 = 20 | 3x = 15 | true",
            "3x + 5 = 20 | 3x = 25 | false",
            "3x + 5 = 20 | x = 5 | true",
            "x/4 - 3 = 2 | x/4 = 5 | true",
            "x/4 - 3 = 2 | x = 20 | true",
            "x/4 - 3 = 2 | x = 5 | false",
            "v = u + a t | a = (v - u)/t | true",
            "F = m a | a = F/m | true",
            "F = m a | a = m/F | false",
            "v^2 = u^2 + 2 a s | s = (v^2 - u^2)/(2a) | true",
            "x^2 = 49 | x = 7 | false",
            "(x-7)(x+7) = 0 | x^2 = 49 | true",
            "x^2 - 5x + 6 = 0 | (x-2)(x-3) = 0 | true",
            "(x-2)^2 = 0 | x = 2 | true",
            "2(x + 3) = 14 | 2x + 3 = 14 | false",
            "2(x + 3) = 14 | x + 3 = 7 | true",
            "sqrt(x) = 3 | x = 9 | true",
            "2^x = 8 | x = 3 | true",
            "ln(x) = 0 | x = 1 | true",
            "3x = 20 - 5 = 15 | x = 5 | true",
    })
    void comparesEquationsBySolutionSet(String a, String b, boolean same) throws Exception {
        assertThat(Equations.sameSolutions(eq(a), eq(b)).equivalent()).as("%s ~ %s", a, b).isEqualTo(same);
    }

    @Test
    void checksASolutionAgainstAnEquation() throws Exception {
        assertThat(Equations.satisfies(eq("3x + 5 = 17"), Map.of("x", Parser.parseExpression("4")))).isTrue();
        assertThat(Equations.satisfies(eq("3x + 5 = 17"), Map.of("x", Parser.parseExpression("5")))).isFalse();
        assertThat(Equations.satisfies(eq("x^2 = 2"), Map.of("x", Parser.parseExpression("-sqrt(2)")))).isTrue();
    }

    @Test
    void solutionSetsMatchInAnyOrderAndNotation() throws Exception {
        var expected = SolutionSets.values(Parser.parse("{2, -3}")).orElseThrow();
        for (String r : new String[]{"x = -3 or x = 2", "x = 2, x = -3", "{-3, 2}", "-3, 2"}) {
            assertThat(SolutionSets.compare(expected, SolutionSets.values(Parser.parse(r)).orElseThrow()).same()).as(r).isTrue();
        }
        var half = SolutionSets.compare(expected, SolutionSets.values(Parser.parse("x = 2")).orElseThrow());
        assertThat(half.same()).isFalse();
        assertThat(half.matched()).isEqualTo(1);
    }
}
