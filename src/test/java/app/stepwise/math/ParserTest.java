package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParserTest {

    static List<Arguments> table() {
        return CaseTables.read("parse.csv");
    }

    @ParameterizedTest(name = "{0}  →  {1}")
    @MethodSource("table")
    void readsWhatStudentsTypeOrPointsAtTheProblem(String input, String expected) {
        if (expected.startsWith("ERROR:")) {
            assertThatThrownBy(() -> Parser.parse(input)).isInstanceOf(MathSyntaxException.class)
                    .hasMessageContaining(expected.substring("ERROR:".length()));
        } else {
            assertThat(parsePrint(input)).isEqualTo(expected);
        }
    }

    @Test
    void printedTextParsesBackToTheSameText() {
        for (Arguments row : table()) {
            String expected = (String) row.get()[1];
            if (expected.startsWith("ERROR:")) continue;
            assertThat(parsePrint(expected)).as(expected).isEqualTo(expected);
        }
    }

    @Test
    void errorPositionPointsAtTheOffendingCharacter() {
        try {
            Parser.parse("2x + 3 @ 4");
        } catch (MathSyntaxException e) {
            assertThat(e.position()).isEqualTo(7);
            assertThat(e.pointAt("2x + 3 @ 4")).contains("       ^");
            return;
        }
        throw new AssertionError("expected a syntax error");
    }

    @Test
    void thousandsCommaIsRefusedNotMisread() {
        assertThatThrownBy(() -> Parser.parse("1,500")).hasMessageContaining("1500");
        assertThat(parsePrint("1, 500")).isEqualTo("1 or 500");
    }

    @Test
    void hostileInputsComeBackQuicklyWithAClearAnswer() {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> Parser.parse("(".repeat(10_000) + "x" + ")".repeat(10_000)))
                    .isInstanceOf(MathSyntaxException.class).hasMessageContaining("too long");
            assertThatThrownBy(() -> Parser.parse("(".repeat(500) + "x" + ")".repeat(500)))
                    .isInstanceOf(MathSyntaxException.class).hasMessageContaining("nested too deeply");
            assertThatThrownBy(() -> Parser.parse("x".repeat(1_000_000))).hasMessageContaining("too long");
            assertThatThrownBy(() -> Parser.parse("-".repeat(1_500) + "x")).hasMessageContaining("nested too deeply");
            Verdict huge = Equivalence.of(Parser.parseExpression("9^9^9^9"), Parser.parseExpression("1"));
            assertThat(huge.outcome()).isEqualTo(Verdict.Outcome.UNDECIDED);
            assertThat(huge.note()).contains("too large");
            Verdict tower = Equivalence.of(Parser.parseExpression("x^x^x"), Parser.parseExpression("x^(x^x)"));
            assertThat(tower.equivalent()).isTrue();
            Verdict bigPower = Equivalence.of(Parser.parseExpression("(x+1)^1000"), Parser.parseExpression("(x+1)^1000"));
            assertThat(bigPower.equivalent()).isTrue();
            assertThat(Equivalence.of(Parser.parseExpression("10^100000"), Parser.parseExpression("10^100000")).outcome())
                    .isIn(Verdict.Outcome.UNDECIDED, Verdict.Outcome.EQUIVALENT);
            assertThatThrownBy(() -> Parser.parse("1e999999")).isInstanceOf(MathSyntaxException.class);
        });
    }

    private static String parsePrint(String input) {
        try {
            return Printer.text(Parser.parse(input));
        } catch (MathSyntaxException e) {
            throw new AssertionError(input + ": " + e.getMessage(), e);
        }
    }
}
