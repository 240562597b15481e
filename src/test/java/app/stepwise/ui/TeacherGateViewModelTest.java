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

    @AfterEach
    void close() {
        test.close();
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
    void aCheckThatFailsOtherwiseSaysNothingWasChanged() {
        TeacherGateViewModel vm = new TeacherGateViewModel(test.app(), test.navigator, pin -> {
            throw new IllegalStateException("disk gone");
        });
        vm.unlock("5820".toCharArray());
        assertThat(vm.messageProperty().get()).isEqualTo(test.app().texts().get("report.failed"));
    }

    @Test
    void theRightPinOpensTeacherModeAndAWrongOneIsToldWithItsWait() throws Exception {
        test.tutor.teacher().setFirstPin("5820".toCharArray());
        TeacherGateViewModel vm = new TeacherGateViewModel(test.app(), test.navigator);
        vm.unlock("1111".toCharArray());
        assertThat(vm.messageProperty().get()).isEqualTo(test.app().texts().get("teacher.wrongPin"));
        vm.unlock("5820".toCharArray());
        assertThat(test.navigator.replaced).singleElement().isInstanceOf(AuthorRoutes.Packs.class);
        assertThat(vm.messageProperty().get()).isEmpty();
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
