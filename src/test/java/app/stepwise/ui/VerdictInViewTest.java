package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * review24: in a window where the answer box sits near the bottom, the verdict of a Check came below the fold, and the
 * student clicked Check and saw nothing change. The verdict is scrolled into view; Check and Hint stay where they were.
 */
@ExtendWith(ApplicationExtension.class)
class VerdictInViewTest {
    private final TestApp test = new TestApp();
    private ProblemScreen screen;

    @Start
    void start(Stage stage) {
        LessonPack motion = TestApp.bundled("motion.json"); // mot-19: a three-line statement, a physics palette row
        int index = motion.problems().stream().map(p -> p.id()).toList().indexOf("mot-19");
        screen = ProblemScreen.show(stage, test, motion, index, 900, 420);
    }

    @AfterEach
    void close() {
        screen.close();
        test.close();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void theVerdictOfACheckIsScrolledIntoViewAndTheButtonsStayPut(FxRobot robot) throws Exception {
        ProblemView view = screen.view;
        Node check = robot.lookup("#check").query();
        Node hint = robot.lookup("#hint").query();
        robot.interact(() -> {
            screen.vm.workProperty().set("v^2 = u^2 + 2as\nv^2 = 4^2 + 2*0.6*70");
            screen.vm.answerProperty().set("10 m/s");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.scroll().getVvalue()).isZero();
        AtomicReference<double[]> before = new AtomicReference<>();
        robot.interact(() -> before.set(new double[]{inScene(check).getMinY(), inScene(hint).getMinY()}));

        robot.clickOn(check);
        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        FxWait.until(() -> verdict.isVisible() && !verdict.getText().isEmpty(), 15);
        WaitForAsyncUtils.waitForFxEvents(); // the scroll runs once the verdict is laid out
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Bounds> shown = new AtomicReference<>();
        AtomicReference<Bounds> viewport = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(inScene(verdict));
            viewport.set(view.scroll().localToScene(new BoundingBox(0, 0, view.scroll().getViewportBounds().getWidth(),
                    view.scroll().getViewportBounds().getHeight())));
            assertThat(inScene(check).getMinY()).as("Check").isEqualTo(before.get()[0]);
            assertThat(inScene(hint).getMinY()).as("Hint").isEqualTo(before.get()[1]);
        });
        assertThat(verdict.getText()).startsWith("✓");
        assertThat(shown.get().getMaxY()).as("the verdict's bottom is on screen")
                .isLessThanOrEqualTo(viewport.get().getMaxY() + 1);
        assertThat(shown.get().getMinY()).as("its top too").isGreaterThanOrEqualTo(viewport.get().getMinY() - 1);
        assertThat(view.scroll().getVvalue()).as("the screen scrolled to show it").isPositive();
    }
}
