package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Teacher mode's pack list while the packs are read: at load 24 it was an empty box with no word for about 10 s
 * (load22's run under Xvfb); it now says it is reading, on a starved computer that it is still reading, and then lists
 * the packs with the status line cleared.
 */
class TeacherPacksViewModelTest {
    private final String home = System.getProperty("stepwise.home");
    private TestApp test;

    @AfterEach
    void close() {
        if (test != null) test.close();
        if (home == null) System.clearProperty("stepwise.home");
        else
            System.setProperty("stepwise.home", home);
    }

    private List<String> readWith(TaskExecutor tasks) throws Exception {
        System.setProperty("stepwise.home", Files.createTempDirectory("stepwise-teacher-list").toString());
        test = new TestApp(tasks);
        var session = test.tutor.teacher().setFirstPin("5820".toCharArray());
        TeacherPacksViewModel vm = new TeacherPacksViewModel(test.app(), test.navigator, session);
        List<String> said = new ArrayList<>();
        vm.statusProperty().addListener((o, was, now) -> said.add(now));
        vm.load();
        assertThat(vm.packs()).as("the bundled lessons").hasSizeGreaterThan(10);
        assertThat(vm.statusProperty().get()).as("nothing left to say once listed").isEmpty();
        return said;
    }

    @Test
    void whileThePacksAreReadTheListSaysSoAndThenListsThem() throws Exception {
        assertThat(readWith(new CurrentThreadTaskExecutor())).startsWith(Texts.of("en").get("library.reading"));
    }

    @Test
    void onAStarvedComputerItSaysItIsStillReadingAndThenListsThem() throws Exception {
        assertThat(readWith(new StarvedComputerExecutor())).contains(Texts.of("en").get("library.reading.slow"))
                .doesNotContain(Texts.of("en").get("library.timedOut"), Texts.of("en").get("library.unreadable"));
    }

    /**
     * load23: teacher mode's list read the folders again on every return (from the editor, the class report) and could
     * start a second reading beside one still running on a starved computer. Now, as the library: one at a time, and one
     * more after it for what changed meanwhile.
     */
    @Test
    void comingBackDuringAReadingStartsNoSecondReadingBesideIt() throws Exception {
        System.setProperty("stepwise.home", Files.createTempDirectory("stepwise-teacher-held").toString());
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        test = new TestApp(tasks);
        var session = test.tutor.teacher().setFirstPin("5820".toCharArray());
        TeacherPacksViewModel vm = new TeacherPacksViewModel(test.app(), test.navigator, session);
        vm.load(); // teacher mode opens
        vm.load(); // the teacher comes back to the list, twice, while the packs are still being read
        vm.load();
        assertThat(tasks.started).as("readings started while the first runs").isEqualTo(1);
        assertThat(vm.statusProperty().get()).isEqualTo(Texts.of("en").get("library.reading"));
        tasks.finishOne();
        assertThat(vm.packs()).as("the first reading listed the packs").hasSizeGreaterThan(10);
        assertThat(tasks.started).as("one more reading, for what changed meanwhile").isEqualTo(2);
        tasks.finishOne();
        assertThat(tasks.started).as("and no more").isEqualTo(2);
        vm.load(); // a later return reads the folders again as before
        assertThat(tasks.started).isEqualTo(3);
    }

}
