package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.teacher.TeacherStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The teacher PIN check. On a starved computer the check ran past its budget and the gate said only "Stepwise could
 * not finish that. Nothing was changed."; a check that takes too long now says so, and to try again.
 */
class TeacherGateViewModelTest {
    private final TestApp test = new TestApp();

    private final String home = System.getProperty("stepwise.home");

    @AfterEach
    void close() {
        test.close();
        if (home == null) System.clearProperty("stepwise.home");
        else
            System.setProperty("stepwise.home", home);
    }

    /** An app with a teacher file of its own (the shared test home may already have a PIN from another test). */
    private static TestApp ownTeacherFile(TaskExecutor tasks) throws java.io.IOException {
        System.setProperty("stepwise.home", java.nio.file.Files.createTempDirectory("stepwise-gate").toString());
        return new TestApp(tasks);
    }

    private static TeacherGateViewModel.PinCheck tooSlow() {
        return pin -> {
            throw new BackgroundTask.TimedOut("teacher PIN", TeacherGateViewModel.BUDGET);
        };
    }

    @Test
    void aCheckThatTakesTooLongSaysSoAndToTryAgain() {
        TeacherGateViewModel vm = new TeacherGateViewModel(test.app(), test.navigator, tooSlow());
        vm.unlock("5820".toCharArray());
        Texts en = test.app().texts();
        assertThat(vm.messageProperty().get()).isEqualTo(en.get("teacher.pin.timedOut")).contains("took too long")
                .contains("try again").isNotEqualTo(en.get("report.failed"));
        assertThat(vm.checkingProperty().get()).as("Unlock can be pressed again").isFalse();
        assertThat(test.navigator.replaced).isEmpty();
    }

    @Test
    void aCheckThatTakesTooLongIsSaidInSpanish() {
        test.inLanguage("es");
        TeacherGateViewModel vm = new TeacherGateViewModel(test.app(), test.navigator, tooSlow());
        vm.unlock("5820".toCharArray());
        assertThat(vm.messageProperty().get()).contains("tardó demasiado").contains("vuelve a intentarlo");
    }

    @Test
    void aCheckThatNeverStartedBecauseOtherWorkKeptTheComputerBusySaysSoNotThatItWasSlow() {
        TeacherGateViewModel vm = new TeacherGateViewModel(test.app(), test.navigator, pin -> {
            throw new BackgroundTask.NotStarted("teacher PIN", TeacherGateViewModel.QUEUE_LIMIT);
        });
        vm.unlock("5820".toCharArray());
        Texts en = test.app().texts();
        assertThat(vm.messageProperty().get()).isEqualTo(en.get("teacher.pin.busy")).contains("busy")
                .contains("try again").isNotEqualTo(en.get("teacher.pin.timedOut"));
        test.inLanguage("es");
        vm = new TeacherGateViewModel(test.app(), test.navigator, pin -> {
            throw new BackgroundTask.NotStarted("teacher PIN", TeacherGateViewModel.QUEUE_LIMIT);
        });
        vm.unlock("5820".toCharArray());
        assertThat(vm.messageProperty().get()).contains("ocupado").contains("vuelve a intentarlo");
    }

    @Test
    void onAStarvedComputerTheRightPinSaysItIsStillCheckingAndThenOpensTeacherMode() throws Exception {
        // on main the first check on a computer at load 25-40 ran past its 30 s budget and said "took too long"
        try (TestApp starved = ownTeacherFile(new StarvedComputerExecutor())) {
            starved.tutor.teacher().setFirstPin("5820".toCharArray());
            TeacherGateViewModel vm = new TeacherGateViewModel(starved.app(), starved.navigator);
            java.util.List<String> said = new java.util.ArrayList<>();
            vm.messageProperty().addListener((o, was, now) -> said.add(now));
            vm.unlock("5820".toCharArray());
            Texts en = starved.app().texts();
            assertThat(said).contains(en.get("teacher.pin.checking"), en.get("teacher.pin.slow"))
                    .doesNotContain(en.get("teacher.pin.timedOut"));
            assertThat(en.get("teacher.pin.slow")).contains("Still checking").contains("busy");
            assertThat(starved.navigator.replaced).singleElement().isInstanceOf(AuthorRoutes.Packs.class);
            assertThat(vm.messageProperty().get()).isEmpty();
        }
    }

    @Test
    void warmingThePinHashUpRunsInTheBackgroundAndChecksNothing() throws Exception {
        try (TestApp starved = ownTeacherFile(new StarvedComputerExecutor())) {
            starved.tutor.teacher().setFirstPin("5820".toCharArray());
            TeacherGateViewModel vm = new TeacherGateViewModel(starved.app(), starved.navigator);
            vm.warmUp();
            assertThat(vm.messageProperty().get()).isEmpty();
            assertThat(starved.tutor.teacher().unlock("1111".toCharArray()))
                    .as("no wrong PIN was counted by the warm-up").isEqualTo(new TeacherStore.Unlock.Wrong(1, Duration.ZERO));
        }
    }

    @Test
    void aCheckThatFailsOtherwiseSaysNothingWasChanged() {
        TeacherGateViewModel vm = new TeacherGateViewModel(test.app(), test.navigator, pin -> {
            throw new IllegalStateException("disk gone");
        });
        vm.unlock("5820".toCharArray());
        assertThat(vm.messageProperty().get()).isEqualTo(test.app().texts().get("report.failed"));
    }

    @Test
    void theRightPinOpensTeacherModeAndAWrongOneIsToldWithItsWait() throws Exception {
        try (TestApp own = ownTeacherFile(new CurrentThreadTaskExecutor())) { // the PIN set here stays in its file
            own.tutor.teacher().setFirstPin("5820".toCharArray());
            TeacherGateViewModel vm = new TeacherGateViewModel(own.app(), own.navigator);
            vm.unlock("1111".toCharArray());
            assertThat(vm.messageProperty().get()).isEqualTo(own.app().texts().get("teacher.wrongPin"));
            vm.unlock("5820".toCharArray());
            assertThat(own.navigator.replaced).singleElement().isInstanceOf(AuthorRoutes.Packs.class);
            assertThat(vm.messageProperty().get()).isEmpty();
        }
    }

    @Test
    void whileThePinIsCheckedTheGateSaysSo() {
        String[] said = new String[1];
        TeacherGateViewModel[] vm = new TeacherGateViewModel[1];
        vm[0] = new TeacherGateViewModel(test.app(), test.navigator, pin -> {
            said[0] = vm[0].messageProperty().get();
            return new TeacherStore.Unlock.Wrong(1, Duration.ZERO);
        });
        vm[0].unlock("1111".toCharArray());
        assertThat(said[0]).isEqualTo(test.app().texts().get("teacher.pin.checking"));
    }
}
