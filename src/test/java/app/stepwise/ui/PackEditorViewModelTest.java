package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pack editor's logic without JavaFX: the pack is checked on the test thread through the same-thread executor. */
class PackEditorViewModelTest {
    private final TestApp test = new TestApp();

    /** Generate hands its result back on the FX thread: the toolkit must run, also when this class runs alone. */
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

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

    /**
     * review24: the editor never offered a problem's skills, so a teacher's own pack had none and the class report's
     * Mastery tab stayed empty. Choose… gives the selected problem one of the pack's skills or takes it away; New skill…
     * lists a new one in the pack (an id made from its name, never one the pack has) and gives it to the problem; the
     * pack stays valid.
     */
    @Test
    void aProblemIsGivenThePacksSkillsOrANewOneAndThePackStaysValid() {
        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.empty(), PackEditorViewModel.blank("my-pack"));
        vm.title.set("Week 5");
        if (vm.problems.isEmpty()) vm.add();
        vm.selected.set(0);
        ProblemDraft d = vm.problems.get(0);
        d.statement.set("Solve $2x + 3 = 11$.");
        d.value.set("x = 4");
        assertThat(vm.packSkills()).isEmpty();
        d.skills.set("rearranging"); // typed by hand: fine while the pack lists no skills

        assertThat(vm.addSkill("Two-step equations")).contains("two-step-equations");
        assertThat(vm.packSkills()).as("the typed id is listed too, so it does not become an error").containsExactly(
                new PackEditorViewModel.PackSkill("rearranging", "Rearranging"),
                new PackEditorViewModel.PackSkill("two-step-equations", "Two-step equations"));
        assertThat(d.skills.get()).isEqualTo("rearranging, two-step-equations");
        vm.practise("rearranging", false);
        assertThat(d.skills.get()).isEqualTo("two-step-equations");
        assertThat(vm.addSkill("Two-step equations")).as("the same name again: a new id").contains("two-step-equations-2");
        assertThat(vm.addSkill("   ")).isEmpty();
        assertThat(d.skills.get()).isEqualTo("two-step-equations, two-step-equations-2");

