package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.ClassReport.StudentRow;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A language change rebuilt the library, the teacher's pack list, a pack's problem list and the class report from
 * their routes: the chosen row, the scroll position, the open tab, the chosen student and typed text were lost. Now
 * they are said again over their view models, like the problem screen and the editor, and keep all of it.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageChangeKeepsPlaceTest {
    private static final Texts ES = Texts.of("es");
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    private void toSpanish(FxRobot robot) throws Exception {
        robot.interact(() -> {
            SettingsStore settings = window.main().app().settings();
            Settings now = settings.get();
            settings.change(new Settings(now.model(), "es", now.theme(), now.fontScale()), new CurrentThreadTaskExecutor(),
                    problem -> {});
        });
        FxWait.until(() -> robot.lookup("#back").queryButton().getText().equals(ES.get("nav.back")), 20);
    }

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private static int firstShown(ListView<?> list) {
        return ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    /** Chooses a row far down the list and scrolls to it, then reads where the list is. */
    private static int[] chooseFarDown(FxRobot robot, String id) throws Exception {
        FxWait.until(() -> list(robot, id).getItems().size() > 12, 30);
        robot.interact(() -> {
            list(robot, id).getSelectionModel().select(6);
            list(robot, id).scrollTo(4);
        });
        FxWait.until(() -> firstShown(list(robot, id)) == 4, 10);
        return new int[]{6, 4};
    }

    private static void sameRow(FxRobot robot, String id, int[] place) throws Exception {
        FxWait.until(() -> list(robot, id).getSelectionModel().getSelectedIndex() == place[0], 20);
    }

    private static void samePlace(FxRobot robot, String id, int[] place) throws Exception {
        sameRow(robot, id, place);
        FxWait.until(() -> firstShown(list(robot, id)) == place[1], 20);
    }

    @Test
    void theLibraryKeepsItsChosenPackScrollAndTypedProblem(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        int[] place = chooseFarDown(robot, "#packs");
        robot.interact(() -> robot.lookup("#own-problem").queryTextInputControl().setText("2x + 3 = 7"));

        toSpanish(robot);
        samePlace(robot, "#packs", place);
        assertThat(robot.lookup("#own-problem").queryTextInputControl().getText()).isEqualTo("2x + 3 = 7");
        LibraryViewModel.PackItem chosen = LanguageChangeKeepsPlaceTest.<LibraryViewModel.PackItem>list(robot, "#packs")
                .getSelectionModel().getSelectedItem();
        assertThat(chosen.details()).as("said in Spanish").contains("problemas");
        // the folders are read again as the screen is shown: the chosen pack and the scroll stay through it
        FxWait.until(() -> list(robot, "#packs").getParent().lookupAll(".progress-indicator").stream()
                .noneMatch(javafx.scene.Node::isVisible), 30);
        Thread.sleep(300);
        samePlace(robot, "#packs", place);
    }

    @Test
    void theTeachersPackListKeepsItsChosenPackAndScroll(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        var session = window.main().app().tutor().teacher().setFirstPin("5820".toCharArray());
        robot.interact(() -> window.main().go(new AuthorRoutes.Packs(session)));
        int[] place = chooseFarDown(robot, "#teacher-packs");

        toSpanish(robot);
        samePlace(robot, "#teacher-packs", place);
        assertThat(robot.lookup("#teacher-edit").queryButton().getText()).isEqualTo(ES.get("teacher.edit"));
        Thread.sleep(500);
        samePlace(robot, "#teacher-packs", place);
    }

    @Test
    void aPacksProblemListKeepsItsChosenProblem(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        LessonPack pack = TestApp.bundled("linear-equations.json");
        robot.interact(() -> window.main().go(new Routes.Pack(pack)));
        FxWait.shown(robot, "#problems", 20);
        robot.interact(() -> list(robot, "#problems").getSelectionModel().select(3));

        toSpanish(robot);
        FxWait.until(() -> list(robot, "#problems").getSelectionModel().getSelectedIndex() == 3, 20);
        assertThat(robot.lookup("#continue").queryButton().getText()).isEqualTo(ES.get("pack.continue"));
    }

    @Test
    void theClassReportKeepsItsTabAndChosenStudents(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        LessonPack motion = TestApp.bundled("motion.json");
        robot.interact(() -> {
            var c = window.main().app().tutor().classroom();
            for (String name : List.of("Ana", "Ben", "Carmen")) {
                c.signIn(c.createStudent(name, Optional.empty()), "");
                for (Problem p : motion.problems()) {
                    c.opened(motion, p);
                    c.recordAttempt(motion.id(), p, "1", true, false, "quantity", List.of(), "", false);
                }
            }
            c.signOut();
        });
        robot.interact(() -> window.main().go(new ClassroomRoutes.ClassReport()));
        FxWait.until(() -> list(robot, "#class-students").getItems().size() == 3, 30);
        robot.interact(() -> {
            robot.lookup("#report-tabs").queryAs(TabPane.class).getSelectionModel().select(5); // the students
            list(robot, "#class-students").getSelectionModel().select(2);
            timelineStudent(robot).getSelectionModel().select(1);
            robot.lookup("#rename-to").queryTextInputControl().setText("Carmen R.");
        });

        toSpanish(robot);
        FxWait.until(() -> robot.lookup("#report-tabs").queryAs(TabPane.class).getTabs().get(0).getText()
                .equals(ES.get("report.tab.heat")), 20);
        Thread.sleep(500); // the report is read again in the new language
        FxWait.until(() -> robot.lookup("#report-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == 5,
                20);
        assertThat(LanguageChangeKeepsPlaceTest.<StudentRow>list(robot, "#class-students").getSelectionModel().getSelectedItem()
                .name())
                .isEqualTo("Carmen");
        assertThat(timelineStudent(robot).getValue().name()).isEqualTo("Ben");
        assertThat(robot.lookup("#rename-to").queryTextInputControl().getText()).isEqualTo("Carmen R.");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<StudentRow> timelineStudent(FxRobot robot) {
        return robot.lookup("#timeline-student").queryAs(ComboBox.class);
    }
}
