package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pack editor's logic without JavaFX: the pack is checked on the test thread through the same-thread executor. */
class PackEditorViewModelTest {
    private final TestApp test = new TestApp();

    @AfterEach
    void close() {
        test.close();
    }

    /**
     * ui17's tour: a valid pack said "Validation: no problems found." in the panel and "The pack is valid." in the status
     * line under it, two messages for one fact. With nothing found the panel's line is the one message; errors are
     * still counted in the status line, and it is empty again once they are fixed.
     */
    @Test
    void aPackWithNothingFoundIsSaidOnceByThePanelNotAgainInTheStatusLine() {
        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.empty(),
                TestApp.bundled("linear-equations.json"));
        assertThat(vm.findings()).as("the bundled pack is valid").isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
        vm.problems.get(0).value.set("x = 6"); // le-01 solves to x = 5
        assertThat(vm.findings()).anyMatch(PackEditorViewModel.Finding::error);
        assertThat(vm.statusProperty().get()).endsWith("to fix before saving.");
        vm.problems.get(0).value.set("x = 5");
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
    }
}
