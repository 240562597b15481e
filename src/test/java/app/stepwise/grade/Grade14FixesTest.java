package app.stepwise.grade;

import static app.stepwise.grade.Grade13FixesTest.solve;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.Rational;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * grade14: side sums written in place of a step (b006/b007), a wrong step in a comma chain, a ×3 typed as (x3) in the
 * working and in the answer box.
 */
class Grade14FixesTest {

    /** Each line's verdict as a letter: V right, X wrong, U cannot be read, N words only. */
    static String statuses(LineCheck.Report r) {
        StringBuilder s = new StringBuilder();
        for (LineCheck l : r.lines())
            s.append(switch (l.status()) {
                case ON_PATH, VALID -> 'V';
                case INVALID -> 'X';
                case UNREADABLE -> 'U';
                case NOTE -> 'N';
            });
        return s.toString();
    }

    @ParameterizedTest(name = "{0} | {1} → {2}, final {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2x + 3 = 11    | 11 - 3 = 8; 8 ÷ 2 = 4          | VV  | true
            2x + 3 = 11    | 11 - 3 = 8; 8/2 = 4; x = 4     | VVV | true
            2x + 3 = 11    | 11 - 3 = 8; 8 × 2 = 16         | VX  | false
            2x + 3 = 11    | 11 + 3 = 14; 14 ÷ 2 = 7        | XV  | false
            2x + 3 = 11    | -3 + 11 = 8; 8 ÷ 2 = 4         | VV  | true
            2x - 3 = 7     | 7 + 3 = 10; 10 ÷ 2 = 5         | VV  | true
            2x - 3 = 7     | 7 - 3 = 4; 4 ÷ 2 = 2           | XV  | false
            x/4 + 1 = 3    | 3 - 1 = 2; 2 × 4 = 8           | VV  | true
            x/4 + 1 = 3    | 3 - 1 = 2; 2 ÷ 4 = 0.5         | VX  | false
            3(x - 2) = 12  | 12 ÷ 3 = 4; 4 + 2 = 6          | VV  | true
            3(x - 2) = 12  | 12 ÷ 3 = 4; 4 - 2 = 2          | VX  | false
            11 = 2x + 3    | 11 - 3 = 8; 8 ÷ 2 = 4          | VV  | true
            """)
    void aTrueSumFromTheNumberSideIsTheStepItStandsFor(String start, String work, String verdicts, boolean answer)
            throws Exception {
        LineCheck.Report r = solve(start, work.split(";"));
        assertThat(statuses(r)).as(work).isEqualTo(verdicts);
        assertThat(r.finalAnswerCorrect()).as(work).contains(answer);
    }

    @Test
    void otherSumsOfNumbersStayAsTheyWere() throws Exception {
        // × with a number the side adds, a sum not from the number side: no step it stands for, a note
        assertThat(statuses(solve("2x + 3 = 11", "11 × 3 = 33"))).isEqualTo("N");
        assertThat(statuses(solve("2x + 3 = 11", "3 × 2 = 6"))).isEqualTo("N");
        // a check by substitution after the value
        assertThat(statuses(solve("2x + 3 = 11", "x = 4", "2 × 4 + 3 = 11"))).isEqualTo("VV");
        // a false sum is an arithmetic slip, as before
        LineCheck.Report slip = solve("2x + 3 = 11", "11 - 3 = 7");
        assertThat(slip.firstError()).contains(1);
        assertThat(slip.lines().get(0).misconception()).contains(Misconception.ARITHMETIC_SLIP);
    }

    /** Side sums done the right way round are right; the inverse done the wrong way round is wrong at that line. */
    @Property(tries = 80)
    void sideSumsAreRightExactlyWhenTheStepTheyStandForIs(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = 1, max = 12) int b, @ForAll @IntRange(min = -5, max = 15) int x) throws Exception {
        int c = a * x + b;
        String start = a + "x + " + b + " = " + c;
        LineCheck.Report right = solve(start, c + " - " + b + " = " + (c - b), (c - b) + " ÷ " + a + " = " + x);
        assertThat(right.firstError()).as(start).isEmpty();
        assertThat(right.finalAnswerCorrect()).as(start).contains(true);
        LineCheck.Report added = solve(start, c + " + " + b + " = " + (c + b),
                (c + b) + " ÷ " + a + " = " + Rational.of(c + b, a));
        assertThat(added.firstError()).as(start).contains(1);
        assertThat(added.finalAnswerCorrect()).as(start).contains(false);
        Assume.that(a * (c - b) != x);
        LineCheck.Report multiplied = solve(start, c + " - " + b + " = " + (c - b), (c - b) + " × " + a + " = " + a * (c - b));
        assertThat(multiplied.firstError()).as(start).contains(2);
        assertThat(multiplied.finalAnswerCorrect()).as(start).contains(false);
    }

    @Test
    void aCommaChainWithAWrongStepIsWrongThereAndItsLastValueIsTheAnswer() throws Exception {
        LineCheck.Report wrong = solve("2x + 3 = 11", "2x = 8, x = 5");
        assertThat(wrong.firstError()).contains(1);
        assertThat(wrong.finalAnswerCorrect()).contains(false);
        LineCheck.Report first = solve("2x + 3 = 11", "2x = 14, x = 7");
        assertThat(first.lines().get(0).misconception()).contains(Misconception.SIGN_ERROR_MOVING_TERM);
        assertThat(first.finalAnswerCorrect()).contains(false);
        LineCheck.Report lost = solve("x^2 = 4", "x^2 = 4, x = 2");
        assertThat(lost.firstError()).contains(1);
        assertThat(lost.finalAnswerCorrect()).contains(false);
        // right chains and lists of solutions as before
        assertThat(solve("2x + 3 = 11", "2x = 8, x = 4").finalAnswerCorrect()).contains(true);
        assertThat(solve("(x - 2)(x - 3) = 0", "x = 2, x = 3").finalAnswerCorrect()).contains(true);
        assertThat(solve("(x - 2)(x + 3) = 0", "x - 2 = 0, x + 3 = 0").firstError()).isEmpty();
        assertThat(solve("(x - 2)(x + 3) = 0", "x - 2 = 0, x = -3").firstError()).isEmpty();
    }

    @Test
    void timesTypedAsXAfterANumberThatOnlyTimesMakesRightIsAskedAbout() throws Exception {
        // x = 7 (x3) under x/3 = 7: as a note, x = 7 is wrong; as x = 7 × 3 it is right. Neither is assumed.
        LineCheck.Report r = solve("x/3 = 7", "x = 7 (x3)");
        assertThat(statuses(r)).isEqualTo("U");
        assertThat(r.finalAnswerCorrect()).isNotEqualTo(Optional.of(true));
        // wrong both ways: wrong, read as the note (x = 7), with no word about x × 3
        LineCheck.Report wrong = solve("x/3 = 4", "x = 7 (x3)");
        assertThat(statuses(wrong)).isEqualTo("X");
        assertThat(wrong.lines().get(0).message()).doesNotContain("x × 3");
        assertThat(solve("x/3 = 4", "x = 12 (x3)").finalAnswerCorrect()).contains(true);
        // the same with ÷ and / (a note as grade13 reads it, or the operation on the number)
        assertThat(statuses(solve("2x = 8", "x = 8 (÷2)"))).isEqualTo("U");
        assertThat(statuses(solve("2x = 8", "x = 8 (/2)"))).isEqualTo("U");
        assertThat(statuses(solve("2x = 8", "x = 4 (÷2)"))).isEqualTo("V");
        assertThat(statuses(solve("2x = 8", "x = 9 (÷2)"))).isEqualTo("X");
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 4"), "x = 8 (÷2)").kind()).isEqualTo(Grade.Kind.AMBIGUOUS);
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 4"), "x = 9 (÷2)").correct()).isFalse();
    }

    @Test
    void theAnswerBoxReadsACommentAfterTheMathAsTheWorkingDoes() {
        AnswerSpec x12 = new AnswerSpec.Equation("x = 12");
        for (String typed : List.of("x = 12 (x3)", "x = 12 (divide by 2)", "x = 12 ✓", "x = 12 ans"))
            assertThat(AnswerChecker.check(x12, typed).correct()).as(typed).isTrue();
        assertThat(AnswerChecker.check(x12, "x = 7 (divide by 2)").correct()).isFalse();
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 21"), "x = 7 (x3)").kind()).isEqualTo(Grade.Kind.AMBIGUOUS);
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 12"), "x = 7 (x3)").correct()).isFalse();
        // brackets that are math stay math
        assertThat(AnswerChecker.check(new AnswerSpec.Expression("(x + 3)(x - 2)", Optional.empty()), "(x + 3) (x - 2)")
                .correct()).isTrue();
    }

    /** u = 20 m/s, v = 0, t = 5 s, "what is the (size of the) deceleration?": the answer a teacher's key gives, 4 m/s². */
    private static LineCheck.Report deceleration(String... lines) throws Exception {
        return physics(List.of(java.util.Map.entry("u", "20 m/s"), java.util.Map.entry("v", "0 m/s"),
                java.util.Map.entry("t", "5 s")), "a", "4 m/s^2", lines);
    }

    @ParameterizedTest(name = "{0} → {1}, final {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a = (v - u)/t; a = (0 - 20)/5; a = -4 m/s^2; deceleration = 4 m/s^2 | VVVV | true
            a = (v - u)/t = (0 - 20)/5 = -4 m/s^2 => deceleration = 4 m/s^2        | V    | true
            a = (u - v)/t = 20/5 = 4 m/s^2                                         | V    | true
            deceleration = 20/5 = 4 m/s^2                                          | V    | true
            a = (v - u)/t = -4 m/s^2                                               | V    | false
            deceleration = -4 m/s^2                                                | X    | -
            a = 5/20 = 0.25 m/s^2                                                  | X    | false
            a = (v - u)/t = (0 - 20)/5 = -5 m/s^2                                  | X    | false
            """)
    void aDecelerationAskedAsASizeIsRightAsTheSizeAndTheSignedAccelerationIsRightOnTheWay(String work, String verdicts,
            String answer) throws Exception {
        LineCheck.Report r = deceleration(work.split(";"));
        assertThat(statuses(r)).as(work + " " + r.lines().stream().map(LineCheck::message).toList()).isEqualTo(verdicts);
        if (!answer.equals("-")) assertThat(r.finalAnswerCorrect()).as(work).contains(Boolean.parseBoolean(answer));
    }

