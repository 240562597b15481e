package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadingCheckTest {

    @Test
    void labelsMarksAndRoundingInstructionsAreNotNumbersOfTheProblem() {
        assertThat(ReadingCheck.textNumbers("Q3 Solve 2x + 1 = 8, giving your answer to 2 decimal places. [3 marks]", false))
                .containsExactlyInAnyOrder("2", "1", "8");
        assertThat(ReadingCheck.textNumbers("4) Find 3.50 + 1.2 to 3 s.f. (2 marks)", false)).containsExactlyInAnyOrder("3.5",
                "1.2");
        assertThat(ReadingCheck.textNumbers("Question 12: expand (x + 4)²", false)).containsExactlyInAnyOrder("4", "2");
    }

    @Test
    void aSentenceEndingInAUnitIsNotARoundingInstruction() {
        // "6 s. Find" is six seconds and a new sentence, not "6 s.f."
        assertThat(ReadingCheck.textNumbers("It accelerates for 6 s. Find the force.", true)).containsExactly("6");
    }

    @Test
    void unitPowersArePartOfTheQuantityInPhysics() {
        assertThat(ReadingCheck.textNumbers("a = 3 m/s^2 over 0.5 m²", true)).containsExactlyInAnyOrder("3", "0.5");
    }

    @Test
    void mathCoversNeedsEveryNumberAndLetterBothWays() {
        assertThat(ReadingCheck.mathCovers("Solve 3x + 5 = 20.", "3x + 5 = 20", Set.of())).isTrue();
        assertThat(ReadingCheck.mathCovers("Solve 3x + 5 = 20.", "3x = 20", Set.of())).isFalse();
        assertThat(ReadingCheck.mathCovers("Solve 3x + 5 = 20.", "3x + 5 = 21", Set.of())).isFalse();
        assertThat(ReadingCheck.mathCovers("Solve 3x + 5 = 20.", "3y + 5 = 20", Set.of())).isFalse();
        assertThat(ReadingCheck.mathCovers("Solve x² = 49", "x^2 = 49", Set.of())).isTrue();
        assertThat(ReadingCheck.mathCovers("roots of x^2 - 4", "x^2 - 4 = 0", Set.of("0"))).isTrue();
    }

    @Test
    void aLetterInsideAWordIsNotMath() {
        assertThat(ReadingCheck.standsAsMath("Solve 3x + 5 = 20 for x", "x")).isTrue();
        assertThat(ReadingCheck.standsAsMath("Rearrange V = IR to make I the subject", "I")).isTrue();
        assertThat(ReadingCheck.standsAsMath("Solve the equation please", "q")).isFalse();
    }
}
