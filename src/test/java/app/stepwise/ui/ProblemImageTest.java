package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.PackImageTest;
import app.stepwise.lesson.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A student opens a pack unpacked into a folder of its own (pack.json + images/): the first problem shows its picture
 * under the statement, scaled to fit, with its alt text for screen readers; the second refers to a hostile PNG (a header
 * claiming 100 000 × 100 000 pixels), which is refused before decoding — the student sees the alt text and can still
 * answer the problem.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemImageTest {
    private WholeApp window;
    private Path packFolder;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-pictures");
        packFolder = Files.createDirectories(home.resolve("packs/pictures"));
        Path images = Files.createDirectories(packFolder.resolve("images"));
        Files.write(images.resolve("scale.png"), PackImageTest.png(3000, 600)); // wider than the window
        Files.write(images.resolve("bomb.png"), PackImageTest.claimingPng(100_000, 100_000));
        Files.writeString(packFolder.resolve("pack.json"), """
                {"schemaVersion": 1, "id": "pictures", "title": "Pictures", "subject": "math", "problems": [
                  {"id": "p1", "statement": "The scale shows a force. Solve $x + 1 = 5$.",
                   "image": {"file": "images/scale.png", "alt": "A spring scale showing 4 N"},
                   "answer": {"kind": "equation", "value": "x = 4"}},
                  {"id": "p2", "statement": "Solve $x + 2 = 5$.",
                   "image": {"file": "images/bomb.png", "alt": "A number line from 0 to 5"},
                   "answer": {"kind": "equation", "value": "x = 3"}}]}
                """);
        window = WholeApp.startIn(robot, home);
    }

    @AfterEach
    void stop() {
        if (window != null) window.close();
    }

    @Test
    void aProblemShowsItsPictureAndARefusedPictureLeavesItsAltTextAndAWorkingProblem(FxRobot robot) throws Exception {
        FxWait.until(() -> !robot.lookup("#packs").queryAs(ListView.class).getItems().isEmpty(), 20);
        ListView<?> packs = robot.lookup("#packs").queryAs(ListView.class);
        int[] index = {-1};
        robot.interact(() -> {
            for (int i = 0; i < packs.getItems().size(); i++)
                if (((LibraryViewModel.PackItem) packs.getItems().get(i)).title().equals("Pictures")) index[0] = i;
            packs.getSelectionModel().select(index[0]);
        });
        assertThat(index[0]).as("the library lists the pack in its own folder").isNotNegative();
        robot.interact(() -> packs.requestFocus());
        robot.type(KeyCode.ENTER);
        FxWait.shown(robot, "#problems", 10);
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        robot.interact(() -> {
            problems.getSelectionModel().select(0);
            problems.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.shown(robot, "#answer", 10);

        // the picture, decoded in the background, replaces the alt text under the statement
        FxWait.shown(robot, "#problem-image-view", 20);
        ImageView view = robot.lookup("#problem-image-view").queryAs(ImageView.class);
        assertThat(view.getImage().getWidth()).as("decoded no wider than needed").isEqualTo(ProblemViewModel.IMAGE_DECODE_WIDTH);
        assertThat(view.getAccessibleText()).isEqualTo("A spring scale showing 4 N");
        double windowWidth = view.getScene().getWidth();
        assertThat(view.getBoundsInParent().getWidth()).as("scaled to fit").isLessThan(windowWidth);
        assertThat(robot.lookup("#problem-image-alt").tryQuery()).isEmpty();

        // the hostile picture: refused, its alt text shown, the problem still works
        robot.clickOn("#next");
        FxWait.until(() -> robot.lookup("#position").queryAs(Label.class).getText().contains("2"), 10);
        FxWait.shown(robot, "#problem-image-alt", 10);
        FxWait.until(() -> robot.lookup("#problem-image-alt").queryAs(Label.class).getStyleClass()
                .contains("picture-unavailable"), 20); // the load has ended, without a picture
        assertThat(robot.lookup("#problem-image-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#problem-image-alt").queryAs(Label.class).getText()).contains("A number line from 0 to 5");
        robot.clickOn("#answer").write("x = 3");
        robot.clickOn("#check");
        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        FxWait.until(() -> !verdict.getText().isEmpty(), 20);
        assertThat(verdict.getText()).contains("Correct");
    }

    @Test
    void aHostilePictureIsRefusedBeforeAnythingDecodesIt(FxRobot robot) {
        Problem.Image bomb = new Problem.Image("images/bomb.png", "bomb", packFolder);
        Problem.Image good = new Problem.Image("images/scale.png", "scale", packFolder);
        assertThat(ProblemViewModel.decode(bomb)).isEmpty();
        assertThat(ProblemViewModel.decode(good)).hasValueSatisfying(i -> assertThat(i.getHeight()).isEqualTo(240));
    }
}