    @Test
    void theSignedAccelerationGivenForTheSizeAskedIsToldSo() throws Exception {
        assertThat(deceleration("a = (v - u)/t = -4 m/s^2").lines().get(0).message()).contains("without the minus sign");
        assertThat(deceleration("deceleration = -4 m/s^2").lines().get(0).message()).contains("not the sign");
        AnswerSpec size = new AnswerSpec.Quantity("4 m/s^2", Optional.empty(), Optional.empty());
        assertThat(AnswerChecker.check(size, "4 m/s^2").correct()).isTrue();
        Grade signed = AnswerChecker.check(size, "-4 m/s^2");
        assertThat(signed.correct()).isFalse();
        assertThat(signed.message()).contains("not its sign");
        assertThat(AnswerChecker.check(size, "-5 m/s^2").message()).doesNotContain("sign");
    }

    @Test
    void aSignedAnswerThatIsAskedSignedStaysAsItWas() throws Exception {
        // "find its acceleration" (answer -4 m/s²): the positive value is wrong
        var slowing = List.of(java.util.Map.entry("u", "20 m/s"), java.util.Map.entry("v", "0 m/s"),
                java.util.Map.entry("t", "5 s"));
        assertThat(statuses(physics(slowing, "a", "-4 m/s^2", "a = (u - v)/t = 4 m/s^2"))).isEqualTo("X");
        // a positive answer the givens make positive is no size question
        var speeding = List.of(java.util.Map.entry("u", "0 m/s"), java.util.Map.entry("v", "20 m/s"),
                java.util.Map.entry("t", "5 s"));
        assertThat(statuses(physics(speeding, "a", "4 m/s^2", "a = -4 m/s^2"))).isEqualTo("X");
    }