        vm.practise("two-step-equations", false);
        assertThat(vm.problemSkills()).containsExactly("two-step-equations-2");
        vm.practise("two-step-equations", true);
        vm.practise("two-step-equations", true);
        assertThat(vm.problemSkills()).containsExactly("two-step-equations-2", "two-step-equations");
        assertThat(vm.findings()).noneMatch(PackEditorViewModel.Finding::error);
        assertThat(vm.validPack().orElseThrow().problems().get(0).skills())
                .containsExactly("two-step-equations-2", "two-step-equations");
    }

    /** Generate, where a solver works the problem, gives a problem without skills the solver's, listed in the pack. */
    @Test
    void generateGivesAProblemWithoutSkillsItsSolversSkills() throws Exception {
        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.empty(),
                TestApp.bundled("linear-equations.json"));
        ProblemDraft d = vm.problems.get(0); // le-01: x + 7 = 12, solver linear-one-step
        d.skills.set("");
        d.solution.set("");
        d.hints.set("");
        vm.selected.set(0);
        vm.generate();
        FxWait.until(() -> !vm.generatingProperty().get(), 30);
        assertThat(vm.problemSkills()).isNotEmpty()
                .containsExactlyElementsOf(app.stepwise.tutor.ProblemSkills.ofFamily("linear-one-step"));
        assertThat(vm.packSkills()).extracting(PackEditorViewModel.PackSkill::id).containsAll(vm.problemSkills());
        assertThat(vm.findings()).noneMatch(f -> f.error() && f.field().equals("skills"));
    }

    /**
     * ui18's tour: every new pack was "my-pack" whatever its title, so its export file was my-pack.stepwise-pack and a
     * second new pack clashed with the first. A new pack's id follows its title (letters without accents, words joined
     * by "-"), is never one a pack file in the teacher's folder has, and stops following once the teacher types one.
     */
    @Test
    void aNewPacksIdFollowsItsTitleAndNeverClashes() throws Exception {
        java.nio.file.Path packs = app.stepwise.app.AppPaths.userPacks();
        java.nio.file.Files.createDirectories(packs);
        java.nio.file.Path existing = packs.resolve("fractions-week-3.json");
        java.nio.file.Files.writeString(existing, "{}");
        try {
            PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.empty(), PackEditorViewModel.blank("my-pack"));
            vm.title.set("Ecuaciones: señales y paréntesis");
            assertThat(vm.packId.get()).isEqualTo("ecuaciones-senales-y-parentesis");
            vm.title.set("Fractions, week 3");
            assertThat(vm.packId.get()).as("fractions-week-3.json is there").isEqualTo("fractions-week-3-2");
            vm.title.set("Алгебра 7");
            assertThat(vm.packId.get()).as("no Latin letters to make an id of").isEqualTo("my-pack");
            vm.title.set("");
            assertThat(vm.packId.get()).isEqualTo("my-pack");
            vm.packId.set("week5");
            vm.title.set("Week 5 check-in");
            assertThat(vm.packId.get()).as("typed by the teacher").isEqualTo("week5");

            PackEditorViewModel old = new PackEditorViewModel(test.app(), Optional.empty(),
                    TestApp.bundled("linear-equations.json"));
            old.title.set("Linear equations, again");
            assertThat(old.packId.get()).as("a pack with a title keeps its id").isEqualTo("linear-equations-1");
        } finally {
            java.nio.file.Files.deleteIfExists(existing);
        }
    }

    /**
     * New pack, twice over, in teacher mode: the id never takes one a pack of the library has ("Linear equations I" is
     * a bundled pack's title), and each new pack starts from an id no pack file has.
     */
    @Test
    void aNewPacksIdKeepsClearOfTheLibrarysPacks() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("stepwise-new-pack");
        app.stepwise.tutor.Tutor tutor = new app.stepwise.tutor.Tutor(
                app.stepwise.store.ProgressStore.open(dir.resolve("progress.db")),
                app.stepwise.teacher.TeacherStore.open(dir.resolve("teacher.json")));
        try {
            AppContext app = new AppContext(tutor, new CurrentThreadTaskExecutor(), test.settings, Texts.of("en"));
            TeacherPacksViewModel packs = new TeacherPacksViewModel(app, test.navigator,
                    tutor.teacher().setFirstPin("5820".toCharArray()));
            packs.load();
            packs.create();
            AuthorRoutes.Editor route = (AuthorRoutes.Editor) test.navigator.went.get(test.navigator.went.size() - 1);
            assertThat(route.takenIds()).contains("linear-equations-i", "forces-2");
            PackEditorViewModel vm = new PackEditorViewModel(app, route.file(), route.pack(), route.takenIds());
            vm.title.set("Linear equations I");
            assertThat(vm.packId.get()).isEqualTo("linear-equations-i-2");
            vm.title.set("Linear equations I, again");
            assertThat(vm.packId.get()).isEqualTo("linear-equations-i-again");
        } finally {
            tutor.close();
        }
    }

    /**
     * ui19's tour: every new pack's autosave was kept under its first id, "my-pack", so a later new pack was offered an
     * earlier, abandoned one's draft ("Unsaved work found"). A draft belongs to the pack it was made for: a new pack is
     * offered none, and once a pack is saved its autosaves are kept for its file, which offers them back when opened.
     */
    @Test
    void aNewPackIsNeverOfferedAnotherPacksDraft() throws Exception {
        java.nio.file.Path drafts = app.stepwise.app.AppPaths.userDir().resolve("drafts");
        java.nio.file.Path leftByOldVersion = app.stepwise.author.Autosave
                .of(drafts, app.stepwise.app.AppPaths.userPacks().resolve("my-pack.json")).file();
        PackEditorViewModel abandoned = new PackEditorViewModel(test.app(), Optional.empty(),
                PackEditorViewModel.blank("my-pack"));
        try {
            abandoned.title.set("Abandoned");
            abandoned.description.set("left when the laptop's battery ran out");
            java.nio.file.Files.createDirectories(drafts);
            if (!java.nio.file.Files.exists(leftByOldVersion)) java.nio.file.Files.writeString(leftByOldVersion, "{}");

            PackEditorViewModel next = new PackEditorViewModel(test.app(), Optional.empty(),
                    PackEditorViewModel.blank("my-pack"));
            assertThat(next.recoverable()).as("a new pack has no draft to be offered").isEmpty();
        } finally {
            abandoned.discardChanges();
            java.nio.file.Files.deleteIfExists(leftByOldVersion);
        }
    }

    @Test
    void aSavedPacksLaterAutosavesAreOfferedWhenItsFileIsOpened() throws Exception {
        java.nio.file.Path target = app.stepwise.app.AppPaths.userPacks().resolve("ui20-saved-pack.json");
        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.empty(),
                TestApp.bundled("linear-equations.json"));
        try {
            vm.packId.set("ui20-saved-pack");
            vm.save(() -> {});
            assertThat(target).exists();
            vm.description.set("changed after saving, then the power went");

            PackEditorViewModel reopened = new PackEditorViewModel(test.app(), Optional.of(target), TestApp.read(target));
            assertThat(reopened.recoverable()).as("the draft of this very file").isPresent();
        } finally {
            vm.discardChanges();
            java.nio.file.Files.deleteIfExists(target);
        }
    }
}
