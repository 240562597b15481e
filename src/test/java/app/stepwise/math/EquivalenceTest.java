package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.math.Verdict.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EquivalenceTest {

    static List<Arguments> table() {
        return CaseTables.read("equivalence.csv");
    }

    @ParameterizedTest(name = "{0}  vs  {1}  → {2}")
    @MethodSource("table")
    void decidesEquivalenceAsTheCaseTableSays(String a, String b, String expected) throws Exception {
        if (expected.equals("parse-error")) {
            assertThatThrownBy(() -> {
                Parser.parseExpression(a);
                Parser.parseExpression(b);
            }).isInstanceOf(MathSyntaxException.class);
            return;
        }
        Verdict v = Equivalence.of(Parser.parseExpression(a), Parser.parseExpression(b));
        Outcome want = switch (expected) {
            case "eq" -> Outcome.EQUIVALENT;
            case "where" -> Outcome.EQUIVALENT_WHERE_DEFINED;
            case "ne" -> Outcome.NOT_EQUIVALENT;
            default -> throw new IllegalArgumentException(expected);
        };
        assertThat(v.outcome()).as("%s vs %s (%s)", a, b, v).isEqualTo(want);
    }

    @Test
    void isSymmetric() throws Exception {
        for (Arguments row : table()) {
            Object[] r = row.get();
            if (r[2].equals("parse-error")) continue;
            Verdict ab = Equivalence.of(Parser.parseExpression((String) r[0]), Parser.parseExpression((String) r[1]));
            Verdict ba = Equivalence.of(Parser.parseExpression((String) r[1]), Parser.parseExpression((String) r[0]));
            assertThat(ba.equivalent()).as("%s vs %s", r[0], r[1]).isEqualTo(ab.equivalent());
        }
    }

    @Test
    void tellsWhereTheDomainsDiffer() throws Exception {
        Verdict v = Equivalence.of(Parser.parseExpression("(x^2-1)/(x-1)"), Parser.parseExpression("x+1"));
        assertThat(v.note()).contains("x = 1");
    }

    @Test
    void reportsACounterexampleWhenNumericallyDifferent() throws Exception {
        Verdict v = Equivalence.of(Parser.parseExpression("sqrt(x^2)"), Parser.parseExpression("x"));
        assertThat(v.outcome()).isEqualTo(Outcome.NOT_EQUIVALENT);
        assertThat(v.note()).contains("x = -");
    }
}