    @Test
    void aCapitalForTheProblemsLetterIsThatLetter() throws Exception {
        LineCheck.Report r = solve("4x = 12", "X = 3");
        assertThat(statuses(r)).isEqualTo("V");
        assertThat(r.finalAnswerCorrect()).contains(true);
        assertThat(solve("4x = 12", "X = 4").finalAnswerCorrect()).contains(false);
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 3"), "X = 3").correct()).isTrue();
        assertThat(AnswerChecker.check(new AnswerSpec.Expression("2x + 3", Optional.empty()), "2X + 3").correct()).isTrue();
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 3"), "X = 4").correct()).isFalse();
        // a capital that is a letter of the problem, or next to other letters, stays as written
        assertThat(StudentWriting.capitals("X = 3", java.util.Set.of("x", "X"))).isEqualTo("X = 3");
        assertThat(StudentWriting.capitals("Xy = 3", java.util.Set.of("x", "y"))).isEqualTo("Xy = 3");
    }

    @Test
    void aValueSaidInWordsIsJudgedAsThatValue() throws Exception {
        for (String said : List.of("x is 3", "x equals 3", "so x is 3")) {
            LineCheck.Report r = solve("4x = 12", said);
            assertThat(statuses(r)).as(said).isEqualTo("V");
            assertThat(r.finalAnswerCorrect()).as(said).contains(true);
            assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 3"), said).correct()).as(said).isTrue();
        }
        LineCheck.Report wrong = solve("4x = 12", "x is 4");
        assertThat(statuses(wrong)).isEqualTo("X");
        assertThat(wrong.finalAnswerCorrect()).contains(false);
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 3"), "x equals 4").correct()).isFalse();
        // a claim that is not one letter and one number is still asked to be written as math
        assertThat(statuses(solve("4x = 12", "the answer is 3"))).isEqualTo("U");
    }

