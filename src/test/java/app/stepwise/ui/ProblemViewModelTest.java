package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import app.stepwise.tutor.Tutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The problem screen's logic, without JavaFX: work runs on the test thread through the same-thread executor. */
class ProblemViewModelTest {
    private final TestApp test = new TestApp();
    private final LessonPack linear = TestApp.bundled("linear-equations.json");

    @AfterEach
    void close() {
        test.close();
    }

    private ProblemViewModel open(int index) {
        return new ProblemViewModel(linear, index, test.app(), test.navigator);
    }

    @Test
    void aRightAnswerIsCorrectAndAWrongOneIsNot() {
        ProblemViewModel vm = open(1); // 3x + 5 = 20
        vm.answerProperty().set("x = 5");
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.CORRECT);
        vm.answerProperty().set("x = 25/3");
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.WRONG);
    }

    @Test
    void aRightAnswerWithAWrongLineIsOnlyPartlyRight() {
        ProblemViewModel vm = open(1);
        vm.workProperty().set("3x = 25\nx = 25/3");
        vm.answerProperty().set("x = 5");
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.PARTIAL);
        assertThat(vm.verdictProperty().get().text()).contains("line 1");
        assertThat(vm.lineMarksProperty()).hasSize(2);
    }

    @Test
    void nothingTypedAsksForAnAnswerWithoutStartingWork() {
        CurrentThreadTaskExecutor tasks = (CurrentThreadTaskExecutor) test.tasks;
        ProblemViewModel vm = open(1);
        int before = tasks.executed();
        vm.check();
        assertThat(vm.verdictProperty().get().kind()).isEqualTo(ProblemViewModel.Kind.INFO);
        assertThat(tasks.executed()).isEqualTo(before);
    }

    @Test
    void theTeachersHintsComeFirstThenTheStepLadder() {
        ProblemViewModel vm = open(1);
        var authored = linear.problems().get(1).hints();
        for (int i = 0; i < authored.size(); i++) vm.hint();
        assertThat(vm.hintsProperty()).extracting(ProblemViewModel.HintLine::text).containsExactlyElementsOf(authored);
        assertThat(vm.hintSourceProperty().get()).contains("teacher");
        vm.hint(); // the ladder of one step from the solver or the model follows
        assertThat(vm.hintsProperty()).hasSize(authored.size() + 1);
        assertThat(vm.hintSourceProperty().get()).doesNotContain("teacher");
    }

    @Test
    void modelHintsFirstWhenTheTeacherChoseThem() {
        test.tutor.setHintOrder(linear.id(), Tutor.HintOrder.MODEL_FIRST);
        ProblemViewModel vm = open(1);
        vm.hint();
        assertThat(vm.hintsProperty()).hasSize(1);
        assertThat(vm.hintsProperty().get(0).text()).isNotEqualTo(linear.problems().get(1).hints().get(0));
        assertThat(vm.hintSourceProperty().get()).doesNotContain("teacher");
    }

    @Test
    void theLadderStopsAfterTheWholeStepInsteadOfRepeating() {
        test.tutor.setHintOrder(linear.id(), Tutor.HintOrder.MODEL_FIRST);
        ProblemViewModel vm = open(1);
        vm.hint();
        vm.hint();
        vm.hint();
        assertThat(vm.hintsProperty()).hasSize(3);
        vm.hint();
        assertThat(vm.hintsProperty()).hasSize(3);
        assertThat(vm.verdictProperty().get().text()).contains("whole step");
    }

    @Test
    void workAndAnswerComeBackAfterLeavingAndAfterARestart() {
        ProblemViewModel vm = open(2);
        vm.workProperty().set("2x = 10");
        vm.answerProperty().set("x = 5");
        vm.leave();
        ProblemViewModel again = open(2); // Back, then the same problem again
        assertThat(again.workProperty().get()).isEqualTo("2x = 10");
        assertThat(again.answerProperty().get()).isEqualTo("x = 5");
        assertThat(open(3).workProperty().get()).as("another problem has its own work").isEmpty();

        test.tutor.close(); // a restart: a new tutor on the same progress file
        Tutor restarted = Tutor.withProgressFile(test.home.resolve("progress.db"));
        try {
            AppContext app = new AppContext(restarted, test.tasks, test.settings, Texts.of("en"));
            ProblemViewModel afterRestart = new ProblemViewModel(linear, 2, app, test.navigator);
            assertThat(afterRestart.workProperty().get()).isEqualTo("2x = 10");
            assertThat(afterRestart.answerProperty().get()).isEqualTo("x = 5");
        } finally {
            restarted.close();
        }
    }

    @Test
    void nextAndPreviousMoveThroughThePackAndTheLastOneLeadsToTheSummary() {
        ProblemViewModel first = open(0);
        assertThat(first.display().number()).isEqualTo(1);
        assertThat(first.display().count()).isEqualTo(linear.problems().size());
        first.previous();
        assertThat(test.navigator.replaced).isEmpty(); // nothing before the first
        first.next();
        assertThat(test.navigator.replaced).containsExactly(new Routes.Problem(linear, 1));
        ProblemViewModel last = open(linear.problems().size() - 1);
        assertThat(last.display().isLast()).isTrue();
        last.next();
        assertThat(test.navigator.replaced).last().isEqualTo(new Routes.Summary(linear));
        last.previous();
        assertThat(test.navigator.replaced).last().isEqualTo(new Routes.Problem(linear, linear.problems().size() - 2));
    }

    @Test
    void whatsWrongNamesTheFirstMistake() {
        ProblemViewModel vm = open(1);
        vm.workProperty().set("3x = 25");
        vm.whatsWrong();
        assertThat(vm.verdictProperty().get().text()).startsWith("Line 1:").contains("sign");
    }

    @Test
    void textsFollowTheChosenLanguage() {
        test.inLanguage("es");
        ProblemViewModel vm = open(1);
        vm.check();
        assertThat(vm.verdictProperty().get().text()).isEqualTo(Texts.of("es").get("check.empty"))
                .isNotEqualTo(Texts.of("en").get("check.empty"));
    }
}
