package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * One problem screen (the view over its view model) in TestFX's shared stage, for tests of what the student sees on
 * it. {@link #close} leaves the problem, as going back does, and gives the stage back its size.
 */
final class ProblemScreen {
    final ProblemViewModel vm;
    final ProblemView view;
    private final Stage stage;

    private ProblemScreen(ProblemViewModel vm, ProblemView view, Stage stage) {
        this.vm = vm;
        this.view = view;
        this.stage = stage;
    }

    /** The pack's problem at this index, shown in a window of this size, in the language of the test's app. */
    static ProblemScreen show(Stage stage, TestApp test, LessonPack pack, int index, double width, double height) {
        ProblemViewModel vm = new ProblemViewModel(pack, index, test.app(), test.navigator);
        ProblemView view = new ProblemView(vm, test.app().texts());
        SharedStage.show(stage, view, width, height);
        return new ProblemScreen(vm, view, stage);
    }

    void close() {
        new FxRobot().interact(() -> {
            vm.leave();
            SharedStage.restore(stage);
        });
    }
}