    @Test
    void inASystemAValueWorkedFromTheStudentsOwnValueIsCarriedForward() throws Exception {
        LineCheck.Report r = WorkChecker.check(app.stepwise.lesson.Task.SYSTEM, Optional.of("x + y = 10; x - y = 4"),
                List.of(), Optional.empty(), List.of("2x = 6", "x = 3", "y = 7"), List.of());
        assertThat(statuses(r)).isEqualTo("XVV");
        assertThat(r.finalAnswerCorrect()).contains(false);
        LineCheck.Report slipAgain = WorkChecker.check(app.stepwise.lesson.Task.SYSTEM,
                Optional.of("x + y = 10; x - y = 4"), List.of(), Optional.empty(), List.of("2x = 6", "x = 3", "y = 8"),
                List.of());
        assertThat(statuses(slipAgain)).isEqualTo("XVX");
    }

    private static LineCheck.Report physics(List<java.util.Map.Entry<String, String>> givens, String unknown, String answer,
            String... lines) throws Exception {
        return WorkChecker.check(app.stepwise.lesson.Task.PHYSICS, Optional.of(unknown), givens, Optional.of(answer),
                List.of(lines), List.of());
    }

    @Test
    void inPhysicsAnXStandingAloneBetweenNamesIsTimes() throws Exception {
        var givens = List.of(java.util.Map.entry("m", "4 kg"), java.util.Map.entry("a", "3 m/s^2"));
        LineCheck.Report r = physics(givens, "F", "12 N", "force = mass x acceleration = 4 x 3 = 12 N");
        assertThat(statuses(r)).isEqualTo("V");
        assertThat(r.finalAnswerCorrect()).contains(true);
        assertThat(statuses(physics(givens, "F", "12 N", "F = m x a = 4 x 4 = 16 N"))).isEqualTo("X");
    }

    @Test
    void aWrongValueUnderTheAnswersOwnNameIsAWrongAnswer() throws Exception {
        var givens = List.of(java.util.Map.entry("m", "0.5 kg"), java.util.Map.entry("v", "6 m/s"));
        LineCheck.Report r = physics(givens, "E", "9 J", "KE = 0.5 × 0.5 × 6 = 1.5 J");
        assertThat(statuses(r)).isEqualTo("X");
        assertThat(r.finalAnswerCorrect()).contains(false);
        assertThat(physics(givens, "E", "9 J", "KE = 0.5 × 0.5 × 36 = 9 J").finalAnswerCorrect()).contains(true);
    }

