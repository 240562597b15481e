package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * grade16: the answer box as students fill it in, the leftovers of session 15: a check written after the answer, 1,500 on
 * a Spanish screen, an item label before the answer, "o" between two values on an English screen. The table is
 * {@code src/test/resources/grade/answers-box-16.tsv} (run by {@link AnswerBoxTableTest} with every answer-box table); the
 * working's rows are in {@code student-lines-16.tsv} ({@link StudentLinesTableTest}). The properties are the laws behind the table.
 */
class Grade16FixesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

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
