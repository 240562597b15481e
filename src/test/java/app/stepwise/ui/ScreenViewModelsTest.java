package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import app.stepwise.tutor.HintService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The library, pack, summary and settings view models, without JavaFX. */
class ScreenViewModelsTest {
    private final TestApp test = new TestApp();
    private final LessonPack linear = TestApp.bundled("linear-equations.json");

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theLibraryListsTheBundledPacksAndOpensOne() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.load();
        assertThat(vm.packsProperty()).extracting(LibraryViewModel.PackItem::title).contains("Linear equations");
        assertThat(vm.loadingProperty().get()).isFalse();
        int index = vm.packsProperty().stream().map(LibraryViewModel.PackItem::title).toList().indexOf("Linear equations");
        vm.open(index);
        assertThat(test.navigator.went).hasSize(1);
        assertThat(((Routes.Pack) test.navigator.went.get(0)).pack().id()).isEqualTo(linear.id());
    }

    @Test
    void aTypedInProblemIsReadBackAndOpensAsACheckableProblem() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.readOwnProblem("Solve 5x = −27.");
        assertThat(vm.readingProperty().get()).isEqualTo("Solving 5x = −27 for x");
        var route = (Routes.Problem) test.navigator.went.get(0);
        var problem = route.pack().problems().get(route.index());
        assertThat(problem.work()).isPresent();
        var verdict = test.tutor.check(route.pack().id(), problem, "x = -27/5", java.util.List.of("x = -27/5"),
                java.util.List.of());
        assertThat(verdict.answer().orElseThrow().correct()).isTrue();
        assertThat(verdict.firstError()).isEmpty();
    }

    @Test
    void aTypedInProblemOutsideEveryFamilyIsToldHonestly() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.readOwnProblem("Integrate x^2 from 0 to 3.");
        // typed21: and what it can check, with an example to type
        assertThat(vm.readingProperty().get()).startsWith("Stepwise can't check this kind of problem yet. It can check:")
                .contains("• Equations: linear, quadratic and simultaneous", "• Calculus: derivatives",
                        "For example, you could type: Solve 3x + 5 = 20");
        assertThat(test.navigator.went).isEmpty();
    }

    /** read18p: three resistors were told the general "can't check"; the screen says the family takes two. */
    @Test
    void aTypedInCircuitOfThreeResistorsIsToldWhy() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.readOwnProblem("Three resistors of 2 Ω, 3 Ω and 5 Ω are in series. Find the total resistance.");
        assertThat(vm.readingProperty().get()).contains("three or more resistors");
        assertThat(test.navigator.went).isEmpty();
    }

    @Test
    void openingAPackWithAnUnknownProblemIdSaysSo() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.openFile(Path.of("lessons", "linear-equations.json"), Optional.of("no-such-id"));
        assertThat(test.navigator.went).hasSize(1); // the pack opens
        assertThat(test.navigator.told).singleElement().asString().contains("no-such-id").contains("No such problem");
    }

    @Test
    void openingAKnownProblemGoesStraightToIt() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.openFile(Path.of("lessons", "linear-equations.json"), Optional.of("le-03"));
        assertThat(test.navigator.went).last().isEqualTo(new Routes.Problem(linear, 2));
        assertThat(test.navigator.told).isEmpty();
    }

    @Test
    void aBrokenPackFileIsToldInWords() throws Exception {
        Path broken = Files.writeString(test.home.resolve("broken.json"), "{\"id\": ");
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.openFile(broken, Optional.empty());
        assertThat(test.navigator.went).isEmpty();
        assertThat(test.navigator.told).singleElement().asString().contains("broken.json").doesNotContain("Exception");
    }

    @Test
    void thePackListMarksSolvedAndAttemptedProblems() {
        test.tutor.check(linear.id(), linear.problems().get(0), "x = -999", java.util.List.of(), java.util.List.of());
        var p1 = linear.problems().get(1);
        test.tutor.check(linear.id(), p1, "x = 5", java.util.List.of(), java.util.List.of());
        PackViewModel vm = new PackViewModel(linear, test.app(), test.navigator);
        assertThat(vm.problemsProperty()).extracting(PackViewModel.ProblemItem::status).containsOnly(PackViewModel.Status.NEW);
        vm.refresh();
        assertThat(vm.problemsProperty().get(0).status()).isEqualTo(PackViewModel.Status.ATTEMPTED);
        assertThat(vm.problemsProperty().get(1).status()).isEqualTo(PackViewModel.Status.SOLVED);
        assertThat(vm.problemsProperty().get(2).status()).isEqualTo(PackViewModel.Status.NEW);
        vm.continuePack(); // the first problem not yet solved
        assertThat(test.navigator.went).containsExactly(new Routes.Problem(linear, 0));
    }

    @Test
    void theSummaryCountsSolvedProblemsHintsAndSkills() {
        var p1 = linear.problems().get(1);
        test.tutor.check(linear.id(), p1, "x = 5", java.util.List.of(), java.util.List.of());
        test.tutor.recordHint(linear.id(), p1.id(), 1, HintService.Source.AUTHORED, false, 0);
        test.tutor.recordHint(linear.id(), p1.id(), 2, HintService.Source.AUTHORED, false, 0);
        SummaryViewModel vm = new SummaryViewModel(linear, test.app(), test.navigator);
        vm.refresh();
        SummaryViewModel.Summary s = vm.summaryProperty().get();
        assertThat(s.solved()).isEqualTo(1);
        assertThat(s.total()).isEqualTo(linear.problems().size());
        assertThat(s.hintsUsed()).isEqualTo(2);
        assertThat(s.skills()).isNotEmpty();
        vm.backToPack();
        assertThat(test.navigator.backs).isEqualTo(1);
    }

    @Test
    void settingsAreSavedAndReadBack() {
        SettingsViewModel vm = new SettingsViewModel(test.app());
        vm.languageProperty().set(Texts.LANGUAGES.get(1));
        vm.themeProperty().set(Settings.Theme.HIGH_CONTRAST);
        Path[] loaded = new Path[1];
        vm.apply(p -> loaded[0] = p, problem -> {
            throw new AssertionError(problem);
        });
        Settings read = SettingsStore.load(test.home.resolve("settings.json")).get();
        assertThat(read.language()).isEqualTo("es");
        assertThat(read.theme()).isEqualTo(Settings.Theme.HIGH_CONTRAST);
        assertThat(loaded[0]).as("no model change, no reload").isNull();
    }

    @Test
    void unreadableSettingsGiveTheDefaults() throws Exception {
        Path f = Files.writeString(test.home.resolve("bad.json"), "{ not json");
        assertThat(SettingsStore.load(f).get()).isEqualTo(Settings.DEFAULTS);
        assertThat(new Settings("m", "en", Settings.Theme.DARK, 99).fontScale()).isEqualTo(Settings.MAX_SCALE);
        assertThat(Looks.step(1.0, 1)).isEqualTo(1.1);
        assertThat(Looks.step(Settings.MIN_SCALE, -1)).isEqualTo(Settings.MIN_SCALE);
    }
}
