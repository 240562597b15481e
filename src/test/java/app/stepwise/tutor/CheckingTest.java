package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckingTest {
    private static Problem le02() {
        var pack = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
        return pack.problems().stream().filter(p -> p.id().equals("le-02")).findFirst().orElseThrow();
    }

    @Test
    void aSignErrorIsMarkedWrongWithItsMisconceptionAndTheFirstErrorLine() {
        var result = Checking.check(le02(), "", List.of("3x = 20 + 5", "x = 25/3"), List.of());
        assertThat(result.answer()).isEmpty();
        assertThat(result.firstError()).contains(1);
        assertThat(result.lines()).extracting(Checking.LineMark::mark).containsExactly(Checking.Mark.WRONG,
                Checking.Mark.RIGHT_OTHER_ROUTE);
        assertThat(result.lines().get(0).misconception().map(m -> m.english())).contains("sign error"); // a name, not the internal id
    }

    @Test
    void aRightAnswerWithRightWorkingHasNoErrorAndACorrectVerdict() {
        var result = Checking.check(le02(), "x = 5", List.of("3x = 15", "x = 5"), List.of());
        assertThat(result.firstError()).isEmpty();
        assertThat(result.answer()).hasValueSatisfying(v -> assertThat(v.correct()).isTrue());
        assertThat(result.lines()).allMatch(l -> l.mark() != Checking.Mark.WRONG);
    }

    /**
     * Working that stops before the answer is told so (grade19), but not when the answer box gives the answer: the
     * working is optional, and the screen said "Correct." above "Right so far, but the working is not finished yet".
     */
    @Test
    void workingThatStopsEarlyIsUnfinishedOnlyWithoutAnAnswer() {
        List<String> work = List.of("3x = 15");
        var alone = Checking.check(le02(), "", work, List.of());
        assertThat(alone.lines().get(0).message()).contains("not finished");
        var answered = Checking.check(le02(), "x = 5", work, List.of());
        assertThat(answered.answer()).hasValueSatisfying(v -> assertThat(v.correct()).isTrue());
        assertThat(answered.lines()).extracting(Checking.LineMark::mark).doesNotContain(Checking.Mark.WRONG);
        assertThat(answered.lines().get(0).message()).doesNotContain("not finished");
    }

    /**
     * grade21: the bundled pack's fp-02 asks "How many kilometres has she cycled?" with the answer 27: the tutor holds the
     * answer's unit against the problem's question, so 27 km is right and 27 m is not (both were "Give a number as your
     * answer, without letters").
     */
    @Test
    void aNumberAnswerWithTheUnitTheQuestionAsksForIsRight() {
        var pack = Packs.reader().read(Path.of("lessons/fractions-and-percentages.json")).pack().orElseThrow();
        Problem fp02 = pack.problems().stream().filter(p -> p.id().equals("fp-02")).findFirst().orElseThrow();
        assertThat(Checking.check(fp02, "27 km", List.of(), List.of()).answer())
                .hasValueSatisfying(v -> assertThat(v.correct()).isTrue());
        assertThat(Checking.check(fp02, "27 m", List.of(), List.of()).answer())
                .hasValueSatisfying(v -> assertThat(v.correct()).isFalse());
    }

    @Test
    void unreadableMathIsShownAsTypedInsteadOfAsLatex() {
        assertThat(Checking.asMath("3x = 15")).startsWith("$").endsWith("$");
        assertThat(Checking.asMath("3x = = 15")).isEqualTo("3x = = 15");
    }
}
