package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window on a computer where nothing has happened yet: the sign-in screen with no names, and a data folder that
 * cannot keep the work (the window said nothing; only the command line's first line did).
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
        // the progress file's trouble dialog (no folder to open it in) is left by the broken-folder test: closed here
        new FxRobot().interact(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (window == null || w != window.stage) w.hide();
        }));
    }

    /**
     * review24: the window stood black while Stepwise built its first screen (seconds on a busy computer). The window
     * that opens says "Loading Stepwise…" at once, in the language and theme of the settings, and the library follows.
     */
    @Test
    void theWindowSaysLoadingAtOnceThenShowsTheLibrary(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-loading");
        Files.writeString(home.resolve("settings.json"), "{\"language\": \"es\", \"theme\": \"DARK\"}");
        System.setProperty("stepwise.home", home.toString());
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        StepwiseApp[] app = new StepwiseApp[1];
        String[] first = new String[3];
        robot.interact(() -> {
            stage[0] = new javafx.stage.Stage();
            app[0] = new StepwiseApp();
            app[0].start(stage[0]);
            // what the window holds as start returns: its first frame
            javafx.scene.Parent root = stage[0].getScene().getRoot();
            first[0] = root instanceof MainView ? "the library" : root.lookup("#loading") instanceof Label l ? l.getText() : "?";
            first[1] = String.valueOf(stage[0].isShowing());
            first[2] = String.join(" ", stage[0].getScene().getStylesheets());
        });
        try {
            assertThat(first[0]).isEqualTo("Cargando Stepwise…");
            assertThat(first[1]).as("shown at once").isEqualTo("true");
            assertThat(first[2]).as("in the settings' theme").contains("theme-dark.css");
            FxWait.shown(robot, "#packs", 20);
            assertThat(stage[0].getScene().getRoot()).isInstanceOf(MainView.class);
        } finally {
            robot.interact(() -> {
                app[0].stop();
                stage[0].close();
            });
        }
    }

    /**
     * Seen on the tours: an empty names list was a large blank box, and "nobody has a name yet" stood under the
     * buttons. The screen now says so in the list's place, in a few lines, with the buttons right under it.
     */
    @Test
    void withNoNamesYetTheSignInScreenSaysSoWhereTheNamesWouldBe(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        robot.interact(() -> {
            window.stage.setWidth(1024);
            window.stage.setHeight(600);
        });
        robot.clickOn("#student");
        FxWait.shown(robot, "#students-empty", 20);
        Node none = robot.lookup("#students-empty").query();
        Button add = robot.lookup("#new-student").queryButton();
        robot.interact(() -> {
            Bounds noneBox = inScene(none);
            Bounds addBox = inScene(add);
            assertThat(noneBox.getMaxY()).as("the note stands above the buttons").isLessThan(addBox.getMinY());
            assertThat(noneBox.getHeight()).as("a few lines, not a large empty box").isLessThan(110);
            assertThat(addBox.getMinY()).as("the buttons right under the heading and the note").isLessThan(260);
            assertThat(((javafx.scene.layout.VBox) none).getChildren()).extracting(n -> ((Label) n).getText())
                    .containsExactly("No names here yet",
                            "Press \"I'm new here\" to add your name, or practise without a name.");
            assertThat(robot.lookup("#students-message").queryAs(Label.class).getText())
                    .as("nothing said again under the buttons").isEmpty();
            assertThat(robot.lookup("#students-list").query().isVisible())
                    .as("no empty names box").isFalse();
        });
        robot.clickOn("#new-student");
        FxWait.shown(robot, "#new-name", 10);
        assertThat(none.isVisible()).as("the name form takes the note's place").isFalse();
        assertThat(robot.lookup("#students-list").query().isVisible()).as("and no empty names box comes back").isFalse();
    }

    /**
     * A data folder the account cannot use (here a link to a stick that is not there; owned by root is the same case
     * for a student's account) is said on the window itself: why the work cannot be saved and what to do, in the
     * window's language, again after a change of language; Close hides it.
     */
    @Test
    void aDataFolderThatCannotKeepTheWorkIsSaidOnTheWindowInItsLanguage(FxRobot robot) throws Exception {
        Path parent = Files.createTempDirectory("stepwise-broken");
        Path link = Files.createSymbolicLink(parent.resolve("stepwise-data"), parent.resolve("usb-stick/stepwise"));
        window = WholeApp.startIn(robot, link);
        FxWait.shown(robot, "#data-folder-banner", 20);
        Label said = robot.lookup("#data-folder-warning").queryAs(Label.class);
        assertThat(said.getText()).contains(link.toString()).contains("is a link to").contains("your work cannot be saved")
                .contains("Connect it");
        Thread.sleep(1000); // the progress file's trouble arrives meanwhile: the banner says it, not a second dialog
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(Window.getWindows()).as("no 'progress file' dialog over the banner")
                .noneMatch(w -> w.getScene() != null && w.getScene().lookup("#store-trouble") != null));
        robot.interact(() -> {
            Settings s = window.main().app().settings().get();
            window.main().app().settings().change(s.withLanguage("es"), window.main().app().tasks(), problem -> {});
        });
        FxWait.until(() -> said.getText().contains("no se puede guardar"), 20);
        assertThat(said.getText()).contains(link.toString()).contains("es un enlace a").contains("Conéctala");
        assertThat(robot.lookup("#data-folder-dismiss").queryButton().getText()).isEqualTo("Cerrar");
        robot.interact(() -> robot.lookup("#data-folder-dismiss").queryButton().fire());
        FxWait.until(() -> !robot.lookup("#data-folder-banner").query().isVisible(), 10);
        assertThat(robot.lookup("#data-folder-banner").query().isManaged()).as("it takes no room once closed").isFalse();
    }

    /** Seen at 1366×768: a name button stood flush with its box's top-left corner, its edge looking cut. */
    @Test
    void aStudentsNameStandsClearOfItsBoxsEdges(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        window.main().app().tutor().classroom().createStudent("Amina", java.util.Optional.empty());
        robot.clickOn("#student");
        FxWait.shown(robot, "#student-Amina", 20);
        robot.interact(() -> {
            Bounds n = inScene(robot.lookup("#student-Amina").query());
            Bounds b = inScene(robot.lookup("#students-list").query());
            assertThat(n.getMinX() - b.getMinX()).as("left margin").isGreaterThanOrEqualTo(6);
            assertThat(n.getMinY() - b.getMinY()).as("top margin").isGreaterThanOrEqualTo(6);
        });
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** A usable data folder says nothing: no banner, no room taken. */
    @Test
    void aUsableDataFolderShowsNoBanner(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        Node banner = robot.lookup("#data-folder-banner").query();
        assertThat(banner.isVisible()).isFalse();
        assertThat(banner.isManaged()).isFalse();
    }
}
