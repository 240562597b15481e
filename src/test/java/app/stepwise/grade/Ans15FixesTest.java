package app.stepwise.grade;

import static app.stepwise.grade.Grade13FixesTest.solve;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * ans15: the answer box and the working read as students write them: two equations with no separator, capitals in a
 * system, a false step before a right answer, a disclaimer, a decimal comma. The table of cases is
 * {@code answers-box-15.csv} ({@link AnswerBoxTableTest}); these are the working's cases and the laws behind the table.
 */
class Ans15FixesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void twoEquationsOnALineWithNoSeparatorAreTwoSteps() throws Exception {
        LineCheck.Report right = solve("2x + 3 = 11", "2x = 8 x = 4");
        assertThat(right.firstError()).isEmpty();
        assertThat(right.finalAnswerCorrect()).contains(true);
        LineCheck.Report wrong = solve("2x + 3 = 11", "2x = 8 x = 5");
        assertThat(wrong.firstError()).contains(1);
        assertThat(wrong.finalAnswerCorrect()).contains(false);
        // a space for times inside one equation is not a separator
        assertThat(solve("2x + 3 = 11", "2 x = 8").firstError()).isEmpty();
        // two roots with no separator are the two roots
        assertThat(solve("(x - 2)(x - 5) = 0", "x = 2 x = 5").finalAnswerCorrect()).contains(true);
    }

    @Test
    void capitalsInASystemAreItsUnknowns() throws Exception {
        LineCheck.Report right = SystemSteps.check("x + y = 9; x - y = 5", List.of("2X = 14", "X = 7", "Y = 2"), List.of());
        assertThat(right.firstError()).isEmpty();
        assertThat(right.finalAnswerCorrect()).contains(true);
        LineCheck.Report oneLine = SystemSteps.check("x + y = 9; x - y = 5", List.of("X = 7 Y = 2"), List.of());
        assertThat(oneLine.finalAnswerCorrect()).contains(true);
        LineCheck.Report wrong = SystemSteps.check("x + y = 9; x - y = 5", List.of("X = 7", "Y = 3"), List.of());
        assertThat(wrong.firstError()).contains(2);
        assertThat(wrong.finalAnswerCorrect()).contains(false);
    }

    @Test
    void theFalseStepIsNamedAndADisclaimerIsAskedAbout() {
        AnswerSpec x4 = new AnswerSpec.SolutionSet("x = 4");
        Grade g = AnswerChecker.check(x4, "2x = 14, x = 4");
        assertThat(g.partial()).isTrue();
        assertThat(g.message()).contains("2x = 14");
        assertThat(AnswerChecker.check(x4, "x = 20/4 = 4").message()).contains("20/4 = 4");
        assertThat(AnswerChecker.check(x4, "x = 4 (wrong)").message()).contains("(wrong)");
        // a check after the answer, true, and words saying what was done, stay right
        assertThat(AnswerChecker.check(x4, "x = 4 (check: 2*4 + 3 = 11)").correct()).isTrue();
        assertThat(AnswerChecker.check(x4, "2x + 3 = 11 => 2x = 8 => x = 4").correct()).isTrue();
    }

    /**
     * Under ax + b = c, a step before the value ({@code a x = d, x = v}, {@code a x = d => x = v}, {@code x = w ==> x = v})
     * leaves the answer right only when the value is the solution and the step is true; a false step before the right
     * value is partly right, never right; a wrong value is never right nor partly right.
     */
    @Property(tries = 80)
    void aStepBeforeTheAnswerIsRightOnlyWhenTrue(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = 1, max = 12) int b, @ForAll @IntRange(min = -5, max = 15) int x,
            @ForAll @IntRange(min = -2, max = 2) int off, @ForAll @IntRange(min = -2, max = 2) int slip) {
        int c = a * x + b, v = x + off, d = a * x + slip;
        AnswerSpec answer = new AnswerSpec.SolutionSet("x = " + x);
        for (String typed : List.of(a + "x = " + d + ", x = " + v, a + "x = " + d + " x = " + v, a + "x = " + d + " => x = " + v,
                "x = " + (x + slip) + " ==> x = " + v, "x = " + (a * (x + slip)) + "/" + a + " = " + v)) {
            Grade g = AnswerChecker.check(answer, typed);
            assertThat(g.correct()).as(typed + " under " + c).isEqualTo(off == 0 && slip == 0);
            if (off != 0) assertThat(g.partial()).as(typed).isFalse();
            else if (slip != 0) assertThat(g.partial()).as(typed).isTrue();
        }
    }

    /**
     * p,q with one value expected: to a Spanish screen the decimal p.q, right exactly when it is the answer; to an
     * English one never right unless both readings are (the student is asked). With two values expected, p,q is never
     * right in either language where its readings differ.
     */
    @Property(tries = 80)
    void aDecimalCommaIsTheDecimalInSpanishAndNeverGuessedOtherwise(@ForAll @IntRange(min = 0, max = 9) int p,
            @ForAll @IntRange(min = 1, max = 9) int q, @ForAll @IntRange(min = 0, max = 9) int e,
            @ForAll @IntRange(min = 1, max = 9) int f) {
        String typed = "x = " + p + "," + q;
        AnswerSpec one = new AnswerSpec.SolutionSet("x = " + e + "." + f);
        boolean same = p == e && q == f;
        assertThat(AnswerChecker.check(one, typed, SPANISH).correct()).as(typed).isEqualTo(same);
        assertThat(AnswerChecker.check(one, typed, Locale.ENGLISH).correct()).as(typed).isFalse();
        AnswerSpec number = new AnswerSpec.Numeric(e + "." + f, Tolerance.EXACT, Optional.empty(), Optional.empty());
        assertThat(AnswerChecker.check(number, p + "," + q, SPANISH).correct()).isEqualTo(same);
        if (p == q) return; // x = p or x = p is one value
        AnswerSpec two = new AnswerSpec.SolutionSet("x = " + p + " or x = " + q);
        for (Locale language : List.of(SPANISH, Locale.ENGLISH))
            assertThat(AnswerChecker.check(two, typed, language).correct()).as(typed + " " + language).isFalse();
        assertThat(AnswerChecker.check(two, "x = " + p + ", " + q, SPANISH).correct()).isTrue();
    }
}