    @Test
    void optionsStillToSolveWithWrongValuesAreAWrongAnswer() throws Exception {
        LineCheck.Report r = solve("x^2 - 5x + 6 = 0", "x(x - 5) = -6", "x = -6 or x - 5 = -6");
        assertThat(r.finalAnswerCorrect()).contains(false);
        // right values still to be solved give no verdict: not yet the answer, not a wrong one
        assertThat(solve("x^2 - 5x + 6 = 0", "(x - 2)(x - 3) = 0", "x - 2 = 0 or x - 3 = 0").finalAnswerCorrect()).isEmpty();
    }

    @Test
    void anOperationDoneToBothSidesAsALabelAndLongArrowsAreNoMath() throws Exception {
        LineCheck.Report r = solve("8x - 3 = 29", "+3 both sides: 8x = 32", "/8: x = 4");
        assertThat(statuses(r)).isEqualTo("VV");
        assertThat(r.finalAnswerCorrect()).contains(true);
        // the label hides no wrong value
        assertThat(statuses(solve("8x - 3 = 29", "+3 both sides: 8x = 26"))).isEqualTo("X");
        for (String arrow : List.of("8x = 32 ==> x = 4", "8x = 32 --> x = 4", "8x = 32 => x = 4")) {
            LineCheck.Report a = solve("8x - 3 = 29", arrow);
            assertThat(statuses(a)).as(arrow).isEqualTo("V");
            assertThat(a.finalAnswerCorrect()).as(arrow).contains(true);
        }
        assertThat(statuses(solve("8x - 3 = 29", "8x = 32 ==> x = 5"))).isEqualTo("X");
        assertThat(AnswerChecker.check(new AnswerSpec.Equation("x = 4"), "8x = 32 ==> x = 4").correct()).isTrue();
    }

    @Test
    void theAnswerBoxTakesStepsJoinedByCommasAndALabelAsTheWorkingDoes() {
        AnswerSpec x6 = new AnswerSpec.SolutionSet("x = 6");
        for (String typed : List.of("2x = 12, x = 6", "2x=12 , x=6", "/2: x = 6", "step 2: x = 6"))
            assertThat(AnswerChecker.check(x6, typed).correct()).as(typed).isTrue();
        for (String typed : List.of("2x = 12, x = 24", "step 2: x = 4.5"))
            assertThat(AnswerChecker.check(x6, typed).correct()).as(typed).isFalse();
        // solutions listed with commas stay a list; an unsolved option is not made partly right by the value after it
        AnswerSpec two = new AnswerSpec.SolutionSet("x = 2 or x = 3");
        assertThat(AnswerChecker.check(two, "x = 2, x = 3").correct()).isTrue();
        assertThat(AnswerChecker.check(two, "x - 2 = 0, x = 3").partial()).isFalse();
    }

    /**
     * The new readings never turn a wrong value into a right answer: under ax + b = c, each way of writing a value v
     * (a capital, in words, after a comma chain, with a bracket, after a label or a long arrow) is a right final answer,
     * in the working and in the answer box, only when v is the solution.
     */
    @Property(tries = 60)
    void theNewReadingsAcceptAValueOnlyWhenItIsTheSolution(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = 1, max = 12) int b, @ForAll @IntRange(min = -5, max = 15) int x,
            @ForAll @IntRange(min = -3, max = 3) int off) throws Exception {
        int c = a * x + b, v = x + off;
        String start = a + "x + " + b + " = " + c;
        AnswerSpec answer = new AnswerSpec.SolutionSet("x = " + x);
        for (String line : List.of("X = " + v, "x is " + v, a + "x = " + (c - b) + ", x = " + v, "x = " + v + " (÷" + a + ")",
                "/" + a + ": x = " + v, a + "x = " + (c - b) + " ==> x = " + v)) {
            LineCheck.Report r = solve(start, line);
            if (off != 0) {
                assertThat(r.finalAnswerCorrect()).as(line).isNotEqualTo(Optional.of(true));
                assertThat(AnswerChecker.check(answer, line).correct()).as(line).isFalse();
            } else {
                assertThat(r.finalAnswerCorrect()).as(line).contains(true);
                assertThat(AnswerChecker.check(answer, line).correct()).as(line).isTrue();
            }
        }
    }
}
