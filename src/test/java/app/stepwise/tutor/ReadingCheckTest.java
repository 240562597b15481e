package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

    @Test
    void functionsAreCountedWhereverTheyAreWrittenButNotInsideWords() {
        assertThat(ReadingCheck.functions("differentiate 3x ln x")).containsExactly(Map.entry("ln", 1));
        assertThat(ReadingCheck.functions("(2x+1)e^x")).containsExactly(Map.entry("e^", 1));
        assertThat(ReadingCheck.functions("differentiate 3xlnx, xsinx and sinxcosx"))
                .containsOnly(Map.entry("ln", 1), Map.entry("sin", 2), Map.entry("cos", 1));
        assertThat(ReadingCheck.functions("√x ln x + sqrt(x) + exp(x) + 5xe^(2x)"))
                .containsOnly(Map.entry("√", 2), Map.entry("ln", 1), Map.entry("e^", 2));
        assertThat(ReadingCheck.functions("Using the product rule, expand the cost of a tank; explain the^2")).isEmpty();
        assertThat(ReadingCheck.functions("sinh x + cosec x")).containsOnly(Map.entry("sinh", 1), Map.entry("csc", 1));
    }

    @Test
    void aStartThatDropsOrInventsAFunctionOrANumberDoesNotCoverTheText() {
        assertThat(ReadingCheck.mathCovers("differentiate 3x ln x", "3x ln x", Set.of())).isTrue();
        assertThat(ReadingCheck.mathCovers("differentiate 3x ln x", "3x", Set.of())).isFalse();
        assertThat(ReadingCheck.mathCovers("(2x+1)e^x", "(2x + 1)(2x + 1)", Set.of())).isFalse();
        assertThat(ReadingCheck.mathCovers("differentiate x e^x", "x sin(x) e^x", Set.of())).isFalse();
        // the numbers are the text's, each as often: the old amount of a percentage change is used twice by design
        assertThat(ReadingCheck.mathCovers("from 1200 to 1500", "(1500 - 1200)/1200 × 100", Set.of("100"), false)).isTrue();
        assertThat(ReadingCheck.mathCovers("from 1200 to 1500", "(1500 - 1200)/1200 × 100", Set.of("100"))).isFalse();
    }

    @Test
    void mathThatReadsTwoWaysIsAmbiguous() {
        assertThat(ReadingCheck.ambiguous("differentiate e^2x", "e^(2x)")).isTrue();
        assertThat(ReadingCheck.ambiguous("differentiate sin x e^x", "sin(x) e^x")).isTrue();
        assertThat(ReadingCheck.ambiguous("differentiate ln x(x+1)", "ln x(x+1)")).isTrue();
        assertThat(ReadingCheck.ambiguous("differentiate sin(x) e^x", "sin(x) e^x")).isFalse();
        assertThat(ReadingCheck.ambiguous("differentiate e^(2x) sin x", "e^(2x) sin x")).isFalse();
        assertThat(ReadingCheck.ambiguous("differentiate x^2 sin x", "x^2 sin x")).isFalse();
        assertThat(ReadingCheck.ambiguous("differentiate sin 2x", "sin 2x")).isFalse();
    }

    @Test
    void percentagesStayInTheirPlace() {
        assertThat(ReadingCheck.percentagesInTheirPlace("reduce $60 by 25%", "60 × (100 - 25)/100")).isTrue();
        assertThat(ReadingCheck.percentagesInTheirPlace("reduce $60 by 25%", "25 × (100 - 60)/100")).isFalse();
        assertThat(ReadingCheck.percentagesInTheirPlace("find 12.5 per cent of 80", "12.5/100 × 80")).isTrue();
        assertThat(ReadingCheck.percentagesInTheirPlace("find 12.5 per cent of 80", "80/100 × 12.5")).isFalse();
        assertThat(ReadingCheck.percentagesInTheirPlace("what percentage of 250 is 40?", "40/250 × 100")).isTrue();
        assertThat(ReadingCheck.percentagesInTheirPlace("a 100% rise on 7", "7 × (100 + 100)/100")).isTrue();
        assertThat(ReadingCheck.percentagesInTheirPlace("35% of 260", "0.35 × 260")).isTrue();
    }
}
