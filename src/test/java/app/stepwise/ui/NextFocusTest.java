package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ui18's tour: after Next the keys once went to "← Back" instead of the working box. The new screen takes the focus as
 * it is shown, so the keys never pass through the top bar on the way (no timing involved).
 */
@ExtendWith(ApplicationExtension.class)
class NextFocusTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    @Test
    void afterNextTheKeysGoStraightToTheWorkingBox(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        robot.interact(() -> new LibraryViewModel(window.main().app(), window.main())
                .openFile(Path.of("lessons", "linear-equations.json"), Optional.of("le-01")));
        FxWait.until(() -> robot.lookup("#work").tryQuery().map(Node::isFocused).orElse(false), 20);
        TextArea first = robot.lookup("#work").queryAs(TextArea.class);

        List<Node> owners = new CopyOnWriteArrayList<>();
        ChangeListener<Node> record = (o, was, now) -> owners.add(now == null ? new javafx.scene.Group() : now);
        robot.interact(() -> window.stage.getScene().focusOwnerProperty().addListener(record));
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL); // Next
        FxWait.until(() -> robot.lookup("#work").tryQuery().filter(n -> n != first).map(Node::isFocused).orElse(false), 20);
        for (int pulse = 0; pulse < 20; pulse++) { // the screen settles: a moment more, as a student would take
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.interact(() -> window.stage.getScene().focusOwnerProperty().removeListener(record));

        assertThat(owners).as("where the keys went after Next").isNotEmpty()
                .noneMatch(n -> "back".equals(n.getId()) || n instanceof javafx.scene.control.Button);
        assertThat(owners.get(owners.size() - 1).getId()).isEqualTo("work");
    }
}
