package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * grade16: the answer box as students fill it in, the leftovers of session 15: a check written after the answer, 1,500 on
 * a Spanish screen, an item label before the answer, "o" between two values on an English screen. The table is
 * {@code src/test/resources/grade/answers-box-16.tsv} (its header says how to read and extend it); the working's rows are
 * in {@code student-lines-16.tsv} ({@link StudentLinesTableTest}). The properties are the laws behind the table.
 */
class Grade16FixesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    static List<Arguments> box() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Grade16FixesTest.class.getResourceAsStream("/grade/answers-box-16.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length != 6) throw new IllegalStateException("a row needs 6 tab-separated columns: " + line);
                out.add(Arguments.of(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip().replace("\\n", "\n"),
                        c[4].strip(), c[5].strip()));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1} [{2}] ← \"{3}\": {4}")
    @MethodSource("box")
    void gradesAsTheTableSays(String kind, String expected, String options, String response, String verdict, String said) {
        Grade g = AnswerBoxTableTest.graded(kind, expected, options, response);
        assertThat(AnswerCheckerTest.verdictOf(g)).as("%s → %s", response, g).isEqualTo(verdict);
        assertThat(g.message()).isNotBlank();
        if (!said.equals("-")) assertThat(g.message()).contains(said);
    }

    /** ax + b = c at x, checked by putting x back: right only where x is, never made right by the check. */
    @Property(tries = 80)
    void aCheckAfterTheAnswerNeverChangesAWrongAnswerAndAFalseOneIsNamed(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = -9, max = 9) int b, @ForAll @IntRange(min = -6, max = 12) int x,
            @ForAll @IntRange(min = -2, max = 2) int off, @ForAll @IntRange(min = -3, max = 3) int slip) {
        AnswerSpec spec = new AnswerSpec.SolutionSet("x = " + x);
        int given = x + off;
        String sum = a + "(" + given + ") + " + b + " = " + (a * given + b + slip);
        for (String response : List.of("x = " + given + ", check: " + sum, "x = " + given + " (" + sum + " ✓)")) {
            Grade g = AnswerChecker.check(spec, response);
            if (off != 0) assertThat(g.correct()).as(response).isFalse();
            else if (slip != 0) assertThat(g.partial() && g.message().contains(sum)).as("%s → %s", response, g).isTrue();
            else
                assertThat(g.correct()).as(response).isTrue();
        }
    }

    /**
     * Factorising x² + (a + b)x + ab: the product (x + a)(x + b) is the answer; the start written again, or a common number
     * factor left ((2x + 2a)(x + b) for 2x² + …), is a right step but not the answer, and the student is told so; a
     * product that is not equal is not the answer. Expanding k(x + a): kx + ka is the answer, the brackets kept are not.
     */
    @Property(tries = 40)
    void theLastLineOfAlgebraWorkingIsTheAnswerOnlyInTheFormAsked(@ForAll @IntRange(min = 1, max = 9) int a,
            @ForAll @IntRange(min = 1, max = 9) int b, @ForAll @IntRange(min = 2, max = 7) int k) throws Exception {
        String start = "x^2 + " + (a + b) + "x + " + a * b;
        String product = "(x + " + a + ")(x + " + b + ")";
        assertThat(WorkChecker.check(app.stepwise.lesson.Task.FACTOR, Optional.of(start), List.of(), Optional.empty(),
                List.of(product), List.of()).finalAnswerCorrect()).contains(true);
        LineCheck.Report again = WorkChecker.check(app.stepwise.lesson.Task.FACTOR, Optional.of(start), List.of(),
                Optional.empty(), List.of(start), List.of());
        assertThat(again.finalAnswerCorrect()).contains(false);
        assertThat(again.lines().get(0).message()).contains("factorised");
        String twice = "2x^2 + " + 2 * (a + b) + "x + " + 2 * a * b;
        LineCheck.Report common = WorkChecker.check(app.stepwise.lesson.Task.FACTOR, Optional.of(twice), List.of(),
                Optional.empty(), List.of("(2x + " + 2 * a + ")(x + " + b + ")"), List.of());
        assertThat(common.finalAnswerCorrect()).contains(false);
        assertThat(common.lines().get(0).message()).contains("common factor");
        assertThat(WorkChecker.check(app.stepwise.lesson.Task.FACTOR, Optional.of(start), List.of(), Optional.empty(),
                List.of("(x + " + a + ")(x + " + (b + 1) + ")"), List.of()).finalAnswerCorrect()).contains(false);
        String bracket = k + "(x + " + a + ")";
        assertThat(WorkChecker.check(app.stepwise.lesson.Task.EXPAND, Optional.of(bracket), List.of(), Optional.empty(),
                List.of(k + "x + " + k * a), List.of()).finalAnswerCorrect()).contains(true);
        assertThat(WorkChecker.check(app.stepwise.lesson.Task.EXPAND, Optional.of(bracket), List.of(), Optional.empty(),
                List.of(bracket), List.of()).finalAnswerCorrect()).contains(false);
    }

    /** p,qrs on a Spanish screen is the decimal p.qrs; where only the whole number pqrs is right, the student is asked. */
    @Property(tries = 60)
    void threeDigitsAfterACommaAreADecimalOnASpanishScreen(@ForAll @IntRange(min = 1, max = 9) int p,
            @ForAll @IntRange(min = 100, max = 999) int qrs, @ForAll boolean decimalAsked) {
        String typed = "x = " + p + "," + qrs;
        String decimal = p + "." + qrs, whole = p + "" + qrs;
        Grade es = AnswerChecker.check(new AnswerSpec.SolutionSet("x = " + (decimalAsked ? decimal : whole)), typed, SPANISH);
        assertThat(es.kind()).isEqualTo(decimalAsked ? Grade.Kind.RIGHT : Grade.Kind.AMBIGUOUS);
        Grade other = AnswerChecker.check(new AnswerSpec.SolutionSet("x = " + (p + 1) + "." + qrs), typed, SPANISH);
        assertThat(other.correct()).isFalse();
        // on an English screen it is still refused as a thousands comma, never guessed
        assertThat(AnswerChecker.check(new AnswerSpec.SolutionSet("x = " + decimal), typed).kind())
                .isEqualTo(Grade.Kind.UNREADABLE);
    }
}
