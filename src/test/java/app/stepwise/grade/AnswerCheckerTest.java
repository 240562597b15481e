package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Form;
import app.stepwise.lesson.AnswerSpec.SigFigs;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import app.stepwise.math.CaseTables;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerCheckerTest {

    static List<Arguments> table() {
        return CaseTables.read("answers.csv");
    }

    @ParameterizedTest(name = "{0} {1} [{2}] ← \"{3}\": {4} by {5}")
    @MethodSource("table")
    void gradesAsTheCaseTableSays(String kind, String expected, String options, String response, String verdict, String test) {
        Optional<Form> form = Optional.empty();
        Optional<Tolerance> tol = Optional.empty();
        Optional<SigFigs> sig = Optional.empty();
        Optional<Integer> decimals = Optional.empty();
        boolean strictUnit = false;
        for (String o : options.split(",")) {
            if (o.startsWith("dp=")) decimals = Optional.of(Integer.parseInt(o.substring(3)));
            if (o.equals("strict-unit")) strictUnit = true;
            if (o.startsWith("form=")) form = Form.fromLabel(o.substring(5));
            if (o.startsWith("tol=")) tol = Tolerance.parse(o.substring(4));
            if (o.startsWith("sig=")) sig = Optional.of(new SigFigs(Integer.parseInt(o.substring(4)), true));
            if (o.startsWith("sig>=")) sig = Optional.of(new SigFigs(Integer.parseInt(o.substring(5)), false));
        }
        AnswerSpec spec = switch (kind) {
            case "expression" -> new AnswerSpec.Expression(expected, form);
            case "equation" -> new AnswerSpec.Equation(expected);
            case "set" -> new AnswerSpec.SolutionSet(expected);
            case "numeric" -> new AnswerSpec.Numeric(expected, tol.orElse(Tolerance.EXACT), sig, decimals);
            case "quantity" -> new AnswerSpec.Quantity(expected, tol, sig, strictUnit);
            default -> throw new IllegalArgumentException(kind);
        };
        Grade g = AnswerChecker.check(spec, response);
        String got = verdictOf(g);
        assertThat(got).as("%s → %s", response, g).isEqualTo(verdict);
        assertThat(g.test().id()).isEqualTo(test);
        assertThat(g.message()).isNotBlank();
    }

    /** right, partial, wrong, or a verdict that is neither: unreadable, undecided (too large), ambiguous (two readings). */
    static String verdictOf(Grade g) {
        return g.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void multipleChoiceAcceptsLetterNumberOrText() {
        var spec = new AnswerSpec.MultipleChoice(List.of("mass", "force", "energy"), 1);
        assertThat(AnswerChecker.check(spec, "B").correct()).isTrue();
        assertThat(AnswerChecker.check(spec, "2").correct()).isTrue();
        assertThat(AnswerChecker.check(spec, "Force").correct()).isTrue();
        assertThat(AnswerChecker.check(spec, "a").correct()).isFalse();
        assertThat(AnswerChecker.check(spec, "z").kind()).isEqualTo(Grade.Kind.UNREADABLE);
    }

    @Test
    void messagesNameTheSlip() {
        var factored = new AnswerSpec.Expression("2x(x-3)", Optional.of(Form.FACTORED));
        assertThat(AnswerChecker.check(factored, "x(2x - 6)").message()).contains("common factor can still be taken out");
        var set = new AnswerSpec.SolutionSet("x = 2 or x = 3");
        assertThat(AnswerChecker.check(set, "y = 2 or y = 3").message()).contains("values of x").contains("values of y");
        var huge = new AnswerSpec.Expression("x", Optional.empty());
        Grade g = AnswerChecker.check(huge, "x^(10^9)");
        assertThat(g.correct()).isFalse();
        assertThat(g.message()).contains("too large or too small");
    }

    /** A value off by a power of ten names the slip, never the expected value (newcomer13: "in kg/m^3 the value is 600"). */
    @Test
    void aConversionSlipDoesNotGiveTheAnswerAway() {
        var density = new AnswerSpec.Quantity("600 kg/m^3", Optional.empty(), Optional.empty(), false);
        for (String response : List.of("60 kg/m^3", "6000 kg/m^3", "0.6 kg/m^3", "600 g/m^3")) {
            Grade g = AnswerChecker.check(density, response);
            assertThat(g.correct()).as(response).isFalse();
            assertThat(g.test().id()).as(response).isEqualTo("unit-conversion");
            assertThat(g.message()).as(response).doesNotContainPattern("\\b600\\b");
        }
    }
}
