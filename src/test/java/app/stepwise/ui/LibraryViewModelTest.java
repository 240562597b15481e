package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The library's reading of the pack folders on a slow computer. Under load 25-40 on 2 cores the first reading ran past
 * its 30 s budget (41-54 s on the clock, under 1 s of processor time of its own) and the library said "Stepwise could
 * not read the lesson folders. Check that they exist and that you may read them.": wrong twice, since the folders were
 * fine and the reading only slow. Now it says how far it has got, that it is still reading, and lists the packs.
 */
class LibraryViewModelTest {
    private TestApp test;
    private final String home = System.getProperty("stepwise.home");

    @AfterEach
    void close() {
        if (test != null) test.close();
        if (home == null) System.clearProperty("stepwise.home");
        else
            System.setProperty("stepwise.home", home);
    }

    private LibraryViewModel library(TaskExecutor tasks) {
        test = new TestApp(tasks);
        System.setProperty("stepwise.home", test.home.toString()); // no user packs: the bundled lessons alone
        return new LibraryViewModel(test.app(), test.navigator);
    }

    /** Every text the empty list showed, in order. */
    private static List<String> said(LibraryViewModel vm) {
        List<String> said = new ArrayList<>();
        vm.placeholderProperty().addListener((o, was, now) -> said.add(now));
        return said;
    }

    /** Fails every task the way the app's executor does when it is too slow (or never started). */
    private static TaskExecutor failingWith(Exception failure) {
        return new CurrentThreadTaskExecutor() {
            @Override
            public <T> TaskHandle execute(BackgroundTask<T> task) {
                task.running();
                task.failed(failure);
                return finished(() -> {});
            }
        };
    }

    /**
     * On a starved computer the first reading takes a minute; a student who leaves the library meanwhile (a typed-in
     * problem, the students' screen) and comes back must not start a second reading beside it, which would halve the
     * processor time of both: the return shows the running reading's progress. A pack added meanwhile is still listed,
     * by one more reading after the first has ended.
     */
    @Test
    void comingBackDuringTheFirstReadingStartsNoSecondReadingBesideIt() {
        HeldTaskExecutor tasks = new HeldTaskExecutor();
        LibraryViewModel vm = library(tasks);
        vm.load(); // the library is shown at start
        String reading = vm.placeholderProperty().get();
        vm.load(); // the student comes back to it, twice, while the packs are still being read
        vm.load();
        assertThat(tasks.started).as("readings started while the first runs").isEqualTo(1);
        assertThat(vm.placeholderProperty().get()).as("the running reading is still shown").isEqualTo(reading);
        assertThat(vm.loadingProperty().get()).isTrue();

        tasks.finishOne();
        assertThat(vm.packsProperty()).as("the first reading listed the packs").hasSizeGreaterThan(10);
        assertThat(tasks.started).as("one more reading, after the first, for a pack added meanwhile").isEqualTo(2);
        tasks.finishOne();
        assertThat(tasks.started).as("and no more").isEqualTo(2);
        assertThat(vm.loadingProperty().get()).isFalse();
        vm.load(); // a later return reads the folders again as before
        assertThat(tasks.started).isEqualTo(3);
    }

    @Test
    void onAStarvedComputerTheLibrarySaysItIsStillReadingAndThenListsThePacks() {
        LibraryViewModel vm = library(new StarvedComputerExecutor());
        List<String> said = said(vm);
        vm.load();
        Texts en = test.app().texts();
        assertThat(vm.packsProperty()).as("the bundled lessons").hasSizeGreaterThan(10);
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(said).contains(en.get("library.reading")).noneMatch(s -> s.equals(en.get("library.unreadable")));
        int n = vm.packsProperty().size();
        assertThat(said).as("still reading, and how far").anySatisfy(s -> assertThat(s)
                .startsWith(en.get("library.reading.slow")).contains("(" + n + " of " + n + ")"));
    }

    @Test
    void whileReadingTheEmptyListSaysHowFarItHasGot() {
        LibraryViewModel vm = library(new CurrentThreadTaskExecutor());
        List<String> said = said(vm);
        vm.load();
        int n = vm.packsProperty().size();
        assertThat(said).contains("Reading the lesson packs… (0 of " + n + ")", "Reading the lesson packs… (1 of " + n + ")",
                "Reading the lesson packs… (" + n + " of " + n + ")");
        assertThat(vm.placeholderProperty().get()).as("once read").startsWith("No lesson packs found");
    }

    @Test
    void aReadingTooSlowEvenForABusyComputerSaysSoNotThatTheFoldersAreUnreadableAndOffersToTryAgain() {
        LibraryViewModel vm = library(failingWith(new BackgroundTask.TimedOut("read lesson packs", Duration.ofSeconds(30))));
        vm.load();
        Texts en = test.app().texts();
        assertThat(vm.placeholderProperty().get()).isEqualTo(en.get("library.timedOut")).contains("took too long")
                .contains("try again").isNotEqualTo(en.get("library.unreadable"));
        assertThat(vm.failedProperty().get()).as("Try again is offered").isTrue();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aReadingThatNeverStartedSaysTheComputerWasBusyInTheStudentsLanguage() {
        LibraryViewModel vm = library(failingWith(new BackgroundTask.NotStarted("read lesson packs", Duration.ofMinutes(1))));
        vm.load();
        assertThat(vm.placeholderProperty().get()).isEqualTo(test.app().texts().get("library.busy")).contains("busy");
        vm.relabel(Texts.of("es"));
        assertThat(vm.placeholderProperty().get()).as("said again in Spanish, still the failure").contains("ocupado")
                .doesNotContain("No se encontró");
    }

    @Test
    void aFolderThatCannotBeReadIsStillSaidSo() {
        LibraryViewModel vm = library(failingWith(new java.io.UncheckedIOException(new java.io.IOException("denied"))));
        vm.load();
        assertThat(vm.placeholderProperty().get()).isEqualTo(test.app().texts().get("library.unreadable"));
        assertThat(vm.failedProperty().get()).isTrue();
    }
}
