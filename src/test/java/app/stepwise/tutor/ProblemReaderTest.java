package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.Equivalence;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ProblemReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/tutor/reader-cases.csv", delimiter = '|', numLinesToSkip = 1)
    void readsTheTaskTheMathAndTheUnknownFromTextbookWording(String text, String task, String start, String unknown,
            String family) throws Exception {
        Optional<ProblemReader.Reading> r = ProblemReader.read(text);
        assertThat(r).as(text).isPresent();
        assertThat(r.get().worked().task()).isEqualTo(task);
        assertThat(r.get().family()).isEqualTo(family);
        if (!task.equals("physics")) {
            assertThat(r.get().unknown()).isEqualTo(unknown == null ? "" : unknown);
            for (int i = 0; i < start.split(";").length; i++) {
                Statement want = Parser.parse(start.split(";")[i].strip());
                Statement got = Parser.parse(r.get().worked().start().split(";")[i].strip());
                assertThat(Printer.same(want, got)).as(r.get().worked().start()).isTrue();
            }
        } else {
            assertThat(r.get().worked().start()).isEqualTo(start);
        }
        assertThat(r.get().summary()).isNotBlank();
    }

    @Test
    void leavesProblemsOutsideEveryFamilyUnread() {
        for (String text : new String[]{"Integrate 3x^2 with respect to x.", "Solve 2x + 3 > 7.", "Explain why the sky is blue.",
                "Find the area of a circle of radius 5 cm.", "Solve x^3 - 6x^2 + 11x - 6 = 0.", "Prove that √2 is irrational.",
                "A ball is thrown at 20 m/s at 30° to the horizontal. Find its range."})
            assertThat(ProblemReader.read(text)).as(text).isEmpty();
    }

    /** Equal as statements: the same sides up to equivalence. */
    static final class Printer {
        static boolean same(Statement a, Statement b) {
            a = Statement.collapse(a);
            b = Statement.collapse(b);
            if (a instanceof Statement.Equation x && b instanceof Statement.Equation y)
                return Equivalence.of(x.lhs(), y.lhs()).equivalent() && Equivalence.of(x.rhs(), y.rhs()).equivalent();
            if (a instanceof Statement.Expression x && b instanceof Statement.Expression y)
                return Equivalence.of(x.expr(), y.expr()).equivalent();
            return false;
        }
    }
}
